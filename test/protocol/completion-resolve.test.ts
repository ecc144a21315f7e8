import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LspClient, PULL_CAPABILITIES, uriOf, withServer } from './lsp-client';

/** A client that resolves an item's documentation later, as VS Code does. */
const RESOLVING = { ...PULL_CAPABILITIES, textDocument: { ...PULL_CAPABILITIES.textDocument, completion: { completionItem: { resolveSupport: { properties: ['documentation', 'detail'] } } } } };

interface Item {
  label: string;
  documentation?: { kind: string; value: string };
  data?: unknown;
}

const CHAPTER = '04-mental-health.md';

/** The completion items at the id of the chapter's first commitment block. */
async function idItems(client: LspClient, folder: string): Promise<Item[]> {
  const uri = uriOf(folder, CHAPTER);
  const text = readFileSync(join(folder, CHAPTER), 'utf8');
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const line = text.split('\n').findIndex((l) => l.startsWith('id: '));
  return client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: { line, character: 4 } });
}

describe('language server: commitment documentation resolved item by item', function () {
  this.timeout(30_000);

  it('gives a client that cannot resolve the documentation with every commitment item', () =>
    withServer(PULL_CAPABILITIES, async (client, folder) => {
      const items = await idItems(client, folder);
      assert.ok(items.length > 10);
      for (const item of items) {
        assert.equal(item.documentation?.kind, 'markdown', item.label);
        assert.equal(item.data, undefined, item.label);
      }
    }));

  it('leaves it out for a client that resolves, and resolves each item to what the other client got', async () => {
    let eager: Item[] = [];
    await withServer(PULL_CAPABILITIES, async (client, folder) => {
      eager = await idItems(client, folder);
    });
    await withServer(RESOLVING, async (client, folder) => {
      const items = await idItems(client, folder);
      assert.deepEqual(
        items.map((item) => item.label),
        eager.map((item) => item.label),
      );
      for (const [i, item] of items.entries()) {
        assert.equal(item.documentation, undefined, item.label);
        assert.deepEqual(item.data, { uri: uriOf(folder, CHAPTER), commitment: item.label });
        const resolved = await client.request<Item>('completionItem/resolve', item);
        assert.deepEqual(resolved, { ...item, documentation: eager[i]?.documentation });
      }
    });
  });

  it('gives back, unchanged, an item it cannot resolve: no data, bad data, an unknown commitment, a file outside the plans', () =>
    withServer(RESOLVING, async (client, folder) => {
      const chapter = uriOf(folder, CHAPTER);
      const items: Item[] = [
        { label: 'status' },
        { label: 'x', data: 'mh-crisis-care' },
        { label: 'y', data: { uri: chapter, commitment: 7 } },
        { label: 'z', data: { uri: chapter, commitment: 'no-such-commitment' } },
        { label: 'w', data: { uri: 'file:///nowhere/a.md', commitment: 'mh-crisis-care' } },
      ];
      for (const item of items) assert.deepEqual(await client.request<Item>('completionItem/resolve', item), item);
    }));
});
