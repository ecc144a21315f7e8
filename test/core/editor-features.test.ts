import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyEdits, language, PlanProject, ruleDocsUrl, type Position, type Range } from '../../core/src/index';
import { withCursor } from '../helpers/cursor';
import { lines, manifest, PLAN_ROOT, projectOf, testEngine } from '../helpers/engine';

const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

/** A local catalog with one commitment, its target and its source given by the case. */
function localCatalog(id: string, target: string, url = 'https://example.org/local'): string {
  return lines(
    'catalog: { id: local, title: Local, version: "1", period: { start: 2019/20, end: 2023/24 } }',
    'areas: [{ id: local-area, title: Local area }]',
    'commitments:',
    `  - id: ${id}`,
    '    area: local-area',
    '    kind: transformation',
    '    title: Screening uptake',
    '    summary: s',
    '    guidance: g',
    `    source: { title: t, url: ${url} }`,
    `    target: ${target}`,
  );
}

const RATE_92 = '{ measure: people screened, value: "92%", scale: rate, direction: increase, by: 2023/24 }';
const TWO_MILESTONES = '{ measure: people screened, value: "70%", scale: rate, direction: increase, by: 2021/22, milestones: [{ value: "92%", by: 2023/24 }] }';

/** The position of the `nth` occurrence of `needle` in `text` (its start, or its end). */
function positionOf(text: string, needle: string, options: { nth?: number; end?: boolean } = {}): Position {
  let offset = -1;
  for (let i = 0; i <= (options.nth ?? 0); i++) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`${needle} is not in the fixture`);
  if (options.end) offset += needle.length;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}

function textAt(text: string, range: Range): string {
  const all = text.split('\n');
  assert.equal(range.start.line, range.end.line, 'a one-line range');
  return (all[range.start.line] ?? '').slice(range.start.character, range.end.character);
}

describe('inlay hints', () => {
  const framework = [...testEngine().builtinCatalogs.values()].find((c) => c.id === 'ltp-2019');
  const base = framework?.population?.value ?? NaN;
  const nationalTalkingTherapies = framework?.commitments.find((c) => c.id === 'mh-talking-therapies')?.target?.value.value ?? NaN;
  /** The fair share worked out here, independently of the engine: national × population ÷ England. */
  const share = (nationalTalkingTherapies * 1_250_000) / base;
  const shareText = Math.round(share).toLocaleString('en-GB');

  const cases: { name: string; fixture: string; catalog?: string; labels: string[]; range?: (text: string) => Range }[] = [
    {
      name: 'a count against this plan\'s fair share, short by the share missed',
      fixture: lines('```commitment', 'id: mh-talking-therapies', 'status: at-risk', 'trajectory: { 2019/20: 1000, 2023/24: 3100$0 }', '```'),
      labels: [`fair share ${shareText}: short by ${Math.round(((share - 3100) / share) * 100)}%`],
    },
    {
      name: 'a count that reaches its fair share',
      fixture: lines('```commitment', 'id: mh-talking-therapies', 'status: on-track', 'trajectory:', `  2023/24: ${Math.ceil(share)}$0`, '```'),
      labels: [`fair share ${shareText}: met`],
    },
    {
      name: 'a rate short of the target, in points',
      catalog: localCatalog('local-screening', RATE_92),
      fixture: lines('```commitment', 'id: local-screening', 'status: at-risk', 'trajectory: { 2022/23: 88%, 2023/24: 90%$0 }', '```'),
      labels: ['target 92%: 2 points short'],
    },
    {
      name: 'every dated milestone of the target model, each beside its own value',
      catalog: localCatalog('local-screening', TWO_MILESTONES),
      fixture: lines('```commitment', 'id: local-screening', 'status: at-risk', 'trajectory:', '  2021/22: 71%$0', '  2022/23: 80%', '  2023/24: 90%$0', '```'),
      labels: ['target 70%: met', 'target 92%: 2 points short'],
    },
    {
      name: 'nothing for a response marked not-applicable',
      catalog: localCatalog('local-screening', RATE_92),
      fixture: lines('```commitment', 'id: local-screening', 'status: not-applicable', 'reason: no screening service here', 'trajectory: { 2023/24: 90% }', '```'),
      labels: [],
    },
    {
      name: 'nothing for a commitment without a target',
      fixture: lines('```commitment', 'id: ics-by-2021', 'status: on-track', 'trajectory: { 2023/24: 90% }', '```'),
      labels: [],
    },
    {
      name: 'only the hints inside the range asked for',
      catalog: localCatalog('local-screening', RATE_92),
      fixture: lines('```commitment', 'id: local-screening', 'status: at-risk', 'trajectory: { 2023/24: 90% }', '```', '', '```commitment', 'id: mh-talking-therapies', 'status: at-risk', 'trajectory: { 2023/24: 3100$0 }', '```'),
      range: (text) => ({ start: positionOf(text, '```', { nth: 2 }), end: positionOf(text, '```', { nth: 3 }) }),
      labels: [`fair share ${shareText}: short by ${Math.round(((share - 3100) / share) * 100)}%`],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      // Every $0 marks where a hint sits, in order.
      const positions: Position[] = [];
      let text = c.fixture;
      while (text.includes('$0')) {
        const found = withCursor(text);
        positions.push(found.position);
        text = found.text;
      }
      const files = { 'plan.yaml': manifest(c.catalog ? 'catalogs: [local.catalog.yaml]' : ''), 'a.md': text, ...(c.catalog ? { 'local.catalog.yaml': c.catalog } : {}) };
      const hints = language.inlayHints(projectOf(files), `${PLAN_ROOT}a.md`, c.range?.(text) ?? WHOLE);
      assert.deepEqual(hints.map((h) => h.label), c.labels);
      assert.deepEqual(hints.map((h) => h.position), positions);
      for (const hint of hints) assert.ok(hint.tooltip && hint.tooltip !== hint.label, 'the tooltip gives the comparison in full');
    });
  }
});

