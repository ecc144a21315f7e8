import * as assert from 'node:assert/strict';
import type { CatalogTarget, TargetCheck, TargetJudgement, TargetMilestone } from '../../core/src/index';
import { assessmentOf, checkMargin, judgementComparison, judgementFindings, judgementOutcome } from '../../core/src/targets/assessment';

/** A judgement in the shapes coverage, hovers, code lenses and inlay hints read (core/src/targets/assessment.ts), on hand-made checks. */

const range = (line: number) => ({ start: { line, character: 2 }, end: { line, character: 9 } });
const milestone = (value: number, by: string): TargetMilestone => ({ value: { kind: 'percent', value }, by, timing: 'year-end', confirmed: true });

function target(overrides: Partial<CatalogTarget> = {}): CatalogTarget {
  return { measure: 'Seen in time', value: { kind: 'percent', value: 60 }, scale: 'rate', direction: 'increase', by: '2023/24', timing: 'year-end', milestones: [milestone(60, '2022/23'), milestone(70, '2023/24')], confirmed: true, standing: false, inYear: false, ambition: false, ...overrides };
}

function check(value: number, required: number, overrides: Partial<TargetCheck> = {}): TargetCheck {
  const meets = value >= required;
  return { milestone: milestone(required, '2023/24'), reading: { year: '2023/24', value, range: range(value), projection: false }, required, meets, message: `${value} against ${required}. The target: ${required} by 2023/24`, ...overrides };
}

function judgement(checks: TargetCheck[], problems: { message: string; line: number }[] = [], t: CatalogTarget = target()): TargetJudgement {
  return { target: t, checks, problems: problems.map((p) => ({ message: p.message, range: range(p.line) })), systemLine: 'given' };
}

