import * as assert from 'node:assert/strict';
import { crlf, lines, PLAN_ROOT, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';


/** A plan.yaml titled `title` whose organisations are the given lines (markers allowed among them). */
const plan = (title: string, ...organisations: string[]): string =>
  lines('plan:', `  title: ${title}`, '  framework: ltp-2019', '  period: { start: 2019/20, end: 2023/24 }', 'footprint:', '  population: 600000', '  organisations:', ...organisations, '');

describe('footprint-overlap', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const cases: { name: string; files: Record<string, string> }[] = [
    {
      name: 'one organisation id in two plan roots: a finding on each side',
      files: {
        'north/plan.yaml': plan(
          'North plan',
          '    - { id: north-ccg, name: NHS North CCG, type: ccg }',
          '    - { id: shared-trust, name: Shared Hospitals NHS Trust, type: acute-provider }',
          '            ^^^^^^^^^^^^ footprint-overlap: Shared Hospitals NHS Trust is also in the footprint of "South plan": agree which plan carries its commitments',
        ),
        'south/plan.yaml': plan(
          'South plan',
          '    - { id: shared-trust, name: Shared Hospitals NHS Trust, type: acute-provider }',
          '            ^^^^^^^^^^^^ footprint-overlap: Shared Hospitals NHS Trust is also in the footprint of "North plan"',
          '    - { id: south-ccg, name: NHS South CCG, type: ccg }',
        ),
      },
    },
    {
      name: 'the same name under different ids (ignoring case, spaces and punctuation)',
      files: {
        'north/plan.yaml': plan(
          'North plan',
          "    - { id: st-aldhelms, name: \"St Aldhelm's Hospice\", type: hospice }",
          '            ^^^^^^^^^^^ footprint-overlap: is also in the footprint of "South plan"',
        ),
        'south/plan.yaml': plan(
          'South plan',
          "    - { id: aldhelm-hospice, name: \"ST ALDHELM'S  hospice\", type: hospice }",
          '            ^^^^^^^^^^^^^^^ footprint-overlap: is also in the footprint of "North plan"',
        ),
      },
    },
    {
      name: 'disjoint footprints: quiet',
      files: {
        'north/plan.yaml': plan('North plan', '    - { id: north-ccg, name: NHS North CCG, type: ccg }', '    - { id: north-trust, name: North Hospitals NHS Trust, type: acute-provider }'),
        'south/plan.yaml': plan('South plan', '    - { id: south-ccg, name: NHS South CCG, type: ccg }', '    - { id: south-trust, name: South Hospitals NHS Trust, type: acute-provider }'),
      },
    },
    {
      name: 'a single plan root: quiet',
      files: {
        'plan.yaml': plan('Only plan', '    - { id: north-ccg, name: NHS North CCG, type: ccg }', '    - { id: north-trust, name: North Hospitals NHS Trust, type: acute-provider }'),
      },
    },
    {
      name: 'three plans sharing one trust: each names the other two',
      files: {
        'a/plan.yaml': plan(
          'Plan A',
          '    - { id: shared-trust, name: Shared Trust, type: acute-provider }',
          '            ^^^^^^^^^^^^ footprint-overlap: "Plan B"',
          '            ^^^^^^^^^^^^ footprint-overlap: "Plan C"',
        ),
        'b/plan.yaml': plan(
          'Plan B',
          '    - { id: shared-trust, name: Shared Trust, type: acute-provider }',
          '            ^^^^^^^^^^^^ footprint-overlap: "Plan A"',
          '            ^^^^^^^^^^^^ footprint-overlap: "Plan C"',
        ),
        'c/plan.yaml': plan(
          'Plan C',
          '    - { id: shared-trust, name: Shared Trust, type: acute-provider }',
          '            ^^^^^^^^^^^^ footprint-overlap: "Plan A"',
          '            ^^^^^^^^^^^^ footprint-overlap: "Plan B"',
        ),
      },
    },
    {
      name: 'a system plan and a place plan inside it',
      files: {
        'plan.yaml': plan(
          'System plan',
          '    - { id: system-ccg, name: NHS System CCG, type: ccg }',
          '            ^^^^^^^^^^ footprint-overlap: NHS System CCG is also in the footprint of "Place plan"',
          '    - { id: east-council, name: East Council, type: local-authority }',
        ),
        'place/plan.yaml': plan('Place plan', '    - { id: system-ccg, name: NHS System CCG, type: ccg }', '            ^^^^^^^^^^ footprint-overlap: NHS System CCG is also in the footprint of "System plan"'),
      },
    },
    {
      name: 'CRLF line endings',
      files: {
        'north/plan.yaml': crlf(plan('North plan', '    - { id: shared-trust, name: Shared Trust, type: acute-provider }', '            ^^^^^^^^^^^^ footprint-overlap: "South plan"')),
        'south/plan.yaml': crlf(plan('South plan', '    - { id: shared-trust, name: Shared Trust, type: acute-provider }', '            ^^^^^^^^^^^^ footprint-overlap: "North plan"')),
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      checkPlan(c.files, { rules: ['footprint-overlap'] });
    });
  }

  it('is information, with a related location at the organisation in the other plan', () => {
    const { findings } = checkPlan(
      {
        'north/plan.yaml': plan('North plan', '    - { id: north-ccg, name: NHS North CCG, type: ccg }', '    - { id: shared-trust, name: Shared Trust, type: acute-provider }', '            ^^^^^^^^^^^^ footprint-overlap'),
        'south/plan.yaml': plan('South plan', '    - { id: shared-trust, name: Shared Trust, type: acute-provider }', '            ^^^^^^^^^^^^ footprint-overlap'),
      },
      { rules: ['footprint-overlap'] },
    );
    const own = findings.filter((f) => f.ruleId === 'footprint-overlap');
    assert.deepEqual(
      own.map((f) => f.severity),
      ['information', 'information'],
    );
    const north = own.find((f) => f.uri === `${PLAN_ROOT}north/plan.yaml`);
    assert.deepEqual(north?.related, [
      { uri: `${PLAN_ROOT}south/plan.yaml`, range: { start: { line: 7, character: 12 }, end: { line: 7, character: 24 } }, message: 'in "South plan"' },
    ]);
    const south = own.find((f) => f.uri === `${PLAN_ROOT}south/plan.yaml`);
    assert.deepEqual(south?.related, [
      { uri: `${PLAN_ROOT}north/plan.yaml`, range: { start: { line: 8, character: 12 }, end: { line: 8, character: 24 } }, message: 'in "North plan"' },
    ]);
  });
});
