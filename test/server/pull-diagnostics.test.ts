import * as assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { Diagnostic, WorkDoneProgressReporter, WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import { PlanProject } from '../../core/src/index';
import { PullDiagnostics } from '../../server/src/pull-diagnostics';
import { testEngine } from '../helpers/engine';
import { FIXABLE_CHAPTER, PLAN_YAML } from '../helpers/fixable-plan';

const ROOTS = ['file:///plans/a/', 'file:///plans/b/', 'file:///plans/c/'];
const CHAPTER = `${ROOTS[0]}04-mental-health.md`;
const MANIFEST = `${ROOTS[0]}plan.yaml`;

/** A content id a person can read: the codes of the report's diagnostics. */
const idOf = (diagnostics: readonly Diagnostic[]): string => diagnostics.map((d) => String(d.code)).join(',') || 'none';

/** Three plans, each a plan.yaml and a chapter with two findings; which files are open, and the unopenedFiles setting. */
function setUp(options: { open?: Record<string, number>; unopenedFiles?: boolean } = {}): { pulls: PullDiagnostics; project: PlanProject } {
  const project = new PlanProject(testEngine());
  for (const root of ROOTS) {
    project.setFile(`${root}plan.yaml`, PLAN_YAML);
    project.setFile(`${root}04-mental-health.md`, FIXABLE_CHAPTER);
  }
  const pulls = new PullDiagnostics({
    project,
    openVersion: (uri) => options.open?.[uri],
    unopenedFiles: (uri) => Promise.resolve(options.unopenedFiles ?? !uri.includes('never')),
    idOf,
  });
  return { pulls, project };
}

/** A work-done reporter that records what it is told. */
function recorder(): { reporter: WorkDoneProgressReporter; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const reporter = {
    begin: (...args: unknown[]) => void calls.push(['begin', ...args]),
    report: (...args: unknown[]) => void calls.push(['report', ...args]),
    done: () => void calls.push(['done']),
  } as WorkDoneProgressReporter;
  return { reporter, calls };
}

const none = new CancellationTokenSource().token;
const chapterIds = (project: PlanProject): string => idOf(project.analyze(ROOTS[0] ?? '').findings.filter((f) => f.uri === CHAPTER).map((f) => ({ code: f.ruleId }) as Diagnostic));

/** The workspace report's item for one file, given the id the client sends back for it. */
async function itemFor(pulls: PullDiagnostics, uri: string, previous?: string): Promise<WorkspaceDocumentDiagnosticReport | undefined> {
  const report = await pulls.workspace({ previousResultIds: previous === undefined ? [] : [{ uri, value: previous }] }, none, recorder().reporter);
  return report.items.find((item) => item.uri === uri);
}

describe('pull diagnostics: result ids and workspace reports (server)', () => {
  it('answers a document pull in full with a d: id, and unchanged for the same id', () => {
    const { pulls } = setUp();
    const diagnostics: Diagnostic[] = [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, message: 'm', code: 'schema' }];
    assert.deepEqual(pulls.document(CHAPTER, diagnostics, undefined), { kind: 'full', resultId: 'd:schema', items: diagnostics });
    assert.deepEqual(pulls.document(CHAPTER, diagnostics, 'd:schema'), { kind: 'unchanged', resultId: 'd:schema' });
    assert.deepEqual(pulls.document(CHAPTER, [], 'd:schema'), { kind: 'full', resultId: 'd:none', items: [] });
  });

  it('reports work-done progress plan by plan, and ends it', async () => {
    const { pulls } = setUp();
    const { reporter, calls } = recorder();
    await pulls.workspace({ previousResultIds: [] }, none, reporter);
    assert.deepEqual(calls, [
      ['begin', 'Planwright: checking the workspace', 0, '3 plans', false],
      ['report', 0, 'plan 1 of 3'],
      ['report', 33, 'plan 2 of 3'],
      ['report', 66, 'plan 3 of 3'],
      ['done'],
    ]);
  });

  it('gives every plan file with its version (null when not open), in full with a w: id the first time', async () => {
    const { pulls, project } = setUp({ open: { [CHAPTER]: 7 } });
    const report = await pulls.workspace({ previousResultIds: [] }, none, recorder().reporter);
    assert.deepEqual(report.items.map((item) => item.uri).sort(), ROOTS.flatMap((root) => [`${root}04-mental-health.md`, `${root}plan.yaml`]).sort());
    const chapter = report.items.find((item) => item.uri === CHAPTER);
    const ids = chapterIds(project);
    assert.ok(ids.split(',').length >= 2, ids);
    assert.deepEqual(chapter && { kind: chapter.kind, resultId: chapter.resultId, version: chapter.version }, { kind: 'full', resultId: `w:${ids}:0`, version: 7 });
    assert.equal(report.items.find((item) => item.uri === MANIFEST)?.version, null);
  });

  /** Each case: document pulls answered first (with their ids), the id the client then sends, and the item it gets. */
  const CASES: { name: string; documentPulls: number; previous: (ids: string) => string | undefined; expected: (ids: string) => { kind: string; resultId: string } }[] = [
    { name: 'its own w: id, nothing pulled since: unchanged', documentPulls: 0, previous: (ids) => `w:${ids}:0`, expected: (ids) => ({ kind: 'unchanged', resultId: `w:${ids}:0` }) },
    { name: 'a w: id given before a document pull: in full again', documentPulls: 1, previous: (ids) => `w:${ids}:0`, expected: (ids) => ({ kind: 'full', resultId: `w:${ids}:1` }) },
    { name: 'a w: id for other content: in full', documentPulls: 0, previous: () => 'w:schema:0', expected: (ids) => ({ kind: 'full', resultId: `w:${ids}:0` }) },
    { name: 'the latest document pull\'s id, same content: unchanged, as u:', documentPulls: 2, previous: (ids) => `d:${ids}`, expected: (ids) => ({ kind: 'unchanged', resultId: `u:${ids}:2` }) },
    { name: 'its own u: id: unchanged', documentPulls: 1, previous: (ids) => `u:${ids}:1`, expected: (ids) => ({ kind: 'unchanged', resultId: `u:${ids}:1` }) },
    { name: 'a u: id given before another document pull: in full', documentPulls: 1, previous: (ids) => `u:${ids}:0`, expected: (ids) => ({ kind: 'full', resultId: `w:${ids}:1` }) },
    { name: 'a d: id for other content: in full as f:, never matched', documentPulls: 1, previous: () => 'd:schema', expected: (ids) => ({ kind: 'full', resultId: `f:${ids}` }) },
    { name: 'no id for a file it pulled: in full as f:', documentPulls: 1, previous: () => undefined, expected: (ids) => ({ kind: 'full', resultId: `f:${ids}` }) },
  ];
  for (const { name, documentPulls, previous, expected } of CASES) {
    it(`answers a workspace pull for a file given ${name}`, async () => {
      const { pulls, project } = setUp();
      const ids = chapterIds(project);
      const diagnostics = project.analyze(ROOTS[0] ?? '').findings.filter((f) => f.uri === CHAPTER).map((f) => ({ code: f.ruleId }) as Diagnostic);
      for (let n = 0; n < documentPulls; n++) pulls.document(CHAPTER, diagnostics, undefined);
      const item = await itemFor(pulls, CHAPTER, previous(ids));
      assert.deepEqual(item && { kind: item.kind, resultId: item.resultId }, expected(ids));
    });
  }

  it('answers in full a d: id of the same content that is not the latest document pull\'s (edited, pulled, then reverted)', async () => {
    const { pulls, project } = setUp();
    const ids = chapterIds(project);
    const diagnostics = project.analyze(ROOTS[0] ?? '').findings.filter((f) => f.uri === CHAPTER).map((f) => ({ code: f.ruleId }) as Diagnostic);
    pulls.document(CHAPTER, diagnostics, undefined);
    pulls.document(CHAPTER, [], `d:${ids}`);
    const item = await itemFor(pulls, CHAPTER, `d:${ids}`);
    assert.deepEqual(item && { kind: item.kind, resultId: item.resultId }, { kind: 'full', resultId: `f:${ids}` });
  });

  it('leaves out closed files when unopened files are not checked, but clears one the client had pulled', async () => {
    const { pulls } = setUp({ unopenedFiles: false, open: { [`${ROOTS[1]}04-mental-health.md`]: 3 } });
    pulls.document(MANIFEST, [], undefined);
    const report = await pulls.workspace({ previousResultIds: [] }, none, recorder().reporter);
    const shown = report.items.map((item) => [item.uri, item.version, item.kind === 'full' ? item.items.length : -1]);
    assert.equal(shown.length, 2, JSON.stringify(shown));
    assert.deepEqual(shown[0], [MANIFEST, null, 0]);
    assert.equal(shown[1]?.[0], `${ROOTS[1]}04-mental-health.md`);
    assert.equal(shown[1]?.[1], 3);
    assert.ok(Number(shown[1]?.[2]) >= 2, 'an open file is checked');
  });

  it('stops when cancelled, and still ends the progress', async () => {
    const { pulls } = setUp();
    const source = new CancellationTokenSource();
    source.cancel();
    const { reporter, calls } = recorder();
    // The server's ResponseError class comes from its own copy of vscode-jsonrpc: told by its code.
    await assert.rejects(pulls.workspace({ previousResultIds: [] }, source.token, reporter), { code: -32800, message: 'the request was cancelled' });
    assert.deepEqual(calls.map((call) => call[0]), ['begin', 'done']);
  });
});
