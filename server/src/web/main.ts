import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { DEFAULT_BUDGET_MS } from '../../../host/src/limits-defaults';
import { reportDate } from '../../../host/src/report-date';
import { ListFilesRequest, ReadFileRequest } from '../protocol';
import { startServer } from '../server';
import { ClientWorkspace } from './client-workspace';
import { bundledEngine } from './engine';

/** The worker's global scope, where the client puts the extension's URI (client/src/web/server-client.ts). */
declare const self: { readonly planwrightExtensionUri?: unknown };

// The language server in a web worker (VS Code for the Web): messages come
// and go through the worker's port; files are read through the client.
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
const given = self.planwrightExtensionUri;
const base = typeof given === 'string' && /^[a-z][\w+.-]*:.*\/$/i.test(given) ? given : 'planwright-extension:/';
// The per-plan budget as on the desktop, checked between rules. There is no watchdog: nothing in a
// worker can stop its own synchronous code (the desktop's is a Node `vm` timeout).
const limits = { budgetMs: DEFAULT_BUDGET_MS, now: () => performance.now() };
startServer(connection, {
  engine: bundledEngine(base),
  workspace: (engine) =>
    new ClientWorkspace(
      engine,
      {
        list: async (folders) => (await connection.sendRequest(ListFilesRequest, { folders })).uris,
        read: (params) => connection.sendRequest(ReadFileRequest, params),
      },
      reportDate({}),
      limits,
    ),
});
connection.listen();