describe('target model: assessments and their words', () => {
  describe('the assessment', () => {
    it('without checks: a missing year (the first milestone\'s, or the target\'s) when the plan has lines, else no trajectory', () => {
      const j = judgement([]);
      assert.deepEqual(assessmentOf(j, true), { kind: 'missing-year', target: j.target, year: '2022/23', projection: false });
      assert.deepEqual(assessmentOf(j, false), { kind: 'no-trajectory', target: j.target });
      const bare = target({ milestones: [] });
      assert.deepEqual(assessmentOf(judgement([], [], bare), true), { kind: 'missing-year', target: bare, year: '2023/24', projection: false });
    });

    it('rests on the first failing check, with its shortfall as a share of the requirement', () => {
      const j = judgement([check(65, 60), check(57, 60), check(50, 70)]);
      assert.deepEqual(assessmentOf(j, true), {
        kind: 'assessed',
        target: j.target,
        year: '2023/24',
        value: { value: { kind: 'percent', value: 57 }, range: range(57) },
        actual: 57,
        required: 60,
        meets: false,
        shortfall: 0.05,
        judgement: j,
      });
    });

    it('rests on the last check when all are met; met only without problems', () => {
      const met = assessmentOf(judgement([check(65, 60), check(72, 70)]), true);
      assert.equal(met.kind, 'assessed');
      if (met.kind !== 'assessed') return;
      assert.deepEqual([met.actual, met.required, met.meets, met.shortfall], [72, 70, true, 0]);
      const held = assessmentOf(judgement([check(65, 60), check(77, 70)], [{ message: 'north-acute gives no baseline', line: 1 }]), true);
      if (held.kind !== 'assessed') return assert.fail(held.kind);
      assert.deepEqual([held.meets, held.shortfall], [false, 0.1]);
    });

    it('counts a missed requirement of zero as wholly short, and a fall below zero by its size', () => {
      const zero = assessmentOf(judgement([check(-1, 0)]), true);
      assert.deepEqual(zero.kind === 'assessed' && [zero.meets, zero.shortfall], [false, 1]);
      const negative = assessmentOf(judgement([check(-6, -4)], [], target({ scale: 'change' })), true);
      assert.deepEqual(negative.kind === 'assessed' && [negative.shortfall, negative.value.value.kind], [0.5, 'percent']);
    });

    it('carries a projection from the plan year it starts from', () => {
      const projected = check(78, 92, { reading: { year: '2025/26', value: 78, range: range(4), projection: true, from: '2023/24' } });
      const a = assessmentOf(judgement([projected]), true);
      assert.deepEqual(a.kind === 'assessed' && [a.year, a.projection], ['2025/26', { from: '2023/24', last: '2023/24', value: 78 }]);
      const unsourced = check(78, 92, { reading: { year: '2025/26', value: 78, range: range(4), projection: true } });
      const b = assessmentOf(judgement([unsourced]), true);
      assert.deepEqual(b.kind === 'assessed' && b.projection, { from: '2025/26', last: '2025/26', value: 78 });
    });

    const units: [CatalogTarget['scale'], 'percent' | 'number'][] = [
      ['rate', 'percent'],
      ['index', 'percent'],
      ['change', 'percent'],
      ['duration', 'number'],
      ['count', 'number'],
    ];
    for (const [scale, kind] of units) {
      it(`gives a ${scale} target's value as a ${kind}`, () => {
        const a = assessmentOf(judgement([check(5, 4)], [], target({ scale })), true);
        assert.equal(a.kind === 'assessed' && a.value.value.kind, kind);
      });
    }

    it('gives a count its fair share, with the requirement as its value', () => {
      const share = { national: 380_000, population: 1_000_000, basePopulation: 56_000_000 };
      const a = assessmentOf(judgement([check(6000, 6786, { fairShare: share })], [], target({ scale: 'count' })), true);
      assert.deepEqual(a.kind === 'assessed' && a.fairShare, { ...share, value: 6786 });
      const none = assessmentOf(judgement([check(6000, 6786)], [], target({ scale: 'count' })), true);
      assert.ok(none.kind === 'assessed' && !('fairShare' in none));
      assert.ok(none.kind === 'assessed' && !('projection' in none));
    });
  });

  it('lists the problems, then every failing check, in the order written', () => {
    const j = judgement([check(57, 60), check(65, 60), check(50, 70)], [{ message: 'another unit', line: 9 }]);
    assert.deepEqual(judgementFindings(j), [
      { message: 'another unit', range: range(9) },
      { message: '57 against 60. The target: 60 by 2023/24', range: range(57) },
      { message: '50 against 70. The target: 70 by 2023/24', range: range(50) },
    ]);
  });

  it('compares in words: the first failing check, or every check met without the target\'s restatement', () => {
    assert.equal(judgementComparison(judgement([check(65, 60), check(57, 60), check(50, 70)])), '57 against 60. The target: 60 by 2023/24');
    assert.equal(judgementComparison(judgement([check(65, 60), check(72, 70)])), '65 against 60; 72 against 70');
  });

  const outcomes: [string, TargetJudgement, string][] = [
    ['one check met', judgement([check(65, 60)]), 'meets 1 of 1 check'],
    ['three checks met', judgement([check(65, 60), check(61, 60), check(70, 70)]), 'meets 3 of 3 checks'],
    ['checks met with a problem', judgement([check(65, 60)], [{ message: 'west-pcn gives no line', line: 0 }, { message: 'second', line: 1 }]), 'not judged in full: west-pcn gives no line'],
    ['the system missing its one check', judgement([check(50, 60)]), 'misses 1 of 1 check (system)'],
    [
      'organisations missing, one twice',
      judgement([check(50, 60, { organisation: 'north-acute' }), check(65, 60), check(50, 60, { organisation: 'north-acute' }), check(1, 60)]),
      'misses 3 of 4 checks (north-acute, system)',
    ],
  ];
  for (const [name, j, words] of outcomes) {
    it(`sums up ${name}: "${words}"`, () => assert.equal(judgementOutcome(j), words));
  }

  const margins: [string, CatalogTarget, TargetCheck, string][] = [
    ['a rate met', target(), check(62, 60), 'target 60%: met'],
    ['a count short of its fair share', target({ scale: 'count' }), check(1178, 1234, { fairShare: { national: 1, population: 1, basePopulation: 1 } }), 'fair share 1,234: 56 short'],
    ['a projection', target(), check(88, 92, { reading: { year: '2029/30', value: 88, range: range(0), projection: true, from: '2023/24' } }), 'projected 88% by 2029/30, target 92%: 4 points short'],
    ['a duration over', target({ scale: 'duration', unit: 'minutes', direction: 'decrease' }), { ...check(20, 18), meets: false }, 'target 18 minutes: 2 minutes over'],
  ];
  for (const [name, t, c, words] of margins) {
    it(`writes the margin of ${name}: "${words}"`, () => assert.equal(checkMargin(t, c), words));
  }
});
