import * as assert from 'node:assert/strict';
import { lines, manifest, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

/**
 * Edges of trajectory-period: organisation lines, years whose value is not
 * a figure, empty series, a trajectory written out of year order, and plans
 * that run past (or wholly after) their framework.
 */

const commitment = (...rows: string[]): string => lines('```commitment', ...rows, '```', '');
const FULL = '{ 2019/20: 10, 2020/21: 10, 2021/22: 10, 2022/23: 10, 2023/24: 10 }';
const NO_LAST = '{ 2019/20: 10, 2020/21: 10, 2021/22: 10, 2022/23: 10 }';
const TO = ': give a value for every year from 2019/20 to 2023/24';

describe('trajectory-period edges', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const cases: { name: string; plan?: string; rows: string[]; expected: string[] }[] = [
    {
      name: 'an organisation line missing a year is named with its organisation',
      rows: ['id: mh-talking-therapies', 'status: at-risk', `trajectory: ${FULL}`, 'organisations:', '  test-ccg:', `    trajectory: ${NO_LAST}`],
      expected: [`\`test-ccg\` \`mh-talking-therapies\` trajectory has no value for 2023/24${TO}`],
    },
    {
      name: 'a year whose value is not a figure is not also "no value"',
      rows: ['id: mh-talking-therapies', 'status: at-risk', 'trajectory: { 2019/20: .nan, 2020/21: 10, 2021/22: 10, 2022/23: 10, 2023/24: 10 }'],
      expected: [],
    },
    {
      name: 'a year that is not a financial year, whose value is not a figure, does not count as a value',
      rows: ['id: mh-talking-therapies', 'status: at-risk', 'trajectory: { 2019/21: .nan }'],
      expected: [],
    },
    {
      name: 'an empty trajectory has no "no value" finding',
      rows: ['id: mh-talking-therapies', 'status: at-risk', 'trajectory: {}'],
      expected: [],
    },
    {
      name: 'a trajectory out of year order: the baseline is compared with its earliest year',
      rows: ['id: mh-liaison', 'status: at-risk', 'baseline: { year: 2020/21, value: 40% }', 'trajectory: { 2021/22: 60%, 2019/20: 50%, 2020/21: 55%, 2022/23: 65%, 2023/24: 70% }'],
      expected: ['the baseline year 2020/21 is not before the first trajectory year: a baseline is the starting point the trajectory improves on'],
    },
    {
      name: 'a plan running past its framework: the years after it may be left out',
      plan: manifest('', { framework: 'mtpf-2026', period: ['2026/27', '2030/31'] }),
      rows: ['id: ips-employment', 'status: at-risk', 'trajectory: { 2026/27: 10, 2027/28: 10, 2028/29: 10 }'],
      expected: [],
    },
    {
      name: 'a plan wholly after its framework: every plan year is asked for',
      plan: manifest('', { period: ['2030/31', '2034/35'] }),
      rows: ['id: mh-talking-therapies', 'status: at-risk', 'trajectory: { 2030/31: 10, 2031/32: 10, 2032/33: 10, 2033/34: 10 }'],
      expected: ['`mh-talking-therapies` trajectory has no value for 2034/35: give a value for every year from 2030/31 to 2034/35'],
    },
    {
      name: 'a response without an id is named as a commitment',
      rows: ['status: at-risk', `trajectory: ${NO_LAST}`],
      expected: [`\`commitment\` trajectory has no value for 2023/24${TO}`],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { findings } = checkPlan({ 'plan.yaml': c.plan ?? manifest(), 'a.md': commitment(...c.rows) }, { rules: [] });
      assert.deepEqual(findings.filter((f) => f.ruleId === 'trajectory-period').map((f) => f.message), c.expected);
    });
  }

  it('a workforce group without a name is named as a workforce group', () => {
    const workforce = lines('```workforce', 'groups:', '  - demand: { 2019/20: 10, 2020/21: 10, 2021/22: 10, 2022/23: 10, 2023/24: 10, 2030/31: 12 }', `    supply: ${FULL}`, '```', '');
    const { findings } = checkPlan({ 'plan.yaml': manifest(), 'a.md': workforce }, { rules: [] });
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'trajectory-period').map((f) => f.message),
      ['workforce group demand has a value for 2030/31, outside the plan period 2019/20 to 2023/24: remove it, or move it to the baseline'],
    );
  });
});
