import * as assert from 'node:assert/strict';
import { lines, manifest, projectOf, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

/** Phrases of ajv's own error messages, which a plan author should never see. */
const RAW_AJV = [/must have required property/, /must match pattern/, /must NOT have/, /must be equal to one of the allowed values/, /must match a schema in anyOf/, /must be (object|array|string|number)\b/, /property name must be valid/, /must pass "/];

function assertReadable(messages: readonly string[]): void {
  for (const message of messages) {
    for (const raw of RAW_AJV) assert.doesNotMatch(message, raw, `raw validator text in: ${message}`);
    assert.doesNotMatch(message, /\^\[|\$\//, `a regular expression in: ${message}`);
  }
}

const block = (type: string, ...body: string[]) => lines(`\`\`\`${type}`, ...body, '```', '');

describe('schema', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const cases: { name: string; files: Record<string, string> }[] = [
    // commitment blocks
    {
      name: 'commitment: missing status',
      files: { 'plan.yaml': manifest(), 'a.md': block('commitment', 'id: mh-liaison').replace('```commitment', '```commitment\n   ^^^^^^^^^^ schema: the commitment block is missing `status`') },
    },
    {
      name: 'commitment: not-applicable without a reason',
      files: { 'plan.yaml': manifest(), 'a.md': lines('```commitment', '   ^^^^^^^^^^ schema: missing `reason`', 'id: ics-by-2021', 'status: not-applicable', '```') },
    },
    {
      name: 'commitment: not-applicable with a reason is fine',
      files: { 'plan.yaml': manifest(), 'a.md': block('commitment', 'id: ics-by-2021', 'status: not-applicable', 'reason: The system became an ICS in April 2018.') },
    },
    {
      name: 'commitment: an unknown key, with did-you-mean',
      files: { 'plan.yaml': manifest(), 'a.md': block('commitment', 'id: mh-liaison', 'status: on-track', 'trajectroy: { 2019/20: 50% }', '^^^^^^^^^^ schema: unknown key `trajectroy` in the commitment block: did you mean `trajectory`?') },
    },
    {
      name: 'commitment: a year key that is not a financial year',
      files: { 'plan.yaml': manifest(), 'a.md': block('commitment', 'id: mh-liaison', 'status: on-track', 'trajectory: { 2020: 50%, 2020/21: 60% }', '              ^^^^ schema: `2020` is not a valid key in `trajectory`: a financial year is written like 2019/20') },
    },
    {
      name: 'commitment: a figure written with a thousands separator',
      files: { 'plan.yaml': manifest(), 'a.md': block('commitment', 'id: mh-talking-therapies', 'status: on-track', 'trajectory: { 2019/20: "1,400" }', '                       ^^^^^^^ schema: `1,400` is one figure: write 1400, without the comma') },
    },
    {
      name: 'commitment: a status that is not one of the five',
      files: { 'plan.yaml': manifest(), 'a.md': block('commitment', 'id: mh-liaison', 'status: ontrack', '        ^^^^^^^ schema: `status` is "ontrack"; it must be `on-track`, `at-risk`, `off-track`, `not-started` or `not-applicable`') },
    },
    {
      name: 'commitment: wrong types',
      files: {
        'plan.yaml': manifest(),
        'a.md': block(
          'commitment',
          'id: mh-liaison',
          'status: on-track',
          'partners: test-mh',
          '          ^^^^^^^ schema: `partners` is "test-mh"; it must be a list',
          'summary: [one, two]',
          '         ^^^^^^^^^^ schema: `summary` is a list; it must be text',
          'trajectory: [1, 2]',
          '            ^^^^^^ schema: `trajectory` is a list; values by year are a mapping, like `trajectory: { 2019/20: 120, 2020/21: 130, ... }`',
          'baseline: { year: 2018-19, value: 5 }',
          '                  ^^^^^^^ schema: `2018-19` is the financial year 2018/19: write it `2018/19`',
        ),
      },
    },
    {
      name: 'commitment: an id that is not written as an id',
      files: { 'plan.yaml': manifest(), 'a.md': block('commitment', 'id: MH_Liaison', '    ^^^^^^^^^^ schema: an id is written in lower case with hyphens', 'status: on-track') },
    },
    {
      name: 'a misspelt block type, with did-you-mean; other fenced blocks are ignored',
      files: { 'plan.yaml': manifest(), 'a.md': lines('```comitment', '   ^^^^^^^^^ schema: did you mean `commitment`', 'id: mh-liaison', '```', '', '```js', 'const x = {', '```', '') },
    },
    {
      name: 'an empty block',
      files: { 'plan.yaml': manifest(), 'a.md': lines('```finance', '   ^^^^^^^ schema: the finance block is empty', '```', '') },
    },
    // finance
    {
      name: 'finance: unknown key with did-you-mean, bad unit, value with a comma, wrong type',
      files: {
        'plan.yaml': manifest(),
        'a.md': block(
          'finance',
          'unit: GBP',
          '      ^^^ schema: `unit` is "GBP"; it must be `£m`, `£k` or `£`',
          'income: { 2019/20: "1,400" }',
          '                   ^^^^^^^ schema: `1,400` is one figure: write 1400, without the comma',
          'expenditure: [1400]',
          '             ^^^^^^ schema: `expenditure` is a list',
          'efficency: { 2019/20: 1.1% }',
          '^^^^^^^^^ schema: did you mean `efficiency`?',
        ),
      },
    },
    // workforce
    {
      name: 'workforce: groups misspelt: one finding, the did-you-mean, not also "missing `groups`"',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('```workforce', 'group: Nurses', '^^^^^ schema: did you mean `groups`?', '```'),
      },
    },
    {
      name: 'workforce: a negative WTE, an unknown key and a group without a name',
      files: {
        'plan.yaml': manifest(),
        'a.md': block(
          'workforce',
          'groups:',
          '  - group: Registered nurses',
          '    baseline: { year: 2018/19, wte: -5 }',
          '                                    ^^ schema: `wte` is -5; it must be at least 0',
          '    suply: { 2019/20: 9 }',
          '    ^^^^^ schema: unknown key `suply` in `groups` item 1: did you mean `supply`?',
          '  - demand: { 2019/20: 10 }',
          '    ^^^^^^^^^^^^^^^^^^^^^^^ schema: `groups` item 2 is missing `group` (staff group, e.g. registered nurses)',
        ),
      },
    },
    // inequalities
    {
      name: 'inequalities: a target without a value, a misspelt key',
      files: {
        'plan.yaml': manifest(),
        'a.md': block(
          'inequalities',
          'goals:',
          '  - measure: Gap in healthy life expectancy',
          '    target-5-year: { year: 2024/25 }',
          '                   ^^^^^^^^^^^^^^^^^ schema: `target-5-year` is missing `value`',
          '    target-10-yr: { year: 2029/30, value: 1 }',
          '    ^^^^^^^^^^^^ schema: did you mean `target-10-year`',
        ),
      },
    },
    // assumptions
    {
      name: 'assumptions: an id that is not an id, a value that is not a figure, a series that is not a mapping',
      files: {
        'plan.yaml': manifest(),
        'a.md': block(
          'assumptions',
          'Emergency_Growth: { 2019/20: 1% }',
          '^^^^^^^^^^^^^^^^ schema: `Emergency_Growth` is not a valid key in the assumptions block: ids are written in lower case with hyphens',
          'bed-days-change: { 2019/20: 3 percent }',
          '                            ^^^^^^^^^ schema: `2019/20` is "3 percent"; expected a number, or a percentage written like 75%',
          'length-of-stay-change: -2%',
          '                       ^^^ schema: `length-of-stay-change` is "-2%"; it must be a mapping',
        ),
      },
    },
    // milestones
    {
      name: 'milestones: a date in words, an empty what, a misspelt key, an item that is not a mapping',
      files: {
        'plan.yaml': manifest(),
        'a.md': block(
          'milestones',
          '- { what: Open the hub, by: March 2021 }',
          '                            ^^^^^^^^^^ schema: `by` is "March 2021": a date is written like 2019-09 or 2019-09-27, or a financial year is written like 2019/20',
          '- { what: "", by: 2020/21, ower: test-mh }',
          '          ^^ schema: `what` must not be empty',
          '                           ^^^^ schema: unknown key `ower` in item 2: did you mean `owner`?',
          '- just text',
          '  ^^^^^^^^^ schema: item 3 is "just text"; it must be a mapping',
        ),
      },
    },
    // YAML-only files
    {
      name: 'a YAML-only file: unknown top-level key, and a response missing its status',
      files: {
        'plan.yaml': manifest(),
        'data/r.yaml': lines('respones:', '^^^^^^^^ schema: unknown key `respones` in this plan file: did you mean `responses`?', '  - id: mh-liaison', 'responses:', '  - id: mh-liaison', '    ^^^^^^^^^^^^^^ schema: `responses` item 1 is missing `status`', ''),
      },
    },
    // front matter
    {
      name: 'front matter: an unknown key, with did-you-mean',
      files: { 'plan.yaml': manifest(), 'a.md': lines('---', 'title: Mental health', 'leed: test-mh', '^^^^ schema: unknown key `leed` in the front matter: did you mean `lead`?', '---', '# Mental health') },
    },
    {
      name: 'front matter: a lead that is not an id',
      files: { 'plan.yaml': manifest(), 'a.md': lines('---', 'lead: Test MH Trust', '      ^^^^^^^^^^^^^ schema: an id is written in lower case with hyphens', '---', '# Mental health') },
    },
    // plan.yaml
    {
      name: 'plan.yaml: an unknown framework, with a suggestion',
      files: { 'plan.yaml': manifest('', { framework: 'ltp-2020' }).replace('framework: ltp-2020', 'framework: ltp-2020\n             ^^^^^^^^ schema: unknown framework `ltp-2020`: did you mean `ltp-2019`?') },
    },
    {
      name: 'plan.yaml: an unknown framework with nothing close lists the known ones',
      files: { 'plan.yaml': manifest('', { framework: 'nhs' }).replace('framework: nhs', 'framework: nhs\n             ^^^ schema: unknown framework `nhs`: use `ltp-2019`, `mtpf-2026`, `planning-2016` or `planning-2025`') },
    },
    {
      name: 'plan.yaml: an unknown rule id in `rules:`, and a severity that is not one',
      files: {
        'plan.yaml': manifest(lines('rules:', '  unknown-comitment: off', '  ^^^^^^^^^^^^^^^^^ schema: `unknown-comitment` is not a Planwright rule: did you mean `unknown-commitment`?', '  schema: loud', '          ^^^^ schema: `schema` is "loud"; it must be `error`, `warning`, `information`, `hint` or `off`')),
      },
    },
    {
      name: 'plan.yaml: the period ends before it starts',
      files: { 'plan.yaml': manifest('', { period: ['2023/24', '2019/20'] }).replace('end: 2019/20 }', 'end: 2019/20 }\n                                 ^^^^^^^ schema: the plan period ends (2019/20) before it starts (2023/24)') },
    },
    {
      name: 'plan.yaml: a period start that is not a financial year, and no end',
      files: {
        'plan.yaml': manifest()
          .replace('period: { start: 2019/20, end: 2023/24 }', 'period: { start: 2019/21 }')
          .replace(
            'period: { start: 2019/21 }',
            'period: { start: 2019/21 }\n          ^^^^^^^^^^^^^^^^^^ schema: `period` is missing `end`\n                   ^^^^^^^ schema: `period`: `2019/21` is not a financial year: the second part must be the next year, like 2019/20',
          ),
      },
    },
    {
      name: 'plan.yaml: a period end that is not a financial year',
      files: { 'plan.yaml': manifest('', { period: ['2019/20', '2023/25'] }).replace('end: 2023/25 }', 'end: 2023/25 }\n                                 ^^^^^^^ schema: `period`: `2023/25` is not a financial year: the second part must be the next year, like 2023/24') },
    },
    {
      name: 'plan.yaml: a year written with a hyphen',
      files: { 'plan.yaml': manifest('', { period: ['2019-20', '2023/24'] }).replace('end: 2023/24 }', 'end: 2023/24 }\n                   ^^^^^^^ schema: `2019-20` is the financial year 2019/20: write it `2019/20`') },
    },
    {
      name: 'plan.yaml: missing footprint',
      files: { 'plan.yaml': lines('plan:', '^^^^^ schema: plan.yaml is missing `footprint`', '  title: T', '  framework: ltp-2019', '  period: { start: 2019/20, end: 2023/24 }', '') },
    },
    {
      name: 'plan.yaml: an organisation with a bad type and a population that is not a number',
      files: {
        'plan.yaml': manifest()
          .replace('population: 1250000', 'population: lots\n              ^^^^ schema: `population` is "lots"; it must be a number')
          .replace('type: ccg }', 'type: clinical-commissioning-group }\n                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ schema: `type` is "clinical-commissioning-group"; it must be `ccg`'),
      },
    },
    {
      name: 'plan.yaml: an engagement date in words',
      files: { 'plan.yaml': manifest(lines('  - { with: patients, when: June 2019 }', '                            ^^^^^^^^^ schema: `when` is "June 2019": a date is written like 2019-09')) },
    },
    {
      name: 'plan.yaml: a local catalog that is not a .catalog.yaml file',
      files: { 'plan.yaml': manifest(lines('catalogs: [local.yaml]', '           ^^^^^^^^^^ schema: a local catalog file name ends in .catalog.yaml')) },
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const { findings } = checkPlan(c.files, { rules: ['schema'] });
      assertReadable(findings.filter((f) => f.ruleId === 'schema').map((f) => f.message));
    });
  }

  const emptyManifests: { name: string; text: string }[] = [
    { name: 'an empty plan.yaml', text: '' },
    { name: 'a plan.yaml with only a comment', text: '# to be written\n' },
    { name: 'a plan.yaml holding only whitespace lines', text: '\n\n   \n' },
  ];
  for (const c of emptyManifests) {
    it(`${c.name} gives one schema finding on the first line`, () => {
      const findings = projectOf({ 'plan.yaml': c.text, 'a.md': block('commitment', 'id: mh-liaison', 'status: on-track') })
        .analyzeAll()
        .flatMap((a) => a.findings);
      const schema = findings.filter((f) => f.ruleId === 'schema');
      assert.deepEqual(
        schema.map((f) => [f.uri.endsWith('plan.yaml'), f.range.start.line]),
        [[true, 0]],
      );
      assert.match(schema[0]?.message ?? '', /plan\.yaml is empty: it needs `plan:`/);
      assert.equal(findings.filter((f) => f.ruleId === 'unknown-commitment').length, 0);
      for (const f of findings) assert.doesNotMatch(f.message, /internal error/);
    });
  }

  it('a plan.yaml whose top level is a list says it must be a mapping', () => {
    const { findings } = checkPlan({ 'plan.yaml': lines('- plan', '^^^^^^ schema: plan.yaml is a list; it must be a mapping', '') }, { rules: ['schema'] });
    assertReadable(findings.map((f) => f.message));
  });

  it('unknown-key findings carry their suggestions for a quick fix', () => {
    const { findings } = checkPlan(
      { 'plan.yaml': manifest(), 'a.md': block('commitment', 'id: mh-liaison', 'status: on-track', 'parters: [test-mh]', '^^^^^^^ schema: did you mean `partners`?') },
      { rules: ['schema'] },
    );
    assert.deepEqual(findings.find((f) => f.ruleId === 'schema')?.data?.suggestions, ['partners']);
  });
});
