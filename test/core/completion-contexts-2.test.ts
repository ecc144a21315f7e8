import * as assert from 'node:assert/strict';
import { language, PlanProject, RULE_IDS, RULES, type Completion } from '../../core/src/index';
import { withCursor } from '../helpers/cursor';
import { lines, manifest, PLAN_ROOT, testEngine } from '../helpers/engine';
import { targetCatalog, targetManifest, targetResponse } from '../helpers/target-model';

/**
 * Completion inside YAML (blocks, data files, plan.yaml): flow mappings and
 * lists, list items, keys and values, and the details each item carries.
 */

const engine = testEngine();
const LTP = [...engine.builtinCatalogs.values()].find((c) => c.id === 'ltp-2019');
const COMMITMENTS = LTP?.commitments.map((c) => c.id) ?? [];
const ASSUMPTIONS = LTP?.assumptions ?? [];
const ORGANISATIONS = ['test-ccg', 'test-council', 'test-hospital', 'test-mh', 'test-cvs'];
const GROUPS = ['public', 'patients', 'staff', 'clinicians', 'vcse', 'healthwatch'];
const YEARS = ['2019/20', '2020/21', '2021/22', '2022/23', '2023/24'];
const TIMINGS = ['month', 'year-average', 'year-end'];
const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];
const ENGAGEMENT_KEYS = ['with', 'how', 'when'];
const BASELINE_KEYS = ['year', 'value'];

const STAFF_LINE = '  - { with: staff, how: staff survey }';
const CVS_LINE = '    - { id: test-cvs, name: Test Voluntary Action, type: vcse }';
/** plan.yaml with its last engagement line replaced. */
const engagement = (line: string): string => manifest().replace(STAFF_LINE, line);
/** plan.yaml with a line added after the last footprint organisation. */
const afterOrganisations = (plan: string, line: string): string => plan.replace(CVS_LINE, `${CVS_LINE}\n${line}`);
const commitment = (...rows: string[]): string => lines('```commitment', 'id: mh-liaison', ...rows, '```');

interface Offered {
  readonly items: Completion[];
  readonly line: number;
  readonly character: number;
}

/** The items offered at the $0 cursor of `file` in a small plan (plan.yaml given or the default manifest). */
function offered(file: string, fixture: string, files: Record<string, string> = {}): Offered {
  const { text, position } = withCursor(fixture);
  const project = new PlanProject(engine);
  for (const [path, content] of Object.entries({ 'plan.yaml': manifest(), ...files, [file]: text })) project.setFile(PLAN_ROOT + path, content);
  return { items: language.completions(project, PLAN_ROOT + file, position, { documentationLater: true }), ...position };
}

interface Case {
  readonly name: string;
  readonly fixture: string;
  readonly file?: string;
  readonly labels: readonly string[];
  /** How many characters before and after the cursor every item replaces, when it matters. */
  readonly replaces?: readonly [number, number];
  /** What every item inserts after its label. */
  readonly suffix?: string;
}

function table(cases: readonly Case[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const { items, line, character } = offered(c.file ?? 'a.md', c.fixture);
      assert.deepEqual(
        items.map((item) => item.label),
        c.labels,
      );
      if (c.replaces) {
        const range = { start: { line, character: character - c.replaces[0] }, end: { line, character: character + c.replaces[1] } };
        for (const item of items) assert.deepEqual(item.range, range, item.label);
      }
      if (c.suffix !== undefined) assert.deepEqual(items.map((item) => item.insertText), c.labels.map((label) => label + c.suffix));
    });
  }
}

