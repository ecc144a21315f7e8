import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { copyExample, LspClient, PULL_CAPABILITIES, PUSH_CAPABILITIES, REPO } from './lsp-client';

/** What every client is offered, whatever it can do. */
const COMMON = {
  textDocumentSync: { openClose: true, change: 2 },
  completionProvider: { triggerCharacters: ['[', ' ', ':', '`', ',', '-'], resolveProvider: true },
  hoverProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.planwright'] },
  documentSymbolProvider: true,
  workspaceSymbolProvider: true,
  inlayHintProvider: true,
  documentLinkProvider: { resolveProvider: false },
  renameProvider: true,
  codeLensProvider: { resolveProvider: false },
  executeCommandProvider: { commands: ['planwright.showLocations'] },
  foldingRangeProvider: true,
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};
const PULL = { diagnosticProvider: { identifier: 'planwright', interFileDependencies: true, workspaceDiagnostics: true } };

/** Each case: the client's capabilities, and the server's whole answer to initialize. */
const CASES: { name: string; capabilities: object; offered: object }[] = [
  { name: 'a push-only client', capabilities: PUSH_CAPABILITIES, offered: COMMON },
  { name: 'a client with no capabilities at all', capabilities: {}, offered: COMMON },
  { name: 'a pull-capable client', capabilities: PULL_CAPABILITIES, offered: { ...COMMON, ...PULL } },
  { name: 'a pull-capable client with prepareRename', capabilities: { ...PULL_CAPABILITIES, textDocument: { ...PULL_CAPABILITIES.textDocument, rename: { prepareSupport: true } } }, offered: { ...COMMON, ...PULL, renameProvider: { prepareProvider: true } } },
];

describe('what the language server offers each client (initialize)', function () {
  this.timeout(30_000);

  for (const { name, capabilities, offered } of CASES) {
    it(name, async () => {
      const example = copyExample('anyshire');
      const client = new LspClient();
      try {
        const result = await client.initialize(example.folder, capabilities, undefined, false);
        assert.deepEqual(result, { capabilities: offered, serverInfo: { name: 'planwright', version: '0.1.0' } });
      } finally {
        await client.close();
        example.cleanup();
      }
    });
  }
});

describe('settings asked for per workspace folder, the innermost holding the file', function () {
  this.timeout(30_000);

  it('asks with the folder of each file (nested folders: the inner one), and with the file itself outside every folder', async () => {
    const base = mkdtempSync(join(tmpdir(), 'planwright-scopes-'));
    for (const plan of ['north', 'south']) cpSync(join(REPO, 'examples', 'anyshire'), join(base, 'plans', plan), { recursive: true });
    const outer = pathToFileURL(join(base, 'plans')).href;
    const inner = pathToFileURL(join(base, 'plans', 'north')).href;
    const client = new LspClient();
    const scopes: (string | undefined)[] = [];
    client.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) => {
      scopes.push(...params.items.map((item) => item.scopeUri));
      return params.items.map(() => ({}));
    });
    try {
      await client.connection.sendRequest('initialize', {
        processId: null,
        rootUri: outer,
        workspaceFolders: [{ uri: outer, name: 'plans' }, { uri: `${inner}/`, name: 'north' }],
        capabilities: { workspace: { configuration: true } },
      });
      await client.notify('initialized', {});
      await client.until(() => client.logs.some((line) => line.startsWith('Planwright: indexed')));
      assert.deepEqual(scopes, [undefined], 'the window-wide settings, before the workspace is read');
      const hover = (uri: string) => client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      const cases: [string, string][] = [
        [`${inner}/04-mental-health.md`, `${inner}/`],
        [`${outer}/south/04-mental-health.md`, outer],
        // Beside the folder, not in it: a name that only starts with the folder's.
        [`${outer}-old/04-mental-health.md`, `${outer}-old/04-mental-health.md`],
        ['file:///elsewhere/05-cancer.md', 'file:///elsewhere/05-cancer.md'],
      ];
      for (const [file, scope] of cases) {
        scopes.length = 0;
        await hover(file);
        // A scope is asked for once until the settings change; each file here is in a scope not yet asked for.
        assert.deepEqual(scopes, [scope], file);
      }
    } finally {
      await client.close();
      rmSync(base, { recursive: true, force: true });
    }
  });
});
