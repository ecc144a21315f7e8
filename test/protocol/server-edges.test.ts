import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { copyExample, LspClient, PULL_CAPABILITIES, PUSH_CAPABILITIES, REPO, uriOf, withServer } from './lsp-client';

const CHAPTER = '04-mental-health.md';
const READ = /^Planwright: read (\d+) plan files in \d+ ms; (\d+) plan\(s\)$/;

interface Diagnostic {
  code?: string;
  source?: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

describe('language server edges: code action kinds, symbols, folders, settings', function () {
  this.timeout(30_000);

  it('offers quick fixes or the fix-all action by the kinds asked for, with the diagnostics each fixes', () =>
    withServer(PULL_CAPABILITIES, async (client, folder) => {
      const uri = uriOf(folder, CHAPTER);
      const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      const unknown = report.items.find((d) => d.code === 'unknown-commitment');
      assert.ok(unknown);
      const other = { ...unknown, source: 'another-linter' };
      const quickFixes = [
        { title: 'Change to `mh-perinatal`', kind: 'quickfix', isPreferred: true, diagnostics: [unknown] },
        { title: 'Disable unknown-commitment here (with a reason)', kind: 'quickfix', isPreferred: false, diagnostics: [unknown] },
      ];
      const fixAll = [{ title: 'Fix all (1 preferred fix)', kind: 'source.fixAll.planwright' }];
      const cases: [string[] | undefined, object[]][] = [
        [undefined, quickFixes],
        [['quickfix'], quickFixes],
        [['source'], fixAll],
        [['source.fixAll'], fixAll],
        [['source.fixAll.planwright'], fixAll],
        [['quickfix', 'source.fixAll'], [...quickFixes, ...fixAll]],
        [['source.organizeImports'], []],
        [['quickfix.planwright'], []],
        [['sourc'], []],
      ];
      type Action = { title: string; kind: string; isPreferred?: boolean; diagnostics?: Diagnostic[] };
      for (const [only, expected] of cases) {
        const actions: Action[] = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown, other], ...(only ? { only } : {}) } });
        assert.deepEqual(
          actions.map((a) => ({ title: a.title, kind: a.kind, ...(a.isPreferred === undefined ? {} : { isPreferred: a.isPreferred }), ...(a.diagnostics ? { diagnostics: a.diagnostics } : {}) })),
          expected,
          JSON.stringify(only),
        );
      }
    }));

  it('lists workspace symbols: catalog commitments as interfaces, plan responses as objects, each with its container', () =>
    withServer(PULL_CAPABILITIES, async (client, folder) => {
      const catalog = readFileSync(join(REPO, 'catalogs', 'ltp-2019.catalog.yaml'), 'utf8').split('\n');
      const chapter = readFileSync(join(folder, CHAPTER), 'utf8').split('\n');
      const catalogLine = catalog.findIndex((l) => l.trim() === '- id: mh-talking-therapies');
      const responseLine = chapter.findIndex((l) => l === 'id: mh-talking-therapies');
      const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 'mh-talking-therapies'.length } });
      assert.deepEqual(await client.request('workspace/symbol', { query: 'talking' }), [
        { name: 'mh-talking-therapies', kind: 11, location: { uri: pathToFileURL(join(REPO, 'catalogs', 'ltp-2019.catalog.yaml')).href, range: at(catalogLine, 8) }, containerName: 'Widen access to talking therapies' },
        { name: 'mh-talking-therapies', kind: 19, location: { uri: uriOf(folder, CHAPTER), range: at(responseLine, 4) }, containerName: 'Healthier Anyshire and Wessex five-year system plan' },
      ]);
    }));

  it('reads the folder of a client that names only rootUri, and nothing for a client that names neither', async () => {
    const example = copyExample('anyshire');
    const read = (client: LspClient) => client.logs.map((l) => READ.exec(l)?.slice(1)).find(Boolean);
    try {
      for (const [params, expected] of [
        [{ rootUri: pathToFileURL(example.folder).href }, ['21', '1']],
        [{ rootUri: null }, ['0', '0']],
      ] as const) {
        const client = new LspClient();
        try {
          await client.request('initialize', { processId: null, capabilities: {}, ...params });
          await client.notify('initialized', {});
          await client.until(() => client.logs.some((l) => /^Planwright: indexed the workspace in \d+ ms$/.test(l)));
          assert.deepEqual(read(client), expected);
        } finally {
          await client.close();
        }
      }
    } finally {
      example.cleanup();
    }
  });

  it('uses the default settings when the client fails to answer for them', () =>
    withServer(
      PULL_CAPABILITIES,
      async (client, folder) => {
        const lenses = await client.request<unknown[]>('textDocument/codeLens', { textDocument: { uri: uriOf(folder, CHAPTER) } });
        assert.ok(lenses.length > 0, 'code lenses are on by default');
        const report = await client.request<{ items: unknown[] }>('workspace/diagnostic', { previousResultIds: [] });
        assert.ok(report.items.length > 10, 'unopened files are checked by default');
      },
      (client) =>
        client.connection.onRequest('workspace/configuration', () => {
          throw new Error('no settings here');
        }),
    ));

  it('reads the workspace again only when the size limit changed', () =>
    withServer(PULL_CAPABILITIES, async (client) => {
      const reads = () => client.logs.filter((l) => READ.test(l)).length;
      // The first index ends with a refresh of its own; the changes below start after it.
      await client.until(() => client.refreshes > 0 && client.logs.some((l) => l.startsWith('Planwright: indexed the workspace')));
      assert.equal(reads(), 1);
      for (const [settings, expected] of [
        [{ codeLens: { enabled: false } }, 1],
        [{ codeLens: { enabled: false }, files: { maxFileSize: 32 } }, 1],
        [{ files: { maxFileSize: 1 } }, 2],
      ] as const) {
        client.settings = settings;
        const refreshed = client.refreshes;
        await client.notify('workspace/didChangeConfiguration', { settings: null });
        // The refresh comes after any new read.
        await client.until(() => client.refreshes > refreshed);
        assert.equal(reads(), expected, JSON.stringify(settings));
      }
    }));

  it('pushes diagnostics only for open files to a push client whose unopenedFiles setting is off', () =>
    withServer(
      { ...PUSH_CAPABILITIES, workspace: { ...PUSH_CAPABILITIES.workspace, configuration: true } },
      async (client, folder) => {
        const uri = uriOf(folder, CHAPTER);
        await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 4, text: readFileSync(join(folder, CHAPTER), 'utf8') } });
        await client.until(() => client.published.has(uri));
        assert.deepEqual([...new Set(client.publishLog)], [uri]);
        assert.equal(client.published.get(uri)?.version, 4);
      },
      (client) => (client.settings = { diagnostics: { unopenedFiles: false } }),
    ));

  it('leaves alone an editor buffer that is not a plan file: opened, changed and closed, it is never read as a chapter nor makes the client pull again', () =>
    withServer(PULL_CAPABILITIES, async (client, folder) => {
      // A plan block in a text file beside the chapters: a chapter with it would have an unknown-commitment finding.
      const notes = join(folder, 'notes.txt');
      const text = '```commitment\nid: no-such-commitment\nstatus: on-track\n```\n';
      writeFileSync(notes, text);
      const uri = pathToFileURL(notes).href;
      const chapter = uriOf(folder, CHAPTER);
      const before = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: chapter } });
      const pull = () => client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      const workspaceItems = async () => (await client.request<{ items: { uri: string }[] }>('workspace/diagnostic', { previousResultIds: [] })).items.map((item) => item.uri);
      // The server writes in order: a refresh it asked for arrives before the answer to the next request.
      // The first index ends with a refresh, and its workspace pull waits for the index: count from there.
      await client.until(() => client.refreshes > 0);
      await workspaceItems();
      const refreshes = client.refreshes;
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      assert.deepEqual((await pull()).items, []);
      await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${text}${text}` }] });
      assert.deepEqual((await pull()).items, []);
      assert.ok(!(await workspaceItems()).includes(uri), 'not in the workspace report');
      await client.notify('textDocument/didClose', { textDocument: { uri } });
      assert.ok(!(await workspaceItems()).includes(uri), 'not read from the disk when closed');
      assert.equal(client.refreshes, refreshes, 'typing in another file does not make the client pull every plan again');
      // A plan file does.
      await client.notify('textDocument/didOpen', { textDocument: { uri: chapter, languageId: 'markdown', version: 1, text: readFileSync(join(folder, CHAPTER), 'utf8') } });
      await pull();
      assert.ok(client.refreshes > refreshes);
      // The plan's own diagnostics are as they were.
      assert.deepEqual((await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: chapter } })).items, before.items);
    }));
});
