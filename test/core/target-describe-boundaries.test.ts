import * as assert from 'node:assert/strict';
import type { Assessed, CatalogTarget } from '../../core/src/index';
import { describeShortfall, formatPoints } from '../../core/src/index';

/** Where "less than" starts in the shortfall words (core/src/targets/describe.ts): 0.05 points and 1% of a fair share. */

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

function assessed(kind: 'percent' | 'number', direction: CatalogTarget['direction'], actual: number, required: number, shortfall: number): Assessed {
  const target: CatalogTarget = { measure: 'm', value: { kind, value: required }, scale: kind === 'percent' ? 'rate' : 'count', direction, by: '2023/24', timing: 'year-end', milestones: [], confirmed: true, standing: false, inYear: false, ambition: false };
  return { kind: 'assessed', target, year: '2023/24', value: { value: { kind, value: actual }, range }, actual, required, meets: false, shortfall };
}

describe('target wording: where "less than" starts', () => {
  const points: [number, string][] = [
    [0, 'less than 0.1 points'],
    [0.0499, 'less than 0.1 points'],
    [0.05, '0.1 points'],
    [0.95, '1 point'],
    [1, '1 point'],
    [1.04, '1 point'],
    [2.44, '2.4 points'],
    [12.5, '12.5 points'],
  ];
  for (const [difference, words] of points) {
    it(`writes a difference of ${difference} as "${words}"`, () => assert.equal(formatPoints(difference), words));
  }

  const shortfalls: [string, Assessed, string][] = [
    ['a rate short', assessed('percent', 'increase', 57.5, 60, 0.04), '2.5 points short'],
    ['a rate above a ceiling', assessed('percent', 'decrease', 12, 10, 0.2), '2 points above it'],
    ['a count 1% short', assessed('number', 'increase', 990, 1000, 0.01), 'short by 1%'],
    ['a count just under 1% short', assessed('number', 'increase', 991, 1000, 0.0099), 'short by less than 1%'],
    ['a count 62.6% short', assessed('number', 'increase', 374, 1000, 0.626), 'short by 63%'],
    ['a count above its ceiling', assessed('number', 'decrease', 1300, 1000, 0.3), 'above it by 30%'],
    ['a count against a requirement of zero', assessed('number', 'decrease', 3, 0, 1), 'above it'],
    ['a count short of a requirement of zero', assessed('number', 'increase', -3, 0, 1), 'short'],
  ];
  for (const [name, a, words] of shortfalls) {
    it(`describes ${name}: "${words}"`, () => assert.equal(describeShortfall(a), words));
  }
});
