import * as assert from 'node:assert/strict';
import type { PlanProject } from '../../core/src/index';
import type { CommitmentResponse } from '../../core/src/model/types';
import { eachResponse, keepsChecks } from '../../core/src/rules/per-response';
import type { Report, RuleContext } from '../../core/src/rules/rule';
import { exampleFiles, lines, PLAN_ROOT, projectOf } from '../helpers/engine';

const CHAPTER = '04-mental-health.md';
const LOCAL = 'local.catalog.yaml';
const LOCAL_CATALOG = lines(
  'catalog: { id: anyshire-local, title: Anyshire local priorities, version: "2019.1", period: { start: 2019/20, end: 2023/24 } }',
  'areas: [{ id: anyshire-carers, title: Unpaid carers }]',
  'commitments:',
  '  - { id: anyshire-carers-breaks, area: anyshire-carers, kind: transformation, title: Short breaks for carers, summary: A break a year., source: { title: Carers strategy }, guidance: Show the offer. }',
  '',
);

/** The example plan with a local catalog. */
function withLocalCatalog(): Record<string, string> {
  const files = exampleFiles();
  return { ...files, 'plan.yaml': `${files['plan.yaml'] ?? ''}\ncatalogs: [${LOCAL}]\n`, [LOCAL]: LOCAL_CATALOG };
}

/** A check that reports each response's id and counts the responses it was asked about. */
function counting(name = 'test-check') {
  const asked: CommitmentResponse[] = [];
  const run = (context: RuleContext) => {
    const reports: Report[] = [];
    const flagged = eachResponse(context, name, (r) => reports.push(r), (response, facts, report) => {
      asked.push(response);
      report({ message: `${response.id?.value ?? '?'} in ${facts.years[0] ?? 'no year'}`, uri: response.uri, range: response.range, data: { suggestions: ['a', 'b'] } });
      return response.id?.value === 'mh-talking-therapies';
    });
    return { reports, flagged };
  };
  return { asked, run };
}

/** The example plan with its chapter open for editing: its analyses keep their checks. */
function editedProject(files: Record<string, string>): PlanProject {
  const project = projectOf(files);
  project.prepareEdits(`${PLAN_ROOT}${CHAPTER}`);
  return project;
}

function contextOf(project: PlanProject): RuleContext {
  const [analysis] = project.analyzeAll();
  assert.ok(analysis);
  return analysis.context;
}

