import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { LspClient, PULL_CAPABILITIES, PUSH_CAPABILITIES, REPO, uriOf, type ProgressValue } from './lsp-client';

/** A workspace of `count` plans (copies of the example plan in plan-01, plan-02, ...). */
function manyPlans(count: number): { folder: string; plan: (n: number) => string; cleanup: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'planwright-sched-'));
  const plan = (n: number): string => join(folder, `plan-${String(n).padStart(2, '0')}`);
  for (let n = 1; n <= count; n++) cpSync(join(REPO, 'examples', 'anyshire'), plan(n), { recursive: true });
  return { folder, plan, cleanup: () => rmSync(folder, { recursive: true, force: true }) };
}

const WITH_PROGRESS = { ...PULL_CAPABILITIES, window: { workDoneProgress: true }, workspace: { ...PULL_CAPABILITIES.workspace, workspaceFolders: true } };
const CHAPTER = '04-mental-health.md';

/** Where the hover on the talking-therapies response of a plan's chapter goes. */
function hoverParams(planFolder: string): { textDocument: { uri: string }; position: { line: number; character: number } } {
  const text = readFileSync(join(planFolder, CHAPTER), 'utf8');
  const line = text.split('\n').findIndex((l) => l.startsWith('id: mh-talking-therapies'));
  return { textDocument: { uri: uriOf(planFolder, CHAPTER) }, position: { line, character: 6 } };
}

const indexed = (client: LspClient): boolean => client.logs.some((line) => line.startsWith('Planwright: indexed the workspace'));

