import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { loadEngine } from '../../host/src/index';
import { compareWithRevision, gitRefs } from './compare';
import { startServer } from './server';
import { ServerWorkspace } from './workspace';

// The transport (--stdio, --node-ipc or --socket=N) comes from the command line.
const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String(reason)}`));
startServer(connection, {
  engine: loadEngine(),
  workspace: (engine) => new ServerWorkspace(engine),
  revisions: { compare: compareWithRevision, refs: gitRefs },
});
connection.listen();