describe('completion in flow mappings and flow lists', () => {
  table([
    { name: 'years as keys of a flow trajectory', fixture: commitment('trajectory: { 2019/20: 1, 20$0 }'), labels: YEARS, replaces: [2, 0], suffix: ': ' },
    { name: 'years as the value of `year` in a flow baseline', fixture: commitment('baseline: { year: $0, value: 10 }'), labels: YEARS, replaces: [0, 0], suffix: '' },
    { name: 'years after `{year:` with no space after the brace', fixture: commitment('baseline: {year: $0'), labels: YEARS },
    { name: 'years after `year :`', fixture: commitment('baseline: { year : $0'), labels: YEARS },
    { name: 'years right after `year:`', fixture: commitment('baseline: { year:$0'), labels: YEARS },
    { name: 'years replacing the year being typed', fixture: commitment('baseline: { year: 20$0'), labels: YEARS, replaces: [2, 0] },
    { name: 'years replacing a year typed up to its slash', fixture: commitment('trajectory: { 2019/20: 1, 2020/$0 }'), labels: YEARS, replaces: [5, 0], suffix: ': ' },
    { name: 'years replacing a year typed past its slash', fixture: commitment('baseline: { year: 2019/2$0'), labels: YEARS, replaces: [6, 0] },
    { name: 'the keys, for an entry with a second colon', fixture: commitment('baseline: { value: 10, year: 2019/20: $0'), labels: BASELINE_KEYS },
    { name: 'the keys, for an entry whose key is two words', fixture: commitment('baseline: { value: 10, the year: $0'), labels: BASELINE_KEYS },
    { name: 'timings as values of a flow timing by year', fixture: commitment('timing: { 2021/22: $0 }'), labels: TIMINGS },
    { name: 'severities as values of flow rules in plan.yaml', file: 'plan.yaml', fixture: manifest('rules: { plain-language: $0 }'), labels: SEVERITIES, replaces: [0, 0], suffix: '' },
    { name: 'organisations in a flow list of partners', fixture: commitment('partners: [test-ccg, te$0]'), labels: ORGANISATIONS, replaces: [2, 0], suffix: '' },
    { name: 'organisations in a flow list opened right after the colon', fixture: commitment('partners:[te$0'), labels: ORGANISATIONS },
    { name: 'nothing after a flow list is closed', fixture: commitment('partners: [test-ccg], $0'), labels: [] },
    { name: 'nothing in a flow list under timing, which is not a list', fixture: commitment('timing: [$0'), labels: [] },
    { name: 'nothing in a comment that looks like a flow mapping', fixture: commitment('# trajectory: {$0'), labels: [] },
  ]);
});

describe('completion in list items', () => {
  table([
    { name: 'organisations as a partner item after a dash and two spaces', fixture: commitment('partners:', '  -  te$0'), labels: ORGANISATIONS, replaces: [2, 0] },
    { name: 'nothing for a word under partners with no dash', fixture: commitment('partners:', '  te$0'), labels: [] },
    { name: 'nothing for a word run into its dash', fixture: commitment('partners:', '  -te$0'), labels: [] },
    { name: 'nothing for a word continuing a partner item', fixture: commitment('partners:', '  - test-ccg', '    te$0'), labels: [] },
    { name: 'the keys of an organisation item of the footprint', file: 'plan.yaml', fixture: afterOrganisations(manifest(), '    - na$0'), labels: ['id', 'name', 'type'], replaces: [2, 0], suffix: ': ' },
    { name: 'organisations and groups in a flow engagement item with no space after the brace', file: 'plan.yaml', fixture: engagement('  - {with: pub$0 }'), labels: [...ORGANISATIONS, ...GROUPS], replaces: [3, 0] },
    { name: 'organisations and groups after `with :`', file: 'plan.yaml', fixture: engagement('  - { with : pub$0 }'), labels: [...ORGANISATIONS, ...GROUPS] },
    { name: 'organisations and groups right after `with:`', file: 'plan.yaml', fixture: engagement('  - { with:$0 }'), labels: [...ORGANISATIONS, ...GROUPS] },
    { name: 'the keys, for an entry with a second colon (a time)', file: 'plan.yaml', fixture: engagement('  - { with: public, how: events at 10:30$0 }'), labels: ENGAGEMENT_KEYS },
    { name: 'the keys, for an entry whose key is two words', file: 'plan.yaml', fixture: engagement('  - { with: public, then how: $0 }'), labels: ENGAGEMENT_KEYS },
    { name: 'nothing in a second flow mapping on the line', file: 'plan.yaml', fixture: engagement('  - { with: public }, { with: $0'), labels: [] },
    { name: 'nothing after the flow mapping is closed', file: 'plan.yaml', fixture: engagement('  - { with: public } $0'), labels: [] },
  ]);
});