describe('document links', () => {
  it('links each source URL of a local catalog, quoted or not, to exactly the URL', () => {
    const catalog = localCatalog('local-screening', RATE_92, '"https://example.org/quoted"').replace('catalog: { id: local,', 'catalog: { source: { title: s, url: https://example.org/header }, id: local,');
    const project = projectOf({ 'plan.yaml': manifest('catalogs: [local.catalog.yaml]'), 'local.catalog.yaml': catalog });
    const links = language.documentLinks(project, `${PLAN_ROOT}local.catalog.yaml`);
    assert.deepEqual(links.map((l) => l.target), ['https://example.org/header', 'https://example.org/quoted']);
    for (const link of links) assert.equal(textAt(catalog, link.range).replace(/^"|"$/g, ''), link.target);
  });

  it('links every source URL of a built-in catalog', () => {
    const catalog = [...testEngine().builtinCatalogs.values()].find((c) => c.id === 'ltp-2019');
    assert.ok(catalog);
    const text = readFileSync(fileURLToPath(catalog.uri), 'utf8');
    const written = [...text.matchAll(/^\s*(?:-\s*)?url:\s*["']?(https?:\/\/[^\s"']+)/gm)].map((m) => m[1]);
    const links = language.documentLinks(new PlanProject(testEngine()), catalog.uri);
    assert.ok(written.length > 5);
    assert.deepEqual(links.map((l) => l.target).sort(), [...written].sort());
    for (const link of links) assert.match(textAt(text, link.range), new RegExp(`^["']?${link.target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}["']?$`));
  });

  it('links rule ids in plan.yaml `rules:` and in disable comments to the rule documentation, and nothing else', () => {
    const plan = manifest(lines('rules:', '  plain-language: off', '  no-such-rule: warning'));
    const chapter = lines('<!-- planwright-disable engagement: reason -->', 'We will [[mh-talking-therapies]].');
    const project = projectOf({ 'plan.yaml': plan, 'a.md': chapter });
    const inPlan = language.documentLinks(project, `${PLAN_ROOT}plan.yaml`);
    assert.deepEqual(inPlan.map((l) => [textAt(plan, l.range), l.target]), [['plain-language', ruleDocsUrl('plain-language')]]);
    const inChapter = language.documentLinks(project, `${PLAN_ROOT}a.md`);
    assert.deepEqual(inChapter.map((l) => [textAt(chapter, l.range), l.target]), [['engagement', ruleDocsUrl('engagement')]]);
  });
});

describe('rename', () => {
  /** A plan naming one footprint organisation in every place an organisation id can be written. */
  const organisationPlan = (id: string): Record<string, string> => ({
    'plan.yaml': manifest().replace(/test-cvs/g, id),
    'a.md': lines('---', `lead: ${id}`, '---', '', '# Talking', '', '```commitment', 'id: mh-talking-therapies', 'status: on-track', `lead: ${id}`, `partners: [test-ccg, "${id}"]`, 'organisations:', `  ${id}:`, '    trajectory: { 2023/24: 100 }', '```'),
    'data/m.yaml': lines('milestones:', '  - what: a thing', '    by: 2020-01', `    owner: ${id}`),
  });
  /** A plan with a local catalog whose commitment is answered, mentioned and given a milestone. */
  const commitmentPlan = (id: string): Record<string, string> => ({
    'plan.yaml': manifest('catalogs: [local.catalog.yaml]'),
    'local.catalog.yaml': localCatalog(id, RATE_92),
    'a.md': lines(`We will [[${id}]].`, '', '```commitment', `id: ${id}`, 'status: on-track', 'trajectory: { 2023/24: 93% }', '```'),
    'data/m.yaml': lines('milestones:', '  - what: a thing', '    by: 2020-01', `    commitment: ${id}`),
  });
  const OTHER_ROOT = 'file:///plans/other/';
  const otherPlan = { 'plan.yaml': manifest(), 'b.md': 'Another plan mentions [[local-screening]] without the catalog.' };

  /** Renames at `needle` in `file` and returns every file of both plans after the edits. */
  function renamed(files: Record<string, string>, file: string, needle: string, newName: string): Record<string, string> {
    const project = projectOf(files);
    for (const [path, text] of Object.entries(otherPlan)) project.setFile(OTHER_ROOT + path, text);
    const result = language.rename(project, PLAN_ROOT + file, positionOf(files[file] ?? '', needle), newName);
    if ('error' in result) assert.fail(result.error);
    const after: Record<string, string> = {};
    for (const [root, set] of [[PLAN_ROOT, files], [OTHER_ROOT, otherPlan]] as const) {
      for (const [path, text] of Object.entries(set)) after[root + path] = applyEdits(text, result.edits.filter((e) => e.uri === root + path));
    }
    return after;
  }
  const expected = (files: Record<string, string>): Record<string, string> =>
    Object.fromEntries([...Object.entries(files).map(([p, t]): [string, string] => [PLAN_ROOT + p, t]), ...Object.entries(otherPlan).map(([p, t]): [string, string] => [OTHER_ROOT + p, t])]);

  const starts: { name: string; plan: (id: string) => Record<string, string>; from: string; at: (id: string) => string; oldId: string; newId: string }[] = [
    { name: 'an organisation, from a response\'s lead', plan: organisationPlan, from: 'a.md', at: (id) => `lead: ${id}\npartners`, oldId: 'test-cvs', newId: 'anyshire-cvs' },
    { name: 'an organisation, from its footprint entry', plan: organisationPlan, from: 'plan.yaml', at: (id) => `id: ${id}`, oldId: 'test-cvs', newId: 'anyshire-cvs' },
    { name: 'an organisation, from a per-organisation line', plan: organisationPlan, from: 'a.md', at: (id) => `  ${id}:`, oldId: 'test-cvs', newId: 'anyshire-cvs' },
    { name: 'a local-catalog commitment, from a response', plan: commitmentPlan, from: 'a.md', at: (id) => `id: ${id}`, oldId: 'local-screening', newId: 'local-bowel-screening' },
    { name: 'a local-catalog commitment, from its catalog entry', plan: commitmentPlan, from: 'local.catalog.yaml', at: (id) => `- id: ${id}`, oldId: 'local-screening', newId: 'local-bowel-screening' },
  ];
  for (const c of starts) {
    it(`renames ${c.name} everywhere in its plan, keeping quotes, and nowhere else`, () => {
      const files = c.plan(c.oldId);
      const needle = c.at(c.oldId);
      const offsetInNeedle = needle.indexOf(c.oldId);
      const position = positionOf(files[c.from] ?? '', needle);
      const cursor = { line: position.line, character: position.character + offsetInNeedle + 2 };
      const project = projectOf(files);
      const prepared = language.prepareRename(project, PLAN_ROOT + c.from, cursor);
      assert.ok(!('error' in prepared), JSON.stringify(prepared));
      assert.equal(prepared.placeholder, c.oldId);
      assert.equal(textAt(files[c.from] ?? '', prepared.range), c.oldId);
      const after = renamed(files, c.from, needle.slice(offsetInNeedle), c.newId);
      assert.deepEqual(after, expected(c.plan(c.newId)));
    });
  }

  const refusals: { name: string; files: Record<string, string>; file: string; at: string; newName: string; error: RegExp; prepare?: boolean }[] = [
    { name: 'a commitment of the built-in catalog', files: organisationPlan('test-cvs'), file: 'a.md', at: 'mh-talking-therapies', newName: 'mh-talking', error: /defined by the built-in catalog `ltp-2019`/, prepare: true },
    { name: 'an engagement group', files: organisationPlan('test-cvs'), file: 'plan.yaml', at: 'public', newName: 'people', error: /names a group engaged in the plan, not an organisation/, prepare: true },
    { name: 'an organisation missing from the footprint', files: { ...organisationPlan('test-cvs'), 'data/m.yaml': lines('milestones:', '  - what: a thing', '    owner: nobody-here') }, file: 'data/m.yaml', at: 'nobody-here', newName: 'somebody', error: /not an organisation of the footprint/, prepare: true },
    { name: 'plain prose', files: organisationPlan('test-cvs'), file: 'a.md', at: '# Talking', newName: 'x', error: /nothing to rename here/, prepare: true },
    { name: 'a new id not written as an id', files: organisationPlan('test-cvs'), file: 'a.md', at: 'test-cvs"', newName: 'Test CVS', error: /`Test CVS` is not a valid id: an id is written in lower case with hyphens/ },
    { name: 'a new id already in the footprint', files: organisationPlan('test-cvs'), file: 'a.md', at: 'test-cvs"', newName: 'test-ccg', error: /`test-ccg` is already an organisation of the footprint/ },
    { name: 'a new id that is an engagement group', files: organisationPlan('test-cvs'), file: 'a.md', at: 'test-cvs"', newName: 'staff', error: /names a group engaged in the plan/ },
    { name: 'the same id', files: organisationPlan('test-cvs'), file: 'a.md', at: 'test-cvs"', newName: 'test-cvs', error: /already called `test-cvs`/ },
    { name: 'a new commitment id already in a catalog', files: commitmentPlan('local-screening'), file: 'a.md', at: 'local-screening\nstatus', newName: 'mh-talking-therapies', error: /`mh-talking-therapies` is already a commitment of the catalog `ltp-2019`/ },
  ];
  for (const c of refusals) {
    it(`refuses ${c.name}, saying why`, () => {
      const project = projectOf(c.files);
      const position = positionOf(c.files[c.file] ?? '', c.at);
      const result = language.rename(project, PLAN_ROOT + c.file, position, c.newName);
      assert.ok('error' in result, 'refused');
      assert.match(result.error, c.error);
      if (c.prepare !== undefined) {
        const prepared = language.prepareRename(project, PLAN_ROOT + c.file, position);
        assert.equal('error' in prepared, c.prepare);
      }
    });
  }
});