describe('per-response checks kept across analyses (rules/per-response.ts)', () => {
  const files = withLocalCatalog();

  it('checks each response once per facts, passing on its reports in the responses\' order, kept ones included', () => {
    const project = editedProject(files);
    const context = contextOf(project);
    assert.ok(context.responses.length > 10);
    const { asked, run } = counting();
    const first = run(context);
    assert.equal(asked.length, context.responses.length);
    assert.deepEqual(first.reports.map((r) => r.range), context.responses.map((r) => r.range));
    assert.equal(first.flagged, true);
    const again = run(context);
    assert.equal(asked.length, context.responses.length, 'nothing checked twice');
    assert.deepEqual(again, first);
  });

  it('after an edit in one block, checks only the response of that block', () => {
    const project = editedProject(files);
    const { asked, run } = counting();
    run(contextOf(project));
    asked.length = 0;
    const text = files[CHAPTER] ?? '';
    const edited = text.replace('status: on-track', 'status: at-risk');
    assert.notEqual(edited, text);
    project.setFile(`${PLAN_ROOT}${CHAPTER}`, edited);
    const context = contextOf(project);
    const result = run(context);
    assert.equal(asked.length, 1);
    assert.equal(asked[0]?.status?.value, 'at-risk');
    assert.equal(result.reports.length, context.responses.length);
    assert.equal(result.flagged, true, 'the flag of a kept result still counts');
  });

  it('moves the kept reports of a block moved by lines, and checks again one whose reports point into another file', () => {
    const project = editedProject(files);
    const { asked, run } = counting();
    const before = run(contextOf(project));
    asked.length = 0;
    project.setFile(`${PLAN_ROOT}${CHAPTER}`, `\n\n${files[CHAPTER] ?? ''}`);
    const context = contextOf(project);
    const moved = run(context);
    assert.equal(asked.length, 0, 'nothing checked again');
    const uri = `${PLAN_ROOT}${CHAPTER}`;
    const expected = before.reports.map((r) => (r.uri === uri ? { ...r, range: { start: { ...r.range.start, line: r.range.start.line + 2 }, end: { ...r.range.end, line: r.range.end.line + 2 } } } : r));
    assert.deepEqual(moved.reports, expected);
    assert.ok(moved.reports.some((r, i) => r.uri === uri && r !== before.reports[i]));
    // A check whose reports name another file (plan.yaml) is run again on the moved responses.
    const elsewhere: CommitmentResponse[] = [];
    const pointing = (c: RuleContext) =>
      eachResponse(c, 'points-elsewhere', () => undefined, (response, facts, report) => {
        elsewhere.push(response);
        report({ message: 'here only', uri: response.uri, range: response.range });
        // Its second report names plan.yaml second among its related locations.
        report({ message: 'see plan.yaml', uri: response.uri, range: response.range, related: [{ uri: response.uri, range: response.range, message: 'here' }, { uri: facts.manifest?.uri ?? '', range: response.range, message: 'there' }] });
      });
    pointing(context);
    const count = elsewhere.length;
    project.setFile(`${PLAN_ROOT}${CHAPTER}`, `\n\n\n${files[CHAPTER] ?? ''}`);
    const next = contextOf(project);
    pointing(next);
    assert.equal(elsewhere.length - count, next.responses.filter((r) => r.uri === uri).length);
  });

  it('checks every response again when plan.yaml, a local catalog or the report date changes', () => {
    const project = editedProject(files);
    const { asked, run } = counting();
    const count = contextOf(project).responses.length;
    run(contextOf(project));
    const changes: [string, (p: PlanProject) => void][] = [
      ['plan.yaml', (p) => p.setFile(`${PLAN_ROOT}plan.yaml`, (files['plan.yaml'] ?? '').replace('population: 1250000', 'population: 1300000'))],
      ['the local catalog', (p) => p.setFile(`${PLAN_ROOT}${LOCAL}`, LOCAL_CATALOG.replace('A break a year.', 'One break a year.'))],
      ['the report date', (p) => p.setToday('2031-01-01')],
      ['the report date again', (p) => p.setToday('2032-06-30')],
    ];
    for (const [what, change] of changes) {
      asked.length = 0;
      change(project);
      run(contextOf(project));
      assert.equal(asked.length, count, what);
    }
  });

  it('keeps nothing for a plan with no file open for editing (a run that checks each plan once), nor after it is closed', () => {
    const project = projectOf(files);
    const { asked, run } = counting();
    const context = contextOf(project);
    const first = run(context);
    run(context);
    assert.equal(asked.length, 2 * context.responses.length);
    assert.equal(first.flagged, true);
    assert.deepEqual(first.reports.map((r) => r.range), context.responses.map((r) => r.range));
    assert.equal(eachResponse(context, 'never-flags', () => undefined, () => false), false, 'no response asked for the plan-wide note');
    // Opened, then closed: kept while open, not after.
    project.prepareEdits(`${PLAN_ROOT}${CHAPTER}`);
    project.setFile(`${PLAN_ROOT}${CHAPTER}`, `${files[CHAPTER] ?? ''}\n`);
    const open = contextOf(project);
    asked.length = 0;
    run(open);
    run(open);
    assert.equal(asked.length, open.responses.length);
    project.endEdits(`${PLAN_ROOT}${CHAPTER}`);
    project.setFile(`${PLAN_ROOT}${CHAPTER}`, `${files[CHAPTER] ?? ''}\n\n`);
    const closed = contextOf(project);
    asked.length = 0;
    run(closed);
    run(closed);
    assert.equal(asked.length, 2 * closed.responses.length);
  });

  it('keeps the results of each named check apart', () => {
    const project = editedProject(files);
    const context = contextOf(project);
    const one = counting('one');
    const other = counting('other');
    one.run(context);
    other.run(context);
    assert.equal(one.asked.length, context.responses.length);
    assert.equal(other.asked.length, context.responses.length);
  });

  it("keeps a plan's catalog set while its catalogs are the same objects, and makes it again when the framework or any local catalog changes", () => {
    const second = 'second.catalog.yaml';
    const twoLocals = { ...files, 'plan.yaml': (files['plan.yaml'] ?? '').replace(`catalogs: [${LOCAL}]`, `catalogs: [${LOCAL}, ${second}]`), [second]: LOCAL_CATALOG.replace(/anyshire-/g, 'second-') };
    const project = editedProject(twoLocals);
    const first = contextOf(project).catalogs;
    assert.equal(first.locals.length, 2);
    project.setFile(`${PLAN_ROOT}${CHAPTER}`, `${files[CHAPTER] ?? ''}\n`);
    assert.equal(contextOf(project).catalogs, first, 'a chapter edit: the same set');
    project.setFile(`${PLAN_ROOT}${second}`, (twoLocals[second] ?? '').replace('A break a year.', 'Two breaks a year.'));
    const changed = contextOf(project).catalogs;
    assert.notEqual(changed, first, 'the second local catalog changed');
    assert.equal(changed.locals[0], first.locals[0]);
    assert.match(JSON.stringify(changed.locals[1]), /Two breaks a year/);
    project.setFile(`${PLAN_ROOT}plan.yaml`, (twoLocals['plan.yaml'] ?? '').replace('framework: ltp-2019', 'framework: planning-2016'));
    assert.equal(contextOf(project).catalogs.framework?.id, 'planning-2016');
  });

  it('keeps checks only for the plan whose file is open, not for the other plans of the workspace', () => {
    const project = projectOf({});
    for (const root of ['north/', 'south/']) for (const [path, text] of Object.entries(files)) project.setFile(`${PLAN_ROOT}${root}${path}`, text);
    project.prepareEdits(`${PLAN_ROOT}north/${CHAPTER}`);
    const kept = Object.fromEntries(project.analyzeAll().map((analysis) => [analysis.root.slice(PLAN_ROOT.length), keepsChecks(analysis.context)]));
    assert.deepEqual(kept, { 'north/': true, 'south/': false });
  });
});

