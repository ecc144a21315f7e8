import { PassThrough } from 'node:stream';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { diskServerDeps, type ServerEnvironment } from '../../server/src/disk-deps';
import { startServer, type ServerDeps } from '../../server/src/server';

/** A language server running in the test's own process, and the two streams that reach it. */
export interface InProcessServer {
  /** What the client writes to the server. */
  readonly toServer: PassThrough;
  /** What the server writes to the client. */
  readonly fromServer: PassThrough;
  /** Closes the server's connection and both streams. */
  dispose(): void;
}

/**
 * Starts the compiled server (out/server/src/server.js) on a pair of
 * in-memory streams, with the dependencies server/src/main.ts gives it and
 * `env` added to this process's environment, as the child process would
 * see it, or with the `deps` a test gives (a workspace that fails, say).
 * Per-test coverage (mutation testing) sees this server; it cannot see a
 * child process.
 *
 * The connection gets message readers and writers, not raw streams: given a
 * stream, vscode-languageserver exits the process when the stream ends.
 * What stays with the child process: the `exit` notification (the library
 * exits the process) and the watch on the client's process id (initialize
 * with `processId: null` here).
 */
export function startInProcessServer(env: ServerEnvironment, deps?: ServerDeps): InProcessServer {
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(fromServer));
  startServer(connection, deps ?? diskServerDeps({ ...process.env, ...env }));
  connection.listen();
  return {
    toServer,
    fromServer,
    dispose: () => {
      connection.dispose();
      toServer.end();
      fromServer.end();
    },
  };
}

/** Whether the protocol tests run the server in-process (PLANWRIGHT_LSP_IN_PROCESS=1) instead of as the shipped bundle. */
export const IN_PROCESS = process.env['PLANWRIGHT_LSP_IN_PROCESS'] === '1';
