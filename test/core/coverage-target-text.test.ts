import * as assert from 'node:assert/strict';
import type { CatalogCommitment, CatalogTarget, CommitmentCoverage, PlanValue } from '../../core/src/index';
import { targetText } from '../../core/src/index';

/** The target column of the coverage reports (core/src/coverage/rows.ts): sign, figure, year and the notes that qualify it. */

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const percent = (value: number): PlanValue => ({ kind: 'percent', value });
const number = (value: number): PlanValue => ({ kind: 'number', value });

function target(value: PlanValue, overrides: Partial<CatalogTarget> = {}): CatalogTarget {
  const by = overrides.by ?? '2019/20';
  return { measure: 'm', value, scale: value.kind === 'percent' ? 'rate' : 'count', direction: 'increase', by, timing: 'year-end', milestones: [{ value, by, timing: 'year-end', confirmed: true }], confirmed: true, standing: false, inYear: false, ambition: false, ...overrides };
}

function entry(t: CatalogTarget | undefined): CommitmentCoverage {
  const commitment: CatalogCommitment = { id: 'x', area: 'a', kind: 'transformation', title: 'X', summary: '', guidance: '', evidencedBy: [], catalogId: 'c', uri: 'file:///c.catalog.yaml', range, idRange: range, ...(t ? { target: t } : {}) };
  return { commitment, status: 'missing', reason: 'no response', responses: [], heldBackBy: [] };
}

describe('coverage: the target column', () => {
  const cases: [string, CatalogTarget | undefined, string][] = [
    ['no target', undefined, ''],
    ['a rate', target(percent(92)), '≥ 92% by 2019/20'],
    ['a standing rate', target(percent(92), { standing: true }), '≥ 92% by 2019/20 (standing)'],
    ['a count to bring down', target(number(0), { direction: 'decrease', by: '2020/21' }), '≤ 0 by 2020/21 (national count)'],
    ['an unconfirmed standing count ambition', target(number(200_000), { ambition: true, standing: true, confirmed: false, by: '2023/24' }), 'up to 200,000 by 2023/24 (national count, standing, unconfirmed)'],
    ['a rate with a fraction', target(percent(69.96)), '≥ 69.96% by 2019/20'],
    [
      'a target read through the target model, unconfirmed',
      target(number(18), { scale: 'duration', unit: 'minutes', direction: 'decrease', confirmed: false, milestones: [{ value: number(25), by: '2026/27', timing: 'year-end', confirmed: false }, { value: number(18), by: '2028/29', timing: 'month', confirmed: false }] }),
      '≤ 25 minutes by 2026/27; ≤ 18 minutes in March of 2028/29 (unconfirmed)',
    ],
    [
      'a confirmed target with an unconfirmed milestone',
      target(percent(70), { milestones: [{ value: percent(70), by: '2020/21', timing: 'year-end', confirmed: true }, { value: percent(92), by: '2023/24', timing: 'year-end', confirmed: false }] }),
      '≥ 70% by 2020/21; ≥ 92% by 2023/24 (unconfirmed)',
    ],
    ['a target read through the target model, confirmed', target(percent(70), { timing: 'year-average', milestones: [{ value: percent(70), by: '2020/21', timing: 'year-average', confirmed: true }] }), '≥ 70% on average in 2020/21'],
  ];
  for (const [name, t, text] of cases) {
    it(`writes ${name}: "${text}"`, () => assert.equal(targetText(entry(t)), text));
  }
});
