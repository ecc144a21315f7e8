import * as assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
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
      // Push rounds run one after another, so a new empty chapter's first
      // publication marks the end of every round before it.
      const barrier = async (name: string): Promise<number> => {
        const marker = uriOf(example.folder, name);
        await client.notify('textDocument/didOpen', { textDocument: { uri: marker, languageId: 'markdown', version: 1, text: '' } });
        await client.until(() => client.publishLog.includes(marker));
        return client.publishLog.indexOf(marker);
      };
      const uri = uriOf(example.folder, '05-cancer.md');
      const before = (await barrier('zz-barrier-1.md')) + 1;
      const text = readFileSync(join(example.folder, '05-cancer.md'), 'utf8');
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 7, text: text.replace('cancer-early-diagnosys', 'cancer-early-diagnosis') } });
      await client.until(() => client.published.get(uri)?.version === 7);
      const after = await barrier('zz-barrier-2.md');
      assert.deepEqual(client.publishLog.slice(before, after), [uri]);
      assert.ok(!client.published.get(uri)?.diagnostics.some((d) => d.code === 'unknown-commitment'));
      for (const name of ['zz-barrier-1.md', 'zz-barrier-2.md']) await client.notify('textDocument/didClose', { textDocument: { uri: uriOf(example.folder, name) } });
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

    it('offers source.fixAll.planwright only when asked for by kind, applying the preferred fixes of the whole file', async () => {
      const uri = uriOf(example.folder, '04-mental-health.md');
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      type Action = { title: string; kind: string; edit: { changes: Record<string, { newText: string }[]> } };
      const plain = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
      assert.ok(!plain.some((a) => a.kind.startsWith('source.')), 'no source action in the light bulb');
      const [fixAll, ...rest] = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } });
      assert.equal(rest.length, 0, 'no quick fixes when only fix-all is asked for');
      assert.equal(fixAll?.kind, 'source.fixAll.planwright');
      assert.ok(fixAll.edit.changes[uri]?.some((e) => e.newText === 'mh-perinatal'), JSON.stringify(fixAll.edit.changes));
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

    it('answers planwright/dashboard, the data of the coverage tree, status bar and dashboard', async () => {
      type Item = { id: string; status: string; reason: string; planStatus: string };
      type Trajectory = { id: string; points: { year: string; value: number }[]; required?: { year: string; value: number; fairShare: boolean }; meets?: boolean; location: { uri: string } };
      type Plan = { root: string; title: string; framework: string; status: string; asAt: string; foundational: object; counts: object; areas: { id: string; items: Item[] }[]; trajectories: Trajectory[] };
      const result = await client.request<{ plans: Plan[] }>('planwright/dashboard', {});
      assert.equal(result.plans.length, 1);
      const plan = result.plans[0] as Plan;
      assert.equal(plan.root, `${pathToFileURL(example.folder).href}/`);
      assert.equal(plan.title, 'Healthier Anyshire and Wessex five-year system plan');
      assert.equal(plan.framework, 'ltp-2019');
      assert.deepEqual([plan.status, plan.asAt], ['draft', '2019-09-27']);
      assert.deepEqual(plan.foundational, { answered: 29, met: 19, total: 31 });
      assert.deepEqual(plan.counts, { met: 33, answered: 14, partial: 5, missing: 2, 'not-applicable': 0 });
      assert.equal(plan.areas.length, 13);
      assert.equal(plan.areas.flatMap((a) => a.items).length, 54);
      const items = plan.areas.flatMap((a) => a.items);
      const reablement = items.find((i) => i.id === 'community-reablement');
      assert.deepEqual([reablement?.status, reablement?.reason, reablement?.planStatus], ['answered', 'no measurable national target', 'at-risk']);
      assert.equal(items.find((i) => i.id === 'uec-nhs-111')?.status, 'missing');
      assert.equal(items.find((i) => i.id === 'mh-talking-therapies')?.status, 'partial');
      assert.equal(plan.trajectories.length, 43);
      const talking = plan.trajectories.find((t) => t.id === 'mh-talking-therapies');
      assert.deepEqual(talking?.points.map((p) => p.value), [25000, 26000, 27000, 28000, 29000]);
      assert.equal(talking?.required?.year, '2023/24');
      assert.equal(Math.round(talking?.required?.value ?? 0), 42194);
      assert.equal(talking?.required?.fairShare, true);
      assert.equal(talking?.meets, false);
      assert.equal(talking?.location.uri, uriOf(example.folder, '04-mental-health.md'));
      const limited = await client.request<{ plans: Plan[] }>('planwright/dashboard', { uri: uriOf(example.folder, '05-cancer.md') });
      assert.deepEqual(limited.plans.map((p) => p.title), [plan.title]);
      // A file in no plan gets every plan.
      const elsewhere = await client.request<{ plans: Plan[] }>('planwright/dashboard', { uri: 'file:///elsewhere/x.md' });
      assert.deepEqual(elsewhere.plans.map((p) => p.title), [plan.title]);
    });

    it('answers planwright/insertResponse with the edit that adds a response skeleton at the end of the chapter', async () => {
      const uri = uriOf(example.folder, '03-urgent-and-emergency-care.md');
      const text = readFileSync(join(example.folder, '03-urgent-and-emergency-care.md'), 'utf8');
      const lines = text.split('\n');
      const end = { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length };
      const edit = await client.request<{ uri: string; range: { start: object; end: object }; newText: string } | null>('planwright/insertResponse', { id: 'uec-nhs-111', chapter: uri });
      assert.ok(edit);
      assert.equal(edit.uri, uri);
      assert.deepEqual(edit.range, { start: end, end });
      const lead = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
      assert.ok(edit.newText.startsWith(`${lead}\`\`\`commitment\nid: uec-nhs-111\nstatus: not-started\n# lead: an organisation id from plan.yaml\n`), edit.newText);
      assert.ok(edit.newText.endsWith('\n```\n'));
      assert.equal(await client.request('planwright/insertResponse', { id: 'no-such-commitment', chapter: uri }), null);
      assert.equal(await client.request('planwright/insertResponse', { id: 'uec-nhs-111', chapter: uriOf(example.folder, 'plan.yaml') }), null);
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

    it('abandons a workspace diagnostic pass the client cancels, and stays responsive', async () => {
      // Forget the cached settings, so the pass asks the client for them; the
      // client cancels while the server waits for that answer.
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      const source = new CancellationTokenSource();
      let asked = 0;
      client.beforeConfigurationAnswer = async () => {
        asked++;
        source.cancel();
        // Let the cancel notification go out ahead of the answer.
        await new Promise((resolve) => setImmediate(resolve));
      };
      try {
        const outcome = await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] }, source.token).then(
          (answer) => ({ answer }),
          (error: { code?: number }) => ({ code: error.code }),
        );
        assert.ok(asked > 0, 'the server asked for settings during the pass');
        assert.deepEqual(outcome, { code: -32800 });
      } finally {
        client.beforeConfigurationAnswer = undefined;
      }
      const uri = uriOf(example.folder, '04-mental-health.md');
      const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols.length > 0);
      const again = await client.request<{ items: unknown[] }>('workspace/diagnostic', { previousResultIds: [] });
      assert.ok(again.items.length > 0);
    });
  });
});

