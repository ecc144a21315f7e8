import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { copyExample, LspClient, PULL_CAPABILITIES, PUSH_CAPABILITIES, uriOf } from './lsp-client';

interface Diagnostic {
  code?: string;
  message: string;
  severity?: number;
  source?: string;
  codeDescription?: { href: string };
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  data?: unknown;
}

describe('language server over stdio', function () {
  this.timeout(30_000);

  describe('a push-only client (like Neovim 0.7 or eglot)', () => {
    let client: LspClient;
    let example: ReturnType<typeof copyExample>;
    before(async () => {
      example = copyExample('anyshire');
      client = new LspClient();
      const init = await client.initialize(example.folder, PUSH_CAPABILITIES);
      assert.equal(init.capabilities['diagnosticProvider'], undefined, 'no pull diagnostics offered to a push client');
    });
    after(async () => {
      await client.close();
      example.cleanup();
    });

    it('publishes diagnostics for files that are not open, with rule ids and docs links', async () => {
      const uri = uriOf(example.folder, '04-mental-health.md');
      await client.until(() => client.published.has(uri));
      const diagnostics = client.published.get(uri)?.diagnostics as Diagnostic[];
      const unknown = diagnostics.find((d) => d.code === 'unknown-commitment');
      assert.ok(unknown, 'unknown-commitment reported');
      assert.equal(unknown.source, 'planwright');
      assert.match(unknown.codeDescription?.href ?? '', /docs\/rules\/unknown-commitment\.md$/);
      assert.deepEqual(unknown.range.start, { line: 59, character: 4 });
      assert.match(unknown.message, /did you mean `mh-perinatal`/);
    });

    it('re-publishes with the document version as the author types', async () => {
      const uri = uriOf(example.folder, '04-mental-health.md');
      const text = readFileSync(join(example.folder, '04-mental-health.md'), 'utf8');
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: text.replace('mh-perinatel', 'mh-perinatal') }] });
      await client.until(() => client.published.get(uri)?.version === 2);
      const codes = client.published.get(uri)?.diagnostics.map((d) => d.code);
      assert.ok(!codes?.includes('unknown-commitment'), 'the fixed id is no longer reported');
    });

    it('sends again only the files whose diagnostics changed', async () => {
      const uri = uriOf(example.folder, '05-cancer.md');
      await client.until(() => client.published.has(uri));
      const before = client.publishLog.length;
      const text = readFileSync(join(example.folder, '05-cancer.md'), 'utf8');
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 7, text: text.replace('cancer-early-diagnosys', 'cancer-early-diagnosis') } });
      await client.until(() => client.published.get(uri)?.version === 7);
      assert.deepEqual(client.publishLog.slice(before), [uri]);
    });

    it('an edit to plan.yaml re-checks the plan', async () => {
      const uri = uriOf(example.folder, 'plan.yaml');
      await client.until(() => client.published.has(uri));
      assert.ok(client.published.get(uri)?.diagnostics.some((d) => d.code === 'engagement'));
      const text = readFileSync(join(example.folder, 'plan.yaml'), 'utf8');
      const fixed = text.replace(/engagement:\n/, 'engagement:\n  - { with: wessex-council, how: joint workshop }\n');
      assert.notEqual(fixed, text);
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: fixed } });
      await client.until(() => client.published.get(uri)?.version === 1 && !client.published.get(uri)?.diagnostics.some((d) => d.code === 'engagement'));
    });

    it('checks a workspace folder added later, and forgets one removed', async () => {
      const riverside = copyExample('riverside');
      try {
        const folder = { uri: pathToFileURL(riverside.folder).href, name: 'riverside' };
        const plan = uriOf(riverside.folder, 'plan.yaml');
        await client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
        await client.until(() => client.published.has(plan));
        assert.ok(client.published.get(plan)?.diagnostics.every((d) => d.severity === 3), 'riverside has information only');
        await client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
        await client.until(() => client.published.get(plan)?.diagnostics.length === 0);
      } finally {
        riverside.cleanup();
      }
    });

    it('sees a file changed on disk when told by the watcher', async () => {
      const file = join(example.folder, '08-prevention.md');
      const uri = uriOf(example.folder, '08-prevention.md');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nSee [[no-such-commitment]].\n`);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      await client.until(() => client.published.get(uri)?.diagnostics.some((d) => d.message.includes('no-such-commitment')) ?? false);
    });
  });

  describe('a pull-capable client (like VS Code)', () => {
    let client: LspClient;
    let example: ReturnType<typeof copyExample>;
    before(async () => {
      example = copyExample('anyshire');
      client = new LspClient();
      const init = await client.initialize(example.folder, PULL_CAPABILITIES);
      assert.deepEqual(init.capabilities['diagnosticProvider'], { identifier: 'planwright', interFileDependencies: true, workspaceDiagnostics: true });
    });
    after(async () => {
      await client.close();
      example.cleanup();
    });

    it('answers textDocument/diagnostic, then "unchanged" for the same result', async () => {
      const uri = uriOf(example.folder, 'data/finance.yaml');
      const full = await client.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.equal(full.kind, 'full');
      assert.deepEqual(full.items.map((d) => d.code).sort(), ['assumption-realism', 'finance-balance']);
      const again = await client.request<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: full.resultId });
      assert.equal(again.kind, 'unchanged');
      assert.equal(client.published.size, 0, 'nothing is pushed to a pull client');
    });

    it('answers workspace/diagnostic for every plan file', async () => {
      const report = await client.request<{ items: { uri: string; kind: string; items?: Diagnostic[] }[] }>('workspace/diagnostic', { previousResultIds: [] });
      const byFile = new Map(report.items.map((item) => [item.uri.slice(item.uri.lastIndexOf('/') + 1), item.items?.length ?? 0]));
      assert.equal(byFile.get('plan.yaml'), 3);
      assert.equal(byFile.get('11-workforce.md'), 1);
      assert.equal(byFile.get('01-introduction.md'), 0);
    });

    it('asks the client to refresh diagnostics after an edit', async () => {
      const uri = uriOf(example.folder, '05-cancer.md');
      const before = client.refreshes;
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(join(example.folder, '05-cancer.md'), 'utf8') } });
      await client.until(() => client.refreshes > before);
    });

    it('completes commitment ids after [[, enum values and organisations', async () => {
      const uri = uriOf(example.folder, 'scratch.md');
      const text = ['We will [[mh-', '', '```commitment', 'id: mh-liaison', 'status: ', 'lead: ', '```', ''].join('\n');
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      type Item = { label: string; textEdit?: { newText: string } };
      const refs = await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 13 } });
      const crisis = refs.find((i) => i.label === 'mh-crisis-care');
      assert.equal(crisis?.textEdit?.newText, 'mh-crisis-care]]');
      const statuses = await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 8 } });
      assert.deepEqual(statuses.map((i) => i.label), ['on-track', 'at-risk', 'off-track', 'not-started', 'not-applicable']);
      const leads = await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 6 } });
      assert.ok(leads.some((i) => i.label === 'anyshire-mh'));
    });

    it('hovers a commitment with its target and this plan\'s fair share', async () => {
      const uri = uriOf(example.folder, '04-mental-health.md');
      const text = readFileSync(join(example.folder, '04-mental-health.md'), 'utf8');
      const line = text.split('\n').findIndex((l) => l.startsWith('id: mh-talking-therapies'));
      const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line, character: 6 } });
      assert.match(hover.contents.value, /talking therapies/i);
      assert.match(hover.contents.value, /fair share:\*\* 42,194 \(1,900,000 × 1,250,000 ÷ 56\.3m\)/);
    });

    it('goes to the catalog entry and finds the responses from it', async () => {
      const uri = uriOf(example.folder, '04-mental-health.md');
      const text = readFileSync(join(example.folder, '04-mental-health.md'), 'utf8');
      const line = text.split('\n').findIndex((l) => l.startsWith('id: mh-talking-therapies'));
      const [target] = await client.request<{ uri: string; range: { start: { line: number; character: number } } }[]>('textDocument/definition', { textDocument: { uri }, position: { line, character: 6 } });
      assert.ok(target);
      assert.match(target.uri, /catalogs\/ltp-2019\.catalog\.yaml$/);
      const references = await client.request<{ uri: string }[]>('textDocument/references', { textDocument: { uri: target.uri }, position: target.range.start, context: { includeDeclaration: false } });
      assert.ok(references.some((r) => r.uri === uri));
    });

    it('offers a preferred did-you-mean fix as a workspace edit', async () => {
      const uri = uriOf(example.folder, '04-mental-health.md');
      const full = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      const unknown = full.items.find((d) => d.code === 'unknown-commitment');
      assert.ok(unknown);
      type Action = { title: string; isPreferred?: boolean; edit: { changes: Record<string, { newText: string }[]> } };
      const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown] } });
      const fix = actions.find((a) => a.isPreferred);
      assert.equal(fix?.title, 'Change to `mh-perinatal`');
      assert.deepEqual(fix?.edit.changes[uri]?.map((e) => e.newText), ['mh-perinatal']);
      assert.ok(actions.some((a) => a.title.startsWith('Disable unknown-commitment')));
    });

    it('lists symbols, folds blocks and shows code lenses', async () => {
      const uri = uriOf(example.folder, '04-mental-health.md');
      const symbols = await client.request<{ name: string; children?: { name: string }[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const names = JSON.stringify(symbols);
      assert.match(names, /mh-talking-therapies/);
      const folds = await client.request<unknown[]>('textDocument/foldingRange', { textDocument: { uri } });
      assert.ok(folds.length >= 5);
      const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.ok(lenses.some((l) => l.command.title === 'partial: 29,000 in 2023/24 against fair share 42,194: short by 31%'), JSON.stringify(lenses.map((l) => l.command.title)));
      const workspace = await client.request<{ name: string }[]>('workspace/symbol', { query: 'talking' });
      assert.ok(workspace.some((s) => s.name === 'mh-talking-therapies'));
    });

    it('answers the coverage request the VS Code tree uses', async () => {
      const result = await client.request<{ plans: { status: string; asAt: string; foundational: { answered: number; total: number }; areas: { items: { id: string; status: string; reason: string; planStatus: string }[] }[] }[] }>('planwright/coverage', {});
      assert.equal(result.plans.length, 1);
      assert.deepEqual(result.plans[0]?.foundational, { answered: 29, met: 19, total: 31 });
      assert.deepEqual([result.plans[0]?.status, result.plans[0]?.asAt], ['draft', '2019-09-27']);
      const reablement = result.plans[0]?.areas.flatMap((a) => a.items).find((i) => i.id === 'community-reablement');
      assert.deepEqual([reablement?.status, reablement?.reason, reablement?.planStatus], ['answered', 'no measurable national target', 'at-risk']);
      const items = result.plans[0]?.areas.flatMap((a) => a.items) ?? [];
      assert.equal(items.find((i) => i.id === 'uec-nhs-111')?.status, 'missing');
      assert.equal(items.find((i) => i.id === 'mh-talking-therapies')?.status, 'partial');
    });

    it('survives binary and hostile input and keeps answering', async () => {
      const uri = uriOf(example.folder, 'hostile.md');
      const bomb = ['```commitment', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]', '```'].join('\n');
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: `\u0000\u0001${'['.repeat(20000)}\n${bomb}\n` } });
      const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok(report.items.some((d) => d.code === 'yaml-syntax' && /alias/.test(d.message)));
      const hover = await client.request<unknown>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
      assert.equal(hover, null);
    });

    it('honours cancellation and stays responsive', async () => {
      const uri = uriOf(example.folder, '04-mental-health.md');
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } }, source.token);
      source.cancel();
      await pending.then(
        () => undefined,
        (error: { code?: number }) => assert.equal(error.code, -32800),
      );
      const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols.length > 0);
    });
  });
});
