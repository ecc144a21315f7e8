import * as assert from 'node:assert/strict';
import type { MeasuredPoint, OrganisationType } from '../../core/src/index';
import { APPLIES_TO, CHANGE_BASES, DURATION_UNITS, organisationsUnder, readMilestone, TARGET_SCALES, TARGET_TIMINGS } from '../../core/src/index';
import { readSchemaFiles } from '../../host/src/index';

/** Where a milestone is read on a plan's line (core/src/targets/milestones.ts), and the target model's words as the catalog schema spells them (model.ts). */

const range = (line: number) => ({ start: { line, character: 2 }, end: { line, character: 9 } });
const line = (values: Record<string, number>): MeasuredPoint[] => Object.entries(values).map(([year, value], i) => ({ year, value, range: range(i) }));
const PLAN = { planStart: '2019/20', planEnd: '2023/24' };

describe('target model: reading milestones and the catalog vocabulary', () => {
  const five = line({ '2019/20': 60, '2020/21': 62, '2021/22': 58, '2022/23': 66, '2023/24': 70 });
  const outside = line({ '2018/19': 10, '2019/20': 60, '2020/21': 62, '2021/22': 58, '2023/24': 70, '2024/25': 5 });
  const cases: { name: string; points: MeasuredPoint[]; by: string; years?: { planStart?: string; planEnd?: string }; standing?: boolean; direction?: 'increase' | 'decrease'; reading: { year: string; value: number; projection: boolean; from?: string; line: number } | undefined }[] = [
    { name: 'a year within the plan', points: five, by: '2021/22', reading: { year: '2021/22', value: 58, projection: false, line: 2 } },
    { name: 'the plan\'s last year', points: five, by: '2023/24', reading: { year: '2023/24', value: 70, projection: false, line: 4 } },
    { name: 'a year before the plan: its first year', points: outside, by: '2017/18', reading: { year: '2019/20', value: 60, projection: false, line: 1 } },
    { name: 'a year the line leaves out', points: outside, by: '2022/23', reading: undefined },
    { name: 'a year that is not one', points: five, by: '2021', reading: undefined },
    { name: 'after the plan: the last two years\' trend carried on', points: five, by: '2025/26', reading: { year: '2025/26', value: 78, projection: true, from: '2023/24', line: 4 } },
    { name: 'after the plan, with a gap before the last year: the trend per year', points: outside, by: '2025/26', reading: { year: '2025/26', value: 82, projection: true, from: '2023/24', line: 4 } },
    { name: 'after the plan with one year given: that value held', points: line({ '2022/23': 40 }), by: '2026/27', reading: { year: '2026/27', value: 40, projection: true, from: '2022/23', line: 0 } },
    { name: 'after the plan with no year in it', points: line({ '2024/25': 40 }), by: '2026/27', reading: undefined },
    { name: 'a standing standard rising: the lowest year from then on', points: outside, by: '2020/21', standing: true, reading: { year: '2021/22', value: 58, projection: false, line: 3 } },
    { name: 'a standing standard falling: the highest year from then on', points: five, by: '2019/20', standing: true, direction: 'decrease', reading: { year: '2023/24', value: 70, projection: false, line: 4 } },
    { name: 'a standing standard due before the plan: from its first year, years outside it left out', points: outside, by: '2015/16', standing: true, reading: { year: '2021/22', value: 58, projection: false, line: 3 } },
    { name: 'a standing standard equal in two years: the first', points: line({ '2019/20': 50, '2020/21': 50 }), by: '2019/20', standing: true, reading: { year: '2019/20', value: 50, projection: false, line: 0 } },
    { name: 'a standing standard with no year from then on', points: line({ '2019/20': 50 }), by: '2021/22', standing: true, reading: undefined },
    { name: 'no plan period: any year of the line', points: line({ '2016/17': 3, '2030/31': 9 }), by: '2030/31', years: {}, reading: { year: '2030/31', value: 9, projection: false, line: 1 } },
    { name: 'no plan period, a standing standard over every later year', points: line({ '2016/17': 3, '2030/31': 9 }), by: '2010/11', years: {}, standing: true, reading: { year: '2016/17', value: 3, projection: false, line: 0 } },
  ];
  for (const c of cases) {
    it(`reads ${c.name}`, () => {
      const reading = readMilestone(c.points, c.by, c.years ?? PLAN, { standing: c.standing ?? false, direction: c.direction ?? 'increase' });
      if (!c.reading) return assert.equal(reading, undefined);
      const { line: at, ...expected } = c.reading;
      assert.deepEqual(reading, { ...expected, range: range(at) });
    });
  }

  /** The first `properties[name]` anywhere in a schema. */
  function property(schema: unknown, name: string): { enum?: string[] } | undefined {
    if (typeof schema !== 'object' || schema === null) return undefined;
    const props = (schema as { properties?: Record<string, { enum?: string[] }> }).properties;
    if (props?.[name]?.enum) return props[name];
    for (const value of Object.values(schema)) {
      const found = property(value, name);
      if (found) return found;
    }
    return undefined;
  }

  it('knows the scales, units, timings, change bases and organisation rules the catalog schema allows, in its order', () => {
    const schema = readSchemaFiles()['catalog.schema.json'];
    assert.deepEqual(TARGET_SCALES, property(schema, 'scale')?.enum);
    assert.deepEqual(DURATION_UNITS, property(schema, 'unit')?.enum);
    assert.deepEqual(TARGET_TIMINGS, property(schema, 'timing')?.enum);
    assert.deepEqual(CHANGE_BASES, property(schema, 'change')?.enum);
    assert.deepEqual(Object.keys(APPLIES_TO), property(schema, 'applies-to')?.enum);
  });

  const footprint = new Map<string, OrganisationType | undefined>([
    ['acute', 'acute-provider'],
    ['community', 'community-provider'],
    ['mental', 'mental-health-provider'],
    ['ambulance', 'ambulance-provider'],
    ['pcn', 'primary-care-network'],
    ['council', 'local-authority'],
    ['ccg', 'ccg'],
    ['hospice', 'hospice'],
    ['untyped', undefined],
  ]);
  const under: [string, string[]][] = [
    ['each-provider', ['acute', 'community', 'mental', 'ambulance']],
    ['each-acute-provider', ['acute']],
    ['each-community-provider', ['community']],
    ['each-mental-health-provider', ['mental']],
    ['each-ambulance-provider', ['ambulance']],
    ['each-primary-care-network', ['pcn']],
    ['each-local-authority', ['council']],
    ['each-hospice', []],
  ];
  for (const [appliesTo, ids] of under) {
    it(`applies ${appliesTo} to ${ids.join(', ') || 'nobody'}`, () => assert.deepEqual(organisationsUnder({ appliesTo }, footprint), ids));
  }
});
