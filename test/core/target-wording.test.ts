import * as assert from 'node:assert/strict';
import type { CatalogTarget, TargetMilestone } from '../../core/src/index';
import { describeRequired, describeStep, describeUnitGap, describeValue, directionWords, targetValuesText, timingWords, unitName } from '../../core/src/index';

/** The target model's words (core/src/targets/wording.ts): every figure, step, gap and timing as a person reads it, scale by scale. */

type Scaled = Pick<CatalogTarget, 'scale' | 'unit' | 'baseYear' | 'direction' | 'change'>;
const rate: Scaled = { scale: 'rate', direction: 'increase' };
const minutes: Scaled = { scale: 'duration', unit: 'minutes', direction: 'decrease' };
const weeks: Scaled = { scale: 'duration', unit: 'weeks', direction: 'decrease' };
const noUnit: Scaled = { scale: 'duration', direction: 'decrease' };
const index: Scaled = { scale: 'index', baseYear: '2019/20', direction: 'increase' };
const noBase: Scaled = { scale: 'index', direction: 'increase' };
const change: Scaled = { scale: 'change', change: 'per-year', direction: 'decrease' };
const count: Scaled = { scale: 'count', direction: 'increase' };
const fewer: Scaled = { scale: 'count', direction: 'decrease' };

describe('target model: wording', () => {
  const values: [string, Scaled, number, string, string, string][] = [
    // scale, value → describeValue, describeRequired, describeStep
    ['rate', rate, 82.5, '82.5%', '82.5%', '82.5 points'],
    ['rate, one point', rate, 1, '1%', '1%', '1 point'],
    ['duration in minutes', minutes, 27, '27 minutes', '27', '27 minutes'],
    ['duration, one minute', minutes, 1, '1 minute', '1', '1 minute'],
    ['duration in weeks', weeks, 18, '18 weeks', '18', '18 weeks'],
    ['duration, one week', weeks, 1, '1 week', '1', '1 week'],
    ['duration without a unit (minutes)', noUnit, 2, '2 minutes', '2', '2 minutes'],
    ['index', index, 112, '112% of 2019/20', '112%', '112 points'],
    ['index without a base year', noBase, 95, '95% of the base year', '95%', '95 points'],
    ['change, a rise', change, 3, '+3%', '+3%', '3 points'],
    ['change, a fall', change, -22, '-22%', '-22%', '-22 points'],
    ['change, none', change, 0, '0%', '0%', '0 points'],
    ['count', count, 3100, '3,100', '3,100', '3,100'],
  ];
  for (const [name, target, value, described, required, step] of values) {
    it(`writes a value, a requirement and a step of a ${name}`, () => {
      assert.equal(describeValue(target, value), described);
      assert.equal(describeRequired(target, value), required);
      assert.equal(describeStep(target, value), step);
    });
  }

  const gaps: [string, Scaled, number, number, string][] = [
    ['a rate reached exactly', rate, 60, 60, 'met'],
    ['a rate above', rate, 61, 60, 'met'],
    ['a rate short', rate, 57.5, 60, '2.5 points short'],
    ['a rate one point short', rate, 59, 60, '1 point short'],
    ['a duration under', minutes, 17, 18, 'met'],
    ['a duration reached exactly', minutes, 18, 18, 'met'],
    ['a duration over', minutes, 20, 18, '2 minutes over'],
    ['a duration one minute over', minutes, 19, 18, '1 minute over'],
    ['a duration one week over', weeks, 19, 18, '1 week over'],
    ['a count short', count, 1800, 3000, '1,200 short'],
    ['a count to reduce, over', fewer, 3100, 3000, '100 over'],
    ['an index short', index, 108, 110, '2 points short'],
    ['a change over', change, 1, -2, '3 points over'],
  ];
  for (const [name, target, actual, required, words] of gaps) {
    it(`writes the gap of ${name}: "${words}"`, () => assert.equal(describeUnitGap(target, actual, required), words));
  }

  it('says which way is better', () => {
    assert.equal(directionWords({ direction: 'decrease' }), '(lower is better)');
    assert.equal(directionWords({ direction: 'increase' }), '(higher is better)');
  });

  const units: [Scaled, string][] = [
    [minutes, 'in minutes'],
    [weeks, 'in weeks'],
    [noUnit, 'in its unit'],
    [rate, 'as a percentage'],
    [index, 'as a percentage of 2019/20'],
    [noBase, 'as a percentage of the base year'],
    [change, 'as levels (plain numbers) or as changes (percentages), not both'],
    [count, 'as a number'],
  ];
  for (const [target, words] of units) {
    it(`names how a ${target.scale} is measured: "${words}"`, () => assert.equal(unitName(target), words));
  }

  const timings: [TargetMilestone['timing'], string, string][] = [
    ['month', '2026/27', 'in March 2027'],
    ['month', '1999/00', 'in March 2000'],
    ['month', '2026-27', 'in the last month of 2026-27'],
    ['year-average', '2028/29', 'as the average for 2028/29'],
    ['year-end', '2026/27', 'by the end of 2026/27'],
  ];
  for (const [timing, year, words] of timings) {
    it(`times ${timing} of ${year}: "${words}"`, () => assert.equal(timingWords(timing, year), words));
  }

  const m = (value: number, by: string, more: Partial<TargetMilestone> = {}): TargetMilestone => ({ value: { kind: 'number', value }, by, timing: 'year-end', confirmed: true, ...more });
  const lines: [string, Pick<CatalogTarget, 'scale' | 'unit' | 'baseYear' | 'direction' | 'change' | 'milestones'>, string][] = [
    ['durations, one in March', { ...minutes, milestones: [m(25, '2026/27'), m(18, '2028/29', { timing: 'month' })] }, '≤ 25 minutes by 2026/27; ≤ 18 minutes in March of 2028/29'],
    ['a duration without a unit', { ...noUnit, milestones: [m(4, '2023/24')] }, '≤ 4 by 2023/24'],
    ['a rate on average, unconfirmed', { ...rate, milestones: [m(65, '2025/26', { timing: 'year-average', confirmed: false })] }, '≥ 65% on average in 2025/26 (unconfirmed)'],
    ['an index', { ...index, milestones: [m(110, '2023/24')] }, '≥ 110% of 2019/20 by 2023/24'],
    ['an index without a base year', { ...noBase, milestones: [m(110, '2023/24')] }, '≥ 110% of the base year by 2023/24'],
    ['a change a year', { ...change, milestones: [m(-2, '2023/24')] }, '≤ -2% a year by 2023/24'],
    ['a change on the baseline', { ...change, change: 'against-baseline', milestones: [m(5, '2023/24')] }, '≤ +5% on the baseline by 2023/24'],
    ['a count', { ...count, milestones: [m(1200, '2023/24')] }, '≥ 1,200 by 2023/24'],
  ];
  for (const [name, target, text] of lines) {
    it(`writes the dated values of ${name}`, () => assert.equal(targetValuesText(target), text));
  }
});
