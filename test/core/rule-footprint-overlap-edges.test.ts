import { lines, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

/**
 * Edges of footprint-overlap's name matching: punctuation around a name is
 * ignored, words run together are a different name, and a match by name
 * alone (under different ids) counts.
 */

const plan = (title: string, ...organisations: string[]): string =>
  lines('plan:', `  title: ${title}`, '  framework: ltp-2019', '  period: { start: 2019/20, end: 2023/24 }', 'footprint:', '  population: 600000', '  organisations:', ...organisations, '');

describe('footprint-overlap edges', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const cases: { name: string; files: Record<string, string> }[] = [
    {
      name: 'the same name under different ids, one in brackets: a finding on each side',
      files: {
        'north/plan.yaml': plan('North plan', '    - { id: north-trust, name: "(Shared Trust)", type: acute-provider }', '            ^^^^^^^^^^^ footprint-overlap: (Shared Trust) is also in the footprint of "South plan"'),
        'south/plan.yaml': plan('South plan', '    - { id: south-trust, name: Shared Trust, type: acute-provider }', '            ^^^^^^^^^^^ footprint-overlap: Shared Trust is also in the footprint of "North plan"'),
      },
    },
    {
      name: 'words run together are another name: quiet',
      files: {
        'north/plan.yaml': plan('North plan', '    - { id: north-trust, name: Northwood Trust, type: acute-provider }'),
        'south/plan.yaml': plan('South plan', '    - { id: south-trust, name: North Wood Trust, type: acute-provider }'),
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      checkPlan(c.files, { rules: ['footprint-overlap'] });
    });
  }
});
