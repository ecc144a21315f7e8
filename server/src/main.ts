import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { diskServerDeps } from './disk-deps';
import { startServer } from './server';

// The transport (--stdio, --node-ipc or --socket=N) comes from the command line.
const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String(reason)}`));
startServer(connection, diskServerDeps(process.env));
connection.listen();
