import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { copyExample, LspClient, PULL_CAPABILITIES, PUSH_CAPABILITIES, uriOf, withServer } from './lsp-client';

const CHAPTER = '04-mental-health.md';
const OTHER = '05-cancer.md';

const openChapter = (client: LspClient, folder: string, version: number, file = CHAPTER): Promise<void> =>
  client.notify('textDocument/didOpen', { textDocument: { uri: uriOf(folder, file), languageId: 'markdown', version, text: readFileSync(join(folder, file), 'utf8') } });

describe('language server: only what the client said it can do', function () {
  this.timeout(30_000);

  it('never asks a client without workspace/configuration for settings, and uses the defaults', () =>
    withServer(PUSH_CAPABILITIES, async (client, folder) => {
      const uri = uriOf(folder, CHAPTER);
      await openChapter(client, folder, 3);
      await client.until(() => client.published.get(uri)?.version === 3);
      const lenses = await client.request<unknown[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.ok(lenses.length > 0, 'code lenses are on by default');
      assert.equal(client.configurationRequests, 0);
    }));

  it('never asks a pull client without refresh support to pull again, after the index or an edit', () =>
    withServer({ ...PULL_CAPABILITIES, workspace: { configuration: true } }, async (client, folder) => {
      const uri = uriOf(folder, CHAPTER);
      // A workspace pull waits for the index; the server writes in order, so a refresh would have come first.
      await client.request('workspace/diagnostic', { previousResultIds: [] });
      await openChapter(client, folder, 1);
      await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: '# Mental health\n' }] });
      const report = await client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok(Array.isArray(report.items));
      assert.equal(client.refreshes, 0);
    }));

  it('pushes a file again with the new version when an edit leaves its diagnostics as they were', () =>
    withServer(PUSH_CAPABILITIES, async (client, folder) => {
      const uri = uriOf(folder, CHAPTER);
      await openChapter(client, folder, 4);
      await client.until(() => client.published.get(uri)?.version === 4);
      const before = client.published.get(uri)?.diagnostics;
      assert.ok(before && before.length > 0, 'the chapter has findings');
      // The same text again: a new version, the same findings.
      await client.notify('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: readFileSync(join(folder, CHAPTER), 'utf8') }] });
      await client.until(() => client.published.get(uri)?.version === 5);
      assert.deepEqual(client.published.get(uri)?.diagnostics, before);
    }));

  it('says how long reading and indexing took, within the time the test saw pass', async () => {
    const example = copyExample('anyshire');
    const client = new LspClient();
    try {
      const started = Date.now();
      await client.initialize(example.folder, PULL_CAPABILITIES, undefined, false);
      await client.until(() => client.logs.some((l) => l.startsWith('Planwright: indexed the workspace in')));
      const elapsed = Date.now() - started;
      const ms = (pattern: RegExp): number => Number(client.logs.map((l) => pattern.exec(l)?.[1]).find((m) => m !== undefined));
      const read = ms(/^Planwright: read \d+ plan files in (\d+) ms; \d+ plan\(s\)$/);
      const indexed = ms(/^Planwright: indexed the workspace in (\d+) ms$/);
      assert.ok(read >= 0 && read <= indexed && indexed <= elapsed, `read ${read} ms, indexed ${indexed} ms, ${elapsed} ms seen by the test`);
    } finally {
      await client.close();
      example.cleanup();
    }
  });

  it('reads settings for the innermost workspace folder holding a file, asking once per folder', async () => {
    const example = copyExample('anyshire');
    const inner = pathToFileURL(example.folder).href;
    const outer = pathToFileURL(dirname(example.folder)).href;
    const client = new LspClient();
    // Code lenses off in the plan's own folder, on in the folder around it.
    client.scopedSettings.set(inner, { codeLens: { enabled: false } });
    client.scopedSettings.set(outer, { codeLens: { enabled: true } });
    try {
      // The inner folder first: a server taking the last folder that matches would take the outer one.
      await client.request('initialize', {
        processId: null,
        workspaceFolders: [
          { uri: inner, name: 'plan' },
          { uri: outer, name: 'plans' },
        ],
        capabilities: { ...PULL_CAPABILITIES, workspace: { ...PULL_CAPABILITIES.workspace, workspaceFolders: true } },
      });
      await client.notify('initialized', {});
      for (const file of [CHAPTER, OTHER]) {
        assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri: uriOf(example.folder, file) } }), [], file);
      }
      assert.deepEqual(client.configurationScopes, [inner]);
    } finally {
      await client.close();
      example.cleanup();
    }
  });
});