describe('completion of values and keys', () => {
  const period = (start: string, end: string) => manifest().replace('  period: { start: 2019/20, end: 2023/24 }', lines('  period:', `    start: ${start}`, `    end: ${end}`));
  table([
    { name: 'nothing in a comment naming a key', fixture: commitment('# status: $0'), labels: [] },
    { name: 'nothing in a comment after a value', fixture: commitment('status: at-risk # see [1]$0'), labels: [] },
    { name: 'nothing for a key and value with no colon', fixture: commitment('status on-track$0'), labels: [] },
    { name: 'years as a block baseline year', fixture: commitment('baseline:', '  year: $0'), labels: YEARS, suffix: '' },
    { name: 'years as the start of the plan period, replacing the year written', file: 'plan.yaml', fixture: period('2019/20$0', '2023/24'), labels: YEARS, replaces: [7, 0] },
    { name: 'years as the end of the plan period, replacing the year written', file: 'plan.yaml', fixture: period('2019/20', '2023/24$0'), labels: YEARS, replaces: [7, 0] },
    { name: 'commitments as a milestone\'s commitment', file: 'data/m.yaml', fixture: lines('milestones:', '  - what: Open the crisis line', '    by: 2020-09', '    commitment: mh-$0'), labels: COMMITMENTS, replaces: [3, 0], suffix: '' },
    { name: 'assumption ids as keys under `assumptions:` of a data file', file: 'data/a.yaml', fixture: lines('assumptions:', '  $0'), labels: ASSUMPTIONS.map((a) => a.id), suffix: ': ' },
  ]);

  it('a year item gives its place in the plan period and sorts by it', () => {
    const { items } = offered('a.md', commitment('baseline: { year: $0 }'));
    const range = { start: { line: 2, character: 18 }, end: { line: 2, character: 18 } };
    assert.deepEqual(items, YEARS.map((year, i) => ({ label: year, kind: 'year', detail: `plan year ${i + 1} of 5`, insertText: year, range, sortText: `00${i}` })));
  });

  it('front matter keys with their descriptions', () => {
    const { items } = offered('a.md', lines('---', 'ti$0', '---'));
    const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } };
    assert.deepEqual(items, [
      { label: 'title', kind: 'key', detail: 'key', documentation: 'Chapter title.', insertText: 'title: ', range },
      { label: 'lead', kind: 'key', detail: 'key', documentation: 'Footprint organisation that leads the chapter.', insertText: 'lead: ', range },
      { label: 'area', kind: 'key', detail: 'key', documentation: 'Catalog area the chapter covers.', insertText: 'area: ', range },
    ]);
  });

  it('assumption keys of an assumptions block, with their titles and evidence', () => {
    const { items } = offered('a.md', lines('```assumptions', 'emergency-admissions-growth: { 2019/20: 3% }', '$0', '```'));
    const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } };
    assert.deepEqual(items, ASSUMPTIONS.map((a) => ({ label: a.id, kind: 'key', detail: a.title, documentation: a.evidence, insertText: `${a.id}: `, range })));
  });

  it('rule ids as keys under `rules:` in plan.yaml', () => {
    const { items } = offered('plan.yaml', manifest(lines('rules:', '  $0')));
    const range = { start: { line: 19, character: 2 }, end: { line: 19, character: 2 } };
    assert.deepEqual(items, RULES.map((rule) => ({ label: rule.meta.id, kind: 'rule', detail: rule.meta.description, insertText: `${rule.meta.id}: `, range })));
    assert.deepEqual(
      items.map((item) => item.label),
      RULE_IDS,
    );
  });

  it('the built-in frameworks as the plan\'s framework', () => {
    const { items } = offered('plan.yaml', manifest().replace('framework: ltp-2019', 'framework: $0'));
    const range = { start: { line: 2, character: 13 }, end: { line: 2, character: 13 } };
    assert.deepEqual(items, [...engine.builtinCatalogs.values()].map((c) => ({ label: c.id, kind: 'framework', detail: c.title, insertText: c.id, range })));
    assert.deepEqual(
      items.map((item) => item.label),
      ['ltp-2019', 'mtpf-2026', 'planning-2016', 'planning-2025'],
    );
  });
});

describe('the details of commitment and organisation items', () => {
  const LOCAL_CATALOG = lines(
    'catalog: { id: local, title: Local, version: "1", period: { start: 2019/20, end: 2023/24 } }',
    'areas: [{ id: local-area, title: Local area }]',
    'commitments:',
    '  - { id: local-housing, area: local-area, kind: transformation, title: Housing, summary: S, guidance: G, source: { title: Board paper } }',
    '  - { id: local-screening, area: local-area, kind: foundational, title: Screening, summary: S, guidance: G, source: { title: Board paper } }',
    '',
  );

  it('a commitment item gives its title and kind, says when it is answered, and sorts unanswered and foundational first', () => {
    const chapter = lines('See [[local-$0', '', '```commitment', 'id: local-housing', 'status: on-track', '```');
    const { items } = offered('a.md', chapter, { 'plan.yaml': manifest('catalogs: [local.catalog.yaml]'), 'local.catalog.yaml': LOCAL_CATALOG });
    const range = { start: { line: 0, character: 6 }, end: { line: 0, character: 12 } };
    assert.deepEqual(
      items.filter((item) => item.label.startsWith('local-')),
      [
        { label: 'local-housing', kind: 'commitment', detail: 'Housing (transformation, answered)', commitment: 'local-housing', insertText: 'local-housing]]', range, sortText: '12local-housing' },
        { label: 'local-screening', kind: 'commitment', detail: 'Screening (foundational)', commitment: 'local-screening', insertText: 'local-screening]]', range, sortText: '00local-screening' },
      ],
    );
  });

  it('an engagement item names the organisation and its type (when it has one), then the groups', () => {
    const plan = afterOrganisations(engagement('  - { with: $0 }'), '    - { id: test-pcn, name: Test PCN }');
    const { items } = offered('plan.yaml', plan);
    const range = { start: { line: 18, character: 12 }, end: { line: 18, character: 12 } };
    const organisation = (label: string, detail: string) => ({ label, kind: 'organisation', detail, insertText: label, range });
    assert.deepEqual(items, [
      organisation('test-ccg', 'NHS Test CCG (ccg)'),
      organisation('test-council', 'Test County Council (local-authority)'),
      organisation('test-hospital', 'Test Hospital NHS FT (acute-provider)'),
      organisation('test-mh', 'Test MH Trust (mental-health-provider)'),
      organisation('test-cvs', 'Test Voluntary Action (vcse)'),
      organisation('test-pcn', 'Test PCN'),
      ...GROUPS.map((group) => ({ label: group, kind: 'value', detail: 'group', insertText: group, range })),
    ]);
  });
});

