import * as assert from 'node:assert/strict';
import { language, type Finding } from '../../core/src/index';
import { crlf, lines, manifest, PLAN_ROOT, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

/**
 * One cause, one finding, with the fix in the message: common slips in plan
 * data are named for what they are, read as meant where that is safe, and
 * never reported twice. Every case runs as written and again with CRLF.
 */

const block = (type: string, ...rows: string[]): string => lines('```' + type, ...rows, '```', '');

/** A local catalog with one percentage target, so the fraction cases do not hang on the national figures. */
const LOCAL_CATALOG = lines(
  'catalog: { id: local, title: Local, version: "1", period: { start: 2019/20, end: 2023/24 } }',
  'areas: [{ id: local-area, title: Local area }]',
  'commitments:',
  '  - id: local-screening',
  '    area: local-area',
  '    kind: transformation',
  '    title: Screening uptake',
  '    summary: s',
  '    guidance: g',
  '    source: { title: t }',
  '    target: { measure: people screened, value: "92%", scale: rate, direction: increase, by: 2023/24 }',
);

interface Case {
  readonly name: string;
  readonly files: Record<string, string>;
  /** Rules compared with the markers (default: those the markers name). */
  readonly rules?: readonly string[];
  /** Further checks on the findings and the project. */
  readonly then?: (findings: readonly Finding[], project: ReturnType<typeof checkPlan>['project']) => void;
}

/** The values read for a trajectory, by year, from the first response of a file. */
function trajectoryOf(project: ReturnType<typeof checkPlan>['project'], path: string): Record<string, number> {
  const response = project.document(PLAN_ROOT + path)?.responses[0];
  return Object.fromEntries((response?.trajectory?.points ?? []).map((p) => [p.year.value, p.value.value.value]));
}

/** The preferred quick fix's edits for the one finding of a rule in a file. */
function preferredFix(project: ReturnType<typeof checkPlan>['project'], findings: readonly Finding[], path: string, message: string): { newText: string; uri: string }[] {
  const finding = findings.find((f) => f.uri === PLAN_ROOT + path && f.message.includes(message));
  assert.ok(finding, `no finding "${message}" in ${path}`);
  const preferred = language.codeActions(project, PLAN_ROOT + path, [finding]).filter((a) => a.isPreferred);
  assert.equal(preferred.length, 1, `one preferred fix for "${message}"`);
  return (preferred[0]?.edits ?? []).map((e) => ({ newText: e.newText, uri: e.uri.slice(PLAN_ROOT.length) }));
}

const cases: Case[] = [
  {
    name: 'financial years written 2019-20 and 2020/2021: one finding each with the corrected key, the values still read',
    files: {
      'plan.yaml': manifest(),
      'a.md': block(
        'commitment',
        'id: mh-liaison',
        'status: at-risk',
        'trajectory: { 2019-20: 50%, 2020/2021: 55%, 2021/22: 60%, 2022/23: 65%, 2023/24: 70% }',
        '              ^^^^^^^ schema: `2019-20` is the financial year 2019/20: write it `2019/20`',
        '                            ^^^^^^^^^ schema: `2020/2021` is the financial year 2020/21: write it `2020/21`',
      ),
    },
    rules: ['schema', 'trajectory-period'],
    then: (findings, project) => {
      assert.deepEqual(trajectoryOf(project, 'a.md'), { '2019/20': 50, '2020/21': 55, '2021/22': 60, '2022/23': 65, '2023/24': 70 });
      assert.deepEqual(preferredFix(project, findings, 'a.md', '`2019-20`'), [{ uri: 'a.md', newText: '2019/20' }]);
    },
  },
  {
    name: 'financial year keys in a YAML-only file and in block style',
    files: {
      'plan.yaml': manifest(),
      'data.yaml': lines(
        'responses:',
        '  - id: mh-liaison',
        '    status: at-risk',
        '    baseline: { year: 2018-19, value: 40% }',
        '                      ^^^^^^^ schema: `2018-19` is the financial year 2018/19',
        '    trajectory:',
        '      2019/2020: 50%',
        '      ^^^^^^^^^ schema: write it `2019/20`',
        '      2020/21: 55%',
        '      2021/22: 60%',
        '      2022/23: 65%',
        '      2023/24: 70%',
      ),
    },
    rules: ['schema', 'trajectory-period'],
    then: (_findings, project) => assert.equal(trajectoryOf(project, 'data.yaml')['2019/20'], 50),
  },
  {
    name: 'a year that is not the next one (2019/21) is still reported as not a financial year',
    files: {
      'plan.yaml': manifest(),
      'a.md': block(
        'commitment',
        'id: mh-liaison',
        'status: at-risk',
        'trajectory: { 2019/20: 50%, 2020/21: 55%, 2021/22: 60%, 2022/23: 65%, 2023/24: 70%, 2019/21: 1% }',
        '                                                                                    ^^^^^^^ trajectory-period: the second part must be the next year',
      ),
    },
    rules: ['schema', 'trajectory-period'],
  },
  {
    name: 'a figure with a thousands comma in a flow mapping: "write 1010, without the comma", read as 1010',
    files: {
      'plan.yaml': manifest(),
      'a.md': block(
        'commitment',
        'id: mh-liaison',
        'status: at-risk',
        'trajectory: { 2019/20: 1,010, 2020/21: 1,250,000, 2021/22: 60, 2022/23: 65, 2023/24: 70 }',
        '                       ^^^^^ schema: `1,010` is one figure: write 1010, without the comma',
        '                                       ^^^^^^^^^ schema: write 1250000, without the comma',
      ),
    },
    rules: ['schema', 'trajectory-period'],
    then: (findings, project) => {
      assert.deepEqual(trajectoryOf(project, 'a.md'), { '2019/20': 1010, '2020/21': 1250000, '2021/22': 60, '2022/23': 65, '2023/24': 70 });
      assert.deepEqual(preferredFix(project, findings, 'a.md', '`1,010`'), [{ uri: 'a.md', newText: '1010' }]);
    },
  },
  {
    name: 'a figure with a thousands comma in block style and in a YAML-only file',
    files: {
      'plan.yaml': manifest(),
      'data.yaml': lines(
        'finance:',
        '  income: { 2019/20: 1,400, 2020/21: 1450, 2021/22: 1500, 2022/23: 1550, 2023/24: 1600 }',
        '                     ^^^^^ schema: write 1400, without the comma',
        '  expenditure:',
        '    2019/20: 1,400',
        '             ^^^^^ schema: write 1400, without the comma',
        '    2020/21: 1450',
        '    2021/22: 1500',
        '    2022/23: 1550',
        '    2023/24: 1600',
        '  efficiency: { 2019/20: 1.5%, 2020/21: 1.5%, 2021/22: 1.5%, 2022/23: 1.5%, 2023/24: 1.5% }',
      ),
    },
    rules: ['schema', 'trajectory-period', 'finance-balance'],
  },
  {
    name: 'values by year written as a list: the message shows the mapping, the fix writes it, the values are read',
    files: {
      'plan.yaml': manifest(),
      'a.md': block(
        'commitment',
        'id: mh-liaison',
        'status: at-risk',
        'trajectory: [2019/20: 50%, 2020/21: 55%, 2021/22: 60%, 2022/23: 65%, 2023/24: 70%]',
        '            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ schema: `trajectory` is written as a list: values by year are a mapping, like `trajectory: { 2019/20: 50%, 2020/21: 55%, ... }`',
      ),
    },
    rules: ['schema', 'trajectory-period'],
    then: (findings, project) => {
      assert.equal(trajectoryOf(project, 'a.md')['2023/24'], 70);
      assert.deepEqual(preferredFix(project, findings, 'a.md', 'written as a list'), [{ uri: 'a.md', newText: '{ 2019/20: 50%, 2020/21: 55%, 2021/22: 60%, 2022/23: 65%, 2023/24: 70% }' }]);
    },
  },
  {
    name: 'a list of plain figures where values by year are expected: the message shows the right form',
    files: {
      'plan.yaml': manifest(),
      'data.yaml': lines(
        'responses:',
        '  - id: mh-liaison',
        '    status: at-risk',
        '    trajectory: [50%, 55%]',
        '                ^^^^^^^^^^ schema: `trajectory` is a list; values by year are a mapping, like `trajectory: { 2019/20: 120, 2020/21: 130, ... }`',
      ),
    },
    rules: ['schema'],
  },
  {
    name: 'a workforce block written as a list of staff groups is read as such, reported once, never as "no workforce data"',
    files: {
      'plan.yaml': manifest(),
      'a.md': block(
        'workforce',
        '- staff-group: registered nursing',
        '^ schema: the workforce block is a list of staff groups: put the list under `groups:` and name each with `group:` (not `staff-group:`)',
        '  demand: { 2019/20: 100, 2020/21: 110, 2021/22: 120, 2022/23: 130, 2023/24: 140 }',
        '  supply: { 2019/20: 90, 2020/21: 95, 2021/22: 100, 2022/23: 105, 2023/24: 110 }',
        '                                                                           ^^^ workforce-gap: registered nursing: supply of 110 WTE is below demand of 140',
      ),
    },
    rules: ['schema', 'workforce-gap'],
  },
  {
    name: 'a YAML-only workforce list of staff groups',
    files: {
      'plan.yaml': manifest(),
      'data.yaml': lines(
        'workforce:',
        '  - staff-group: registered nursing',
        '  ^ schema: the workforce block is a list of staff groups',
        '    demand: { 2019/20: 100, 2020/21: 110, 2021/22: 120, 2022/23: 130, 2023/24: 140 }',
        '    supply: { 2019/20: 90, 2020/21: 95, 2021/22: 100, 2022/23: 105, 2023/24: 140 }',
        '    actions: [recruit]',
      ),
    },
    rules: ['schema', 'workforce-gap'],
    then: (_findings, project) => assert.equal(project.document(`${PLAN_ROOT}data.yaml`)?.workforce[0]?.group?.value, 'registered nursing'),
  },
  {
    name: 'a workforce block that cannot be read is not also "no workforce data"',
    files: {
      'plan.yaml': manifest(),
      'a.md': block('workforce', 'groups: [ { group: nurses, demand: { 2019/20: 1 }'),
    },
    rules: ['workforce-gap'],
    then: (findings) => assert.ok(findings.some((f) => f.ruleId === 'yaml-syntax')),
  },
  {
    name: 'a misspelt key where one is required: the did-you-mean only, not also "missing"',
    files: {
      'plan.yaml': manifest(),
      'a.md': block('workforce', 'groups:', '  - staff-group: nurses', '    ^^^^^^^^^^^ schema: unknown key `staff-group` in `groups` item 1: did you mean `group`?'),
    },
    rules: ['schema'],
  },
  {
    name: 'a badly written organisation id: one finding at its definition, none at its uses, a preferred fix renaming all',
    files: {
      'plan.yaml': manifest().replace(
        '    - { id: test-cvs, name: Test Voluntary Action, type: vcse }',
        lines(
          '    - { id: test-cvs, name: Test Voluntary Action, type: vcse }',
          '    - { id: KV-Community, name: KV Community, type: community-provider }',
          '            ^^^^^^^^^^^^ schema: organisation id `KV-Community` is not written as an id (lower case with hyphens): call it `kv-community`, here and in its 3 uses',
        ),
      ),
      'a.md': block('commitment', 'id: mh-liaison', 'status: at-risk', 'lead: KV-Community', 'partners: [KV-Community, test-ccg, test-hosp]', '                                   ^^^^^^^^^ unknown-organisation: did you mean `test-hospital`'),
      'data.yaml': lines('milestones:', '  - { what: open the hub, by: 2020-03, owner: KV-Community }'),
    },
    rules: ['schema', 'unknown-organisation'],
    then: (findings, project) => {
      const edits = preferredFix(project, findings, 'plan.yaml', 'organisation id `KV-Community`');
      assert.deepEqual(edits.map((e) => e.uri).sort(), ['a.md', 'a.md', 'data.yaml', 'plan.yaml']);
      assert.ok(edits.every((e) => e.newText === 'kv-community'));
    },
  },
  {
    name: 'did-you-mean never suggests an id that is itself badly written',
    files: {
      'plan.yaml': manifest().replace('    - { id: test-cvs, name: Test Voluntary Action, type: vcse }', '    - { id: test-cvs, name: Test Voluntary Action, type: vcse }\n    - { id: Test_Hosp, name: Other, type: other }'),
      'a.md': block('commitment', 'id: mh-liaison', 'status: at-risk', 'lead: test-hosp', '      ^^^^^^^^^ unknown-organisation: did you mean `test-hospital`'),
    },
    rules: ['unknown-organisation'],
    then: (findings) => assert.ok(!findings.some((f) => f.ruleId === 'unknown-organisation' && f.message.includes('Test_Hosp'))),
  },
  {
    name: 'dates that do not exist, with the likely intended form',
    files: {
      'plan.yaml': lines(
        manifest().replace('  clinical-lead: Dr T. Test', lines('  as-at: 2019-13-45', '         ^^^^^^^^^^ schema: `as-at` is "2019-13-45", which is not a real date (there is no month 13): a date is written like 2019-07 or 2019-07-15', '  clinical-lead: Dr T. Test')),
        '  - { with: test-ccg, how: talks, when: 2019-20 }',
        '                                        ^^^^^^^ schema: `when` is "2019-20", which is not a real date (there is no month 20): did you mean 2019/20?',
        '  - { with: test-hospital, how: talks, when: 2019-02-30 }',
        '                                             ^^^^^^^^^^ schema: (February 2019 has 28 days)',
      ),
      'a.md': block('milestones', '- { what: open the hub, by: 2019-15-07 }', '                            ^^^^^^^^^^ schema: there is no month 15): did you mean 2019-07-15?', '- { what: recruit, by: 2019-07 }', '- { what: review, by: 2020-02-29 }'),
    },
    rules: ['schema'],
  },
  {
    name: 'as-at written as a financial year: a date is needed there',
    files: {
      'plan.yaml': manifest().replace(
        '  clinical-lead: Dr T. Test',
        lines(
          '  as-at: 2019-20',
          '         ^^^^^^^ schema: `as-at` is "2019-20", which is not a real date (there is no month 20; 2019-20 looks like the financial year 2019/20, but a date is needed here): a date is written like 2019-07 or 2019-07-15',
          '  clinical-lead: Dr T. Test',
        ),
      ),
    },
    rules: ['schema'],
  },
  {
    name: 'fractions against a percentage target: "0.85 = 85%?" once for the block, with a fix',
    files: {
      'plan.yaml': manifest('catalogs: [local.catalog.yaml]'),
      'local.catalog.yaml': LOCAL_CATALOG,
      'a.md': block(
        'commitment',
        'id: local-screening',
        'status: at-risk',
        'trajectory: { 2019/20: 0.85, 2020/21: 0.86, 2021/22: 0.9, 2022/23: 0.92, 2023/24: 0.93 }',
        '                                                                                  ^^^^ trajectory-target: 0.93 = 93%? The target is a percentage (92%)',
      ),
    },
    rules: ['trajectory-target'],
    then: (findings, project) => {
      const finding = findings.find((f) => f.ruleId === 'trajectory-target');
      assert.ok(finding);
      const action = language.codeActions(project, `${PLAN_ROOT}a.md`, [finding]).find((a) => a.title.startsWith('Write the fractions'));
      assert.deepEqual(action?.edits.map((e) => e.newText), ['85%', '86%', '90%', '92%', '93%']);
      assert.notEqual(action?.isPreferred, true);
    },
  },
  {
    name: 'plain numbers above 1 against a percentage target keep the unit message',
    files: {
      'plan.yaml': manifest('catalogs: [local.catalog.yaml]'),
      'local.catalog.yaml': LOCAL_CATALOG,
      'data.yaml': lines(
        'responses:',
        '  - id: local-screening',
        '    status: at-risk',
        '    trajectory: { 2019/20: 85, 2020/21: 86, 2021/22: 90, 2022/23: 92, 2023/24: 93 }',
        '                                                                               ^^ trajectory-target: the target is a percentage (92%) but 2023/24 gives a plain number (93)',
      ),
    },
    rules: ['trajectory-target'],
  },
];

describe('author mistakes: one cause, one finding, the fix in the message', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });
  for (const c of cases) {
    for (const eol of ['LF', 'CRLF'] as const) {
      it(`${c.name} (${eol})`, () => {
        const files = eol === 'LF' ? c.files : Object.fromEntries(Object.entries(c.files).map(([path, text]) => [path, crlf(text)]));
        const { findings, project } = checkPlan(files, c.rules ? { rules: c.rules } : {});
        c.then?.(findings, project);
      });
    }
  }
});
