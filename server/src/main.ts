import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { analysisLimits, loadEngine } from '../../host/src/index';
import { compareWithRevision, gitRefs } from './compare';
import { startServer } from './server';
import { ServerWorkspace } from './workspace';

// The transport (--stdio, --node-ipc or --socket=N) comes from the command line.
const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String(reason)}`));
const limits = limitsFromEnvironment();
startServer(connection, {
  engine: loadEngine(),
  workspace: (engine) => new ServerWorkspace(engine, limits),
  revisions: { compare: compareWithRevision, refs: gitRefs },
});
connection.listen();

/**
 * The per-plan analysis limits: 10 s cooperative, 30 s hard, unless an
 * operator sets PLANWRIGHT_ANALYSIS_BUDGET_MS / PLANWRIGHT_ANALYSIS_WATCHDOG_MS
 * (positive integers; anything else keeps the default).
 */
function limitsFromEnvironment(): ReturnType<typeof analysisLimits> {
  const read = (name: string): number | undefined => {
    const value = Number(process.env[name]);
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  return analysisLimits(read('PLANWRIGHT_ANALYSIS_BUDGET_MS'), read('PLANWRIGHT_ANALYSIS_WATCHDOG_MS'));
}
