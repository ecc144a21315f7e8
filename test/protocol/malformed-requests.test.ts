import * as assert from 'node:assert/strict';
import { copyExample, LspClient, PULL_CAPABILITIES, uriOf } from './lsp-client';

/**
 * Each case: a request whose parameters lack what it needs (any client may
 * send anything), the empty answer the server gives instead, and the name the
 * failure is logged under. `document` stands for a chapter of the plan.
 */
const CASES: { method: string; params: 'none' | 'document'; answer: unknown; name: string }[] = [
  { method: 'textDocument/completion', params: 'document', answer: [], name: 'completion' },
  { method: 'textDocument/hover', params: 'document', answer: null, name: 'hover' },
  { method: 'textDocument/definition', params: 'document', answer: [], name: 'definition' },
  { method: 'textDocument/references', params: 'document', answer: [], name: 'references' },
  { method: 'textDocument/codeAction', params: 'document', answer: [], name: 'codeAction' },
  { method: 'textDocument/documentSymbol', params: 'none', answer: [], name: 'documentSymbol' },
  { method: 'workspace/symbol', params: 'none', answer: [], name: 'workspaceSymbol' },
  { method: 'textDocument/foldingRange', params: 'none', answer: [], name: 'foldingRange' },
  { method: 'textDocument/inlayHint', params: 'document', answer: [], name: 'inlayHint' },
  { method: 'textDocument/documentLink', params: 'none', answer: [], name: 'documentLink' },
  { method: 'textDocument/prepareRename', params: 'document', answer: null, name: 'prepareRename' },
  { method: 'textDocument/rename', params: 'document', answer: null, name: 'rename' },
  { method: 'textDocument/codeLens', params: 'none', answer: [], name: 'codeLens' },
  { method: 'textDocument/diagnostic', params: 'none', answer: { kind: 'full', items: [] }, name: 'textDocument/diagnostic' },
  { method: 'workspace/diagnostic', params: 'none', answer: { items: [] }, name: 'workspace/diagnostic' },
  { method: 'planwright/insertResponse', params: 'none', answer: null, name: 'planwright/insertResponse' },
  { method: 'planwright/dashboard', params: 'document', answer: { plans: [] }, name: 'planwright/dashboard' },
];

describe('requests with parameters missing: an empty answer, the failure logged by name, and the server keeps answering', function () {
  this.timeout(30_000);
  let client: LspClient;
  let example: ReturnType<typeof copyExample>;
  before(async () => {
    example = copyExample('anyshire');
    client = new LspClient();
    await client.initialize(example.folder, PULL_CAPABILITIES);
  });
  after(async () => {
    await client.close();
    example.cleanup();
  });

  for (const { method, params, answer, name } of CASES) {
    it(`${method} (logged as "${name}")`, async () => {
      const from = client.logs.length;
      // planwright/dashboard reads `uri`: a number where a URI belongs.
      const sent = params === 'none' ? {} : method === 'planwright/dashboard' ? { uri: 5 } : { textDocument: { uri: uriOf(example.folder, '04-mental-health.md') } };
      assert.deepEqual(await client.request(method, sent), answer);
      // The log message is sent before the answer, so it has arrived.
      const logged = client.logs.slice(from).filter((line) => !line.startsWith('Planwright: indexed'));
      assert.equal(logged.length, 1, logged.join('\n'));
      assert.match(logged[0] ?? '', new RegExp(`^${name.replace(/\//g, '\\/')} failed: TypeError: `));
      const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(example.folder, '04-mental-health.md') } });
      assert.ok(symbols.length > 0, 'still answering');
    });
  }
});