describe('language server settings through workspace/configuration', function () {
  this.timeout(30_000);
  let client: LspClient;
  let example: ReturnType<typeof copyExample>;
  const chapter = '04-mental-health.md';
  /** The hover on the first response's id in a chapter under the size limit. */
  const hoverAt = async (): Promise<string> => {
    const uri = uriOf(example.folder, '05-cancer.md');
    const text = readFileSync(join(example.folder, '05-cancer.md'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('id: '));
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line, character: 6 } });
    return hover.contents.value;
  };
  /** Tells the server the settings changed and waits for the refresh it asks for once they are applied. */
  const changeSettings = async (settings: Record<string, unknown>): Promise<void> => {
    client.settings = settings;
    const before = client.refreshes;
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => client.refreshes > before);
  };

  before(async () => {
    example = copyExample('anyshire');
    client = new LspClient();
    // 04-mental-health.md is about 7 KB: over a 6 KB limit, under the default.
    client.settings = { codeLens: { enabled: false }, hover: { guidance: false }, diagnostics: { unopenedFiles: false }, files: { maxFileSize: 6 / 1024 } };
    await client.initialize(example.folder, PULL_CAPABILITIES);
  });
  after(async () => {
    await client.close();
    example.cleanup();
  });

  it('reads the settings the client answers, and applies each', async () => {
    assert.ok(client.configurationRequests > 0);
    const hoverIn = (name: string) => client.request('textDocument/hover', { textDocument: { uri: uriOf(example.folder, name) }, position: { line: 0, character: 0 } });
    await hoverIn('05-cancer.md');
    const asked = client.configurationRequests;
    for (const name of ['08-prevention.md', 'plan.yaml', '04-mental-health.md']) await hoverIn(name);
    assert.equal(client.configurationRequests, asked, 'settings are asked for once per folder, not again for each file');
    const uri = uriOf(example.folder, chapter);
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri } }), []);
    assert.doesNotMatch(await hoverAt(), /What a good response shows/);
    const workspace = await client.request<{ items: unknown[] }>('workspace/diagnostic', { previousResultIds: [] });
    assert.deepEqual(workspace.items, [], 'files not open are not reported');
    const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(
      report.items.map((d) => [d.code, d.message]),
      [['unreadable-file', `the file is ${(statSync(join(example.folder, chapter)).size / 1024).toFixed(1)} KB, over the 6 KB limit for a plan file, so it is not read (the limit is set by \`--max-file-size\` or the \`planwright.files.maxFileSize\` setting)`]],
    );
  });

  it('applies changed settings, reading again the files the old size limit refused', async () => {
    await changeSettings({});
    const uri = uriOf(example.folder, chapter);
    const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.ok(lenses.some((l) => l.command.title === 'partial: 29,000 in 2023/24 against fair share 42,194: short by 31%'), JSON.stringify(lenses.map((l) => l.command.title)));
    assert.match(await hoverAt(), /What a good response shows/);
    const report = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(report.items.map((d) => d.code), ['unknown-commitment', 'trajectory-target', 'trajectory-target']);
    const workspace = await client.request<{ items: { uri: string }[] }>('workspace/diagnostic', { previousResultIds: [] });
    assert.ok(workspace.items.some((item) => item.uri === uriOf(example.folder, 'plan.yaml')));
  });
});