describe('language server scheduling: progress, requests answered while it works, cancellation', function () {
  this.timeout(60_000);

  describe('indexing the workspace', () => {
    const plans = 6;
    let workspace: ReturnType<typeof manyPlans>;
    let client: LspClient;
    before(async () => {
      workspace = manyPlans(plans);
      client = new LspClient();
      await client.initialize(workspace.folder, WITH_PROGRESS);
    });
    after(async () => {
      await client.close();
      workspace.cleanup();
    });

    /** The progress values of one token, once its end has arrived. */
    const valuesOf = async (index: number): Promise<ProgressValue[]> => {
      await client.until(() => client.progressCreated.length > index);
      const token = client.progressCreated[index];
      await client.until(() => client.progress.some((p) => p.token === token && p.value.kind === 'end'));
      return client.progress.filter((p) => p.token === token).map((p) => p.value);
    };

    it('reports work-done progress it creates: begin, files read n of N, plans analysed k of K, end', async () => {
      const values = await valuesOf(0);
      const total = Number(/read (\d+) plan files/.exec(client.logs.find((l) => l.startsWith('Planwright: read')) ?? '')?.[1]);
      assert.ok(total > plans * 10, `files listed: ${total}`);
      assert.equal(values[0]?.kind, 'begin');
      assert.equal(values[0]?.title, 'Planwright: indexing plans');
      assert.equal(values[0]?.cancellable, false, 'an index cannot be cancelled from the progress bar');
      assert.equal(values.at(-1)?.kind, 'end');
      const reports = values.slice(1, -1);
      assert.ok(reports.every((v) => v.kind === 'report'));
      const read = reports.flatMap((v) => /^read (\d+) of (\d+) plan files$/.exec(v.message ?? '')?.slice(1) ?? []);
      assert.deepEqual(read.slice(-2), [String(total), String(total)], 'the last read report is N of N');
      const analysed = reports.flatMap((v) => /^analysed (\d+) of (\d+) plans$/.exec(v.message ?? '')?.slice(1) ?? []);
      assert.deepEqual(analysed, Array.from({ length: plans }, (_, i) => [String(i + 1), String(plans)]).flat(), 'one report per plan, in order');
      const percentages = reports.map((v) => v.percentage ?? -1);
      assert.deepEqual(percentages, [...percentages].sort((a, b) => a - b), 'percentages never go back');
      assert.ok(percentages.every((p) => p >= 0 && p <= 100));
      assert.equal(percentages.at(-1), 100);
    });

    it('reports progress again when a workspace folder is added', async () => {
      await valuesOf(0);
      const extra = mkdtempSync(join(tmpdir(), 'planwright-sched-extra-'));
      try {
        cpSync(join(REPO, 'examples', 'northvale'), join(extra, 'northvale'), { recursive: true });
        await client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: pathToFileURL(extra).href, name: 'extra' }], removed: [] } });
        const values = await valuesOf(1);
        assert.equal(values[0]?.kind, 'begin');
        assert.equal(values.at(-1)?.kind, 'end');
        assert.ok(values.some((v) => v.message === `analysed ${plans + 1} of ${plans + 1} plans`));
      } finally {
        rmSync(extra, { recursive: true, force: true });
      }
    });
  });

  it('sends no progress to a client that does not support it', async () => {
    const workspace = manyPlans(2);
    const client = new LspClient();
    try {
      await client.initialize(workspace.folder, PUSH_CAPABILITIES);
      await client.until(() => indexed(client));
      assert.deepEqual(client.progressCreated, []);
      assert.deepEqual(client.progress, []);
    } finally {
      await client.close();
      workspace.cleanup();
    }
  });

  it("answers hover and completion on an open document's plan before the rest of the workspace is indexed", async () => {
    const plans = 12;
    const workspace = manyPlans(plans);
    const client = new LspClient();
    try {
      await client.initialize(workspace.folder, WITH_PROGRESS, undefined, false);
      // The last plan in the folder's order: without open-documents-first it would be read last.
      const last = workspace.plan(plans);
      const params = hoverParams(last);
      await client.notify('textDocument/didOpen', { textDocument: { uri: params.textDocument.uri, languageId: 'markdown', version: 1, text: readFileSync(join(last, CHAPTER), 'utf8') } });
      const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', params);
      assert.equal(indexed(client), false, 'the hover was answered while the workspace was still being indexed');
      assert.match(hover?.contents.value ?? '', /fair share:\*\* 42,194/, 'the answer comes from the whole plan');
      const completion = await client.request<unknown[]>('textDocument/completion', { ...params, position: { line: params.position.line, character: 4 } });
      assert.ok(completion.length > 0);
      await client.until(() => indexed(client));
    } finally {
      await client.close();
      workspace.cleanup();
    }
  });

  describe('a workspace diagnostic pass after a plan.yaml edit', () => {
    const plans = 24;
    let workspace: ReturnType<typeof manyPlans>;
    let client: LspClient;
    let manifestUri: string;
    let manifestText: string;
    let version = 1;
    before(async () => {
      workspace = manyPlans(plans);
      client = new LspClient();
      await client.initialize(workspace.folder, WITH_PROGRESS);
      await client.until(() => indexed(client));
      manifestUri = uriOf(workspace.plan(1), 'plan.yaml');
      manifestText = readFileSync(join(workspace.plan(1), 'plan.yaml'), 'utf8');
      await client.notify('textDocument/didOpen', { textDocument: { uri: manifestUri, languageId: 'yaml', version, text: manifestText } });
    });
    after(async () => {
      await client.close();
      workspace.cleanup();
    });

    /** Edits plan.yaml, which makes every plan's analysis stale (a manifest can change any plan). */
    const editManifest = (): Promise<void> =>
      client.notify('textDocument/didChange', { textDocument: { uri: manifestUri, version: ++version }, contentChanges: [{ text: `${manifestText}# edit ${version}\n` }] });

    /** The pass's reports so far ("plan k of N"). */
    const reportsOf = (token: string): string[] => client.progress.filter((p) => p.token === token && p.value.kind === 'report').map((p) => p.value.message ?? '');

    it('stops between plans when the client cancels it', async () => {
      await editManifest();
      const source = new CancellationTokenSource();
      client.onProgress = (token, value) => {
        if (token === 'pass-cancelled' && value.message === `plan 2 of ${plans}`) source.cancel();
      };
      try {
        const outcome = await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [], workDoneToken: 'pass-cancelled' }, source.token).then(
          () => 'answered in full',
          (error: { code?: number }) => error.code,
        );
        assert.equal(outcome, -32800);
      } finally {
        client.onProgress = undefined;
      }
      const reports = reportsOf('pass-cancelled');
      assert.ok(reports.includes(`plan 2 of ${plans}`));
      assert.ok(!reports.includes(`plan ${plans} of ${plans}`), `the pass went on to the end: ${reports.join(', ')}`);
      await client.until(() => client.progress.some((p) => p.token === 'pass-cancelled' && p.value.kind === 'end'));
    });

    it('answers a hover sent during the pass before the pass ends', async () => {
      await editManifest();
      const order: string[] = [];
      let hover: Promise<unknown> | undefined;
      client.onProgress = (token, value) => {
        if (token !== 'pass-full' || value.message !== `plan 2 of ${plans}`) return;
        hover = client.request('textDocument/hover', hoverParams(workspace.plan(3))).then(() => order.push(`hover answered after ${reportsOf('pass-full').length} plans`));
      };
      try {
        const pass = await client.request<{ items: unknown[] }>('workspace/diagnostic', { previousResultIds: [], workDoneToken: 'pass-full' });
        order.push('pass answered');
        await hover;
        assert.ok(pass.items.length > plans * 10, 'the uncancelled pass answers for every plan');
      } finally {
        client.onProgress = undefined;
      }
      assert.equal(order.length, 2);
      assert.match(order[0] ?? '', /^hover answered after \d+ plans$/, `order: ${order.join('; ')}`);
      assert.ok(Number(/\d+/.exec(order[0] ?? '')?.[0]) < plans);
    });
  });

  describe('analysis limits (environment of the server process)', () => {
    /** The example plan with one extra chapter of 20,000 lines of prose, so analysing it takes well over a millisecond anywhere. */
    const slowPlan = (): { folder: string; cleanup: () => void } => {
      const workspace = manyPlans(1);
      writeFileSync(join(workspace.plan(1), '20-long.md'), `# Long\n\n${'The system will leverage synergies across the footprint going forward.\n\n'.repeat(10_000)}`);
      return { folder: workspace.plan(1), cleanup: workspace.cleanup };
    };

    type Item = { code?: string; message: string; severity?: number };
    /** Starts a server with `env` on the slow plan, runs `check`, and makes sure it still answers afterwards. */
    const withServer = async (env: Record<string, string>, check: (client: LspClient, folder: string) => Promise<void>): Promise<void> => {
      const plan = slowPlan();
      const client = new LspClient(env);
      try {
        await client.initialize(plan.folder, PULL_CAPABILITIES);
        await check(client, plan.folder);
        assert.ok(Array.isArray(await client.request('textDocument/documentSymbol', { textDocument: { uri: uriOf(plan.folder, CHAPTER) } })), 'still answering');
        await client.request('textDocument/hover', hoverParams(plan.folder));
      } finally {
        await client.close();
        plan.cleanup();
      }
    };

    it('the budget stops the rules of an analysis that runs past it, reports it on plan.yaml, and keeps answering', () =>
      withServer({ PLANWRIGHT_ANALYSIS_BUDGET_MS: '1' }, async (client, folder) => {
        const report = await client.request<{ items: Item[] }>('textDocument/diagnostic', { textDocument: { uri: uriOf(folder, 'plan.yaml') } });
        const stopped = report.items.filter((d) => d.code === 'analysis-stopped');
        assert.equal(stopped.length, 1, JSON.stringify(report.items.map((d) => d.code)));
        // The time spent is written in seconds past 1,000 ms ("1.5 s"), which a loaded machine reaches.
        assert.match(stopped[0]?.message ?? '', /^the analysis of this plan stopped after (?:\d+ ms|\d+(?:\.\d)? s), before rule `[a-z-]+`: .*the limit is 1 ms per plan/);
        assert.equal(stopped[0]?.severity, 1);
        const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(folder, CHAPTER) } });
        assert.ok(symbols.length > 0, 'files are still read: the budget stops rules only');
      }));

    it('the watchdog abandons work that runs past its hard limit, says so, and the server keeps answering', () =>
      // With a 1 ms limit, which work is stopped depends on the machine: the 20,000-line chapter's
      // parse certainly, each other file's parse and the plan's analysis perhaps. Each says so.
      withServer({ PLANWRIGHT_ANALYSIS_WATCHDOG_MS: '1' }, async (client, folder) => {
        const report = await client.request<{ items: { uri: string; items?: Item[] }[] }>('workspace/diagnostic', { previousResultIds: [] });
        const abandoned = report.items.flatMap((file) => (file.items ?? []).filter((d) => /did not finish within 1 ms and was abandoned/.test(d.message)).map((d) => ({ file: file.uri, ...d })));
        assert.ok(abandoned.length > 0, JSON.stringify(report.items.map((f) => f.items?.map((d) => d.code))));
        assert.ok(abandoned.every((d) => (d.code === 'analysis-stopped' && d.file.endsWith('/plan.yaml')) || d.code === 'unreadable-file'));
        assert.ok(abandoned.every((d) => d.severity === 1));
        const long = uriOf(folder, '20-long.md');
        assert.ok(abandoned.some((d) => d.file === long || d.code === 'analysis-stopped'), 'the long chapter or the whole analysis was stopped');
      }));
  });
});