describe('organisation keys under a response\'s `organisations:`', () => {
  const RULED = ['value: "70%"', 'scale: rate', 'direction: increase', 'timing: month', 'by: 2020/21', 'organisations: { applies-to: each-acute-provider, floor: "65%", improvement: "7%" }'];
  const PCN = '    - { id: test-pcn, name: Test PCN }';
  const files = { 'plan.yaml': afterOrganisations(targetManifest(), PCN), 'target.catalog.yaml': targetCatalog(...RULED) };
  const RULE = ": the target's rule applies to each acute provider";
  /** Each organisation offered: its label and its detail, sorted as the editor sorts them. */
  const keys = (file: string, fixture: string): [string, string | undefined][] => {
    const { items } = offered(file, fixture, files);
    for (const item of items) {
      assert.equal(item.insertText, `${item.label}: `);
      assert.equal(item.sortText, `${item.detail?.endsWith(RULE) ? 0 : 1}${item.label}`);
    }
    return [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((item) => [item.label, item.detail]);
  };
  const ALL: [string, string][] = [
    ['north-acute', `North Acute NHS Trust (acute-provider)${RULE}`],
    ['test-hospital', `Test Hospital NHS FT (acute-provider)${RULE}`],
    ['test-ccg', 'NHS Test CCG (ccg)'],
    ['test-council', 'Test County Council (local-authority)'],
    ['test-cvs', 'Test Voluntary Action (vcse)'],
    ['test-mh', 'Test MH Trust (mental-health-provider)'],
    ['test-pcn', 'Test PCN'],
  ];
  const withoutHospital = ALL.filter(([id]) => id !== 'test-hospital');
  const hospital = ['organisations:', '  test-hospital:', '    trajectory: { 2020/21: "70%" }'];

  it('in a block: the organisations the rule applies to first and marked, less those given', () => {
    const { items, line, character } = offered('a.md', targetResponse({ status: 'at-risk' }, ...hospital, '  $0'), files);
    assert.deepEqual(items[0], { label: 'test-ccg', kind: 'organisation', detail: 'NHS Test CCG (ccg)', insertText: 'test-ccg: ', range: { start: { line, character }, end: { line, character } }, sortText: '1test-ccg' });
    assert.deepEqual(keys('a.md', targetResponse({ status: 'at-risk' }, ...hospital, '  $0')), withoutHospital);
  });

  it('in a block that does not parse yet, every organisation, not those of the next response', () => {
    const chapter = lines('```commitment', 'id: t-measure', 'status: "at-risk', 'organisations:', '  $0', '```', '', '```commitment', 'id: mh-liaison', 'status: at-risk', ...hospital, '```');
    assert.deepEqual(
      keys('a.md', chapter).map(([id]) => id),
      ['north-acute', 'test-ccg', 'test-council', 'test-cvs', 'test-hospital', 'test-mh', 'test-pcn'],
    );
  });

  it('in a second response, the rule and the organisations of that response', () => {
    const chapter = lines('```commitment', 'id: mh-liaison', 'status: at-risk', 'organisations:', '  test-council:', '    trajectory: { 2020/21: 5 }', '```', '', targetResponse({ status: 'at-risk' }, ...hospital, '  $0'));
    assert.deepEqual(keys('a.md', chapter), withoutHospital);
  });

  it('on the last line of a YAML response', () => {
    const data = lines('responses:', '  - id: t-measure', '    status: at-risk', ...hospital.map((row) => `    ${row}`), '      $0');
    assert.deepEqual(keys('data/r.yaml', data), withoutHospital);
  });

  it('on the first line of a YAML response, in a flow mapping', () => {
    const data = lines('responses:', '  - organisations: { te$0 }', '    id: t-measure', '    status: at-risk');
    assert.deepEqual(keys('data/r.yaml', data), ALL);
  });
});
