import { crlf, lines, manifest, markPlan, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';



const inequalitiesBlock = (...rows: string[]): string => lines('# Fairer health', '', '```inequalities', 'goals:', ...rows, '```', '');

const COMPLETE_GOAL = [
  '  - id: healthy-life-gap',
  '    measure: Gap in healthy life expectancy (years)',
  '    baseline: { year: 2018/19, value: 16.0 }',
  '    target-5-year: { year: 2023/24, value: 14.5 }',
  '    target-10-year: { year: 2028/29, value: 12.5 }',
];

describe('inequalities-goals', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const cases: { name: string; files: Record<string, string> }[] = [
    {
      name: 'no inequalities goal anywhere: one finding at plan.yaml',
      files: {
        'plan.yaml': markPlan(manifest(), '^^^^ inequalities-goals: the plan sets no measurable inequalities goal: add an inequalities block'),
        'fair.md': lines('# Fairer health', '', 'We will narrow the gap in healthy life expectancy.', ''),
      },
    },
    {
      name: 'one complete goal: quiet',
      files: { 'plan.yaml': manifest(), 'fair.md': inequalitiesBlock(...COMPLETE_GOAL) },
    },
    {
      name: 'a goal lacking its 10-year target: at the measure, naming what is missing',
      files: {
        'plan.yaml': manifest(),
        'fair.md': inequalitiesBlock(
          '  - measure: Adults in routine and manual jobs who smoke',
          '             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ inequalities-goals: this inequalities goal (Adults in routine and manual jobs who smoke) is not measurable yet: it lacks a 10-year target',
          '    baseline: { year: 2018/19, value: 25% }',
          '    target-5-year: { year: 2023/24, value: 19% }',
        ),
      },
    },
    {
      name: 'a 10-year target with a year but no value is still missing',
      files: {
        'plan.yaml': manifest(),
        'fair.md': inequalitiesBlock(
          '  - measure: Smokers',
          '             ^^^^^^^ inequalities-goals: it lacks a 10-year target',
          '    baseline: { year: 2018/19, value: 25% }',
          '    target-5-year: { year: 2023/24, value: 19% }',
          '    target-10-year: { year: 2028/29 }',
        ),
      },
    },
    {
      name: 'several incomplete goals and no complete one: a finding for each, listing every missing part',
      files: {
        'plan.yaml': manifest(),
        'fair.md': inequalitiesBlock(
          '  - measure: Smokers',
          '             ^^^^^^^ inequalities-goals: it lacks a baseline value, a 5-year target, a 10-year target',
          '  - measure: Early cancer diagnosis gap',
          '             ^^^^^^^^^^^^^^^^^^^^^^^^^^ inequalities-goals: it lacks a 5-year target',
          '    baseline: { year: 2018/19, value: 7 }',
          '    target-10-year: { year: 2028/29, value: 0 }',
        ),
      },
    },
    {
      name: 'a complete goal makes the plan measurable even beside incomplete ones',
      files: {
        'plan.yaml': manifest(),
        'fair.md': inequalitiesBlock('  - measure: Smokers', ...COMPLETE_GOAL),
      },
    },
    {
      name: 'a target of zero is a value',
      files: {
        'plan.yaml': manifest(),
        'fair.md': inequalitiesBlock('  - measure: Early cancer diagnosis gap (percentage points)', '    baseline: { year: 2018/19, value: 7 }', '    target-5-year: { year: 2023/24, value: 3 }', '    target-10-year: { year: 2028/29, value: 0 }'),
      },
    },
    {
      name: 'the same in a YAML-only file: incomplete',
      files: {
        'plan.yaml': manifest(),
        'data/fair.yaml': lines(
          'inequalities:',
          '  goals:',
          '    - measure: Smokers in routine and manual jobs',
          '               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ inequalities-goals: (Smokers in routine and manual jobs) is not measurable yet: it lacks a 10-year target',
          '      baseline: { year: 2018/19, value: 25% }',
          '      target-5-year: { year: 2023/24, value: 19% }',
          '',
        ),
      },
    },
    {
      name: 'the same in a YAML-only file: complete, and it counts for the whole plan',
      files: {
        'plan.yaml': manifest(),
        'data/fair.yaml': lines('inequalities:', '  goals:', ...COMPLETE_GOAL.map((row) => `  ${row}`), ''),
        'fair.md': inequalitiesBlock('  - measure: Smokers'),
      },
    },
    {
      name: 'CRLF line endings, in a chapter and in a YAML-only file',
      files: {
        'plan.yaml': crlf(manifest()),
        'fair.md': crlf(inequalitiesBlock('  - measure: Smokers', '             ^^^^^^^ inequalities-goals: it lacks a baseline value, a 5-year target, a 10-year target')),
        'data/fair.yaml': crlf(lines('inequalities:', '  goals:', '    - measure: Obesity in children', '               ^^^^^^^^^^^^^^^^^^^ inequalities-goals: it lacks a 10-year target', '      baseline: { year: 2018/19, value: 22% }', '      target-5-year: { year: 2023/24, value: 20% }', '')),
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      checkPlan(c.files, { rules: ['inequalities-goals'] });
    });
  }
});
