import * as assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyExample, LspClient, PULL_CAPABILITIES, uriOf } from './lsp-client';

const CHAPTER = '04-mental-health.md';
/** A response to a commitment no catalog has: a chapter holding it has an unknown-commitment finding. */
const UNKNOWN = '\n```commitment\nid: no-such-commitment\nstatus: on-track\n```\n';
const WATCHED = { changed: 2, deleted: 3 } as const;

interface Diagnostic {
  code?: string;
  message: string;
}

/** Starts a pull client's server on a copy of the example plan, with the first index done; runs `check`; closes it. */
async function withServer(check: (client: LspClient, folder: string) => Promise<void>): Promise<void> {
  const example = copyExample('anyshire');
  const client = new LspClient();
  try {
    await client.initialize(example.folder, PULL_CAPABILITIES);
    // The first index ends with a refresh, and a workspace pull waits for the index: count refreshes from here.
    await client.until(() => client.refreshes > 0);
    await client.request('workspace/diagnostic', { previousResultIds: [] });
    await check(client, example.folder);
  } finally {
    await client.close();
    example.cleanup();
  }
}

const diagnosticsOf = async (client: LspClient, uri: string): Promise<Diagnostic[]> =>
  (await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
/** Whether the file's diagnostics name the commitment of UNKNOWN. */
const flagsUnknown = async (client: LspClient, uri: string): Promise<boolean> => (await diagnosticsOf(client, uri)).some((d) => d.code === 'unknown-commitment' && d.message.includes('no-such-commitment'));

describe('language server: editor buffers and files on disk', function () {
  this.timeout(30_000);

  it('keeps an open buffer over the file on disk, and goes back to the disk when it is closed', () =>
    withServer(async (client, folder) => {
      const uri = uriOf(folder, CHAPTER);
      const onDisk = readFileSync(join(folder, CHAPTER), 'utf8');
      assert.equal(await flagsUnknown(client, uri), false);
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: `${onDisk}${UNKNOWN}` } });
      assert.equal(await flagsUnknown(client, uri), true, 'the unsaved buffer is checked');
      // A workspace report gives an open document's version, and null for the files no editor has open.
      const versions = (await client.request<{ items: { uri: string; version: number | null }[] }>('workspace/diagnostic', { previousResultIds: [] })).items.map((item) => [item.uri, item.version] as const);
      assert.deepEqual(
        versions.filter(([, version]) => version !== null),
        [[uri, 1]],
      );
      // The file watcher reports the file (a formatter, git): while open, the buffer still wins.
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: WATCHED.changed }] });
      assert.equal(await flagsUnknown(client, uri), true, 'the buffer still wins while open');
      await client.notify('textDocument/didClose', { textDocument: { uri } });
      assert.equal(await flagsUnknown(client, uri), false, 'closed unsaved: the disk is the truth again');
    }));

  it('forgets a chapter deleted on disk and asks the client to pull again; an empty change list changes nothing', () =>
    withServer(async (client, folder) => {
      const uri = uriOf(folder, CHAPTER);
      const listed = async () => (await client.request<{ items: { uri: string }[] }>('workspace/diagnostic', { previousResultIds: [] })).items.map((item) => item.uri);
      assert.ok((await listed()).includes(uri));
      let refreshes = client.refreshes;
      // A client may send an empty list (a watcher with nothing to say): no reason to pull everything again.
      await client.notify('workspace/didChangeWatchedFiles', { changes: [] });
      await listed();
      assert.equal(client.refreshes, refreshes, 'no refresh for no change');
      rmSync(join(folder, CHAPTER));
      refreshes = client.refreshes;
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: WATCHED.deleted }] });
      const after = await listed();
      assert.ok(client.refreshes > refreshes, 'the client is asked to pull again');
      assert.ok(!after.includes(uri), 'the deleted chapter is no longer reported');
      assert.deepEqual(await diagnosticsOf(client, uri), []);
    }));
});
