import * as assert from 'node:assert/strict';
import type { CommitmentCoverage, Coverage, CoverageStatus } from '../../core/src/index';
import { coverageRows } from '../../core/src/index';
import { crlf, lines, manifest, projectOf, testEngine } from '../helpers/engine';


const block = (id: string, status: string, ...rows: string[]): string => lines('```commitment', `id: ${id}`, `status: ${status}`, ...rows, '```', '');

function coverageOf(files: Record<string, string>): Coverage {
  const analyses = projectOf(files).analyzeAll();
  assert.equal(analyses.length, 1);
  return (analyses[0] as (typeof analyses)[number]).coverage;
}

function entry(coverage: Coverage, id: string): CommitmentCoverage {
  const found = coverage.areas.flatMap((area) => area.commitments).find((c) => c.commitment.id === id);
  assert.ok(found, `no coverage entry for ${id}`);
  return found;
}

describe('target-aware coverage', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  // `reason` is what the code lens, the hover and the coverage tree say about the commitment;
  // `row` its line in the coverage reports: plan status, target, fair share, final value, gap.
  const cases: { name: string; files: Record<string, string>; id: string; status: CoverageStatus; reason: string; row: [string, string, string, string, string]; kind?: string }[] = [
    { name: 'a count target reaching the fair share is met', id: 'mh-talking-therapies', status: 'met', reason: 'meets fair share 42,194 by 2023/24', row: ['at-risk', '≥ 1,900,000 by 2023/24 (national count)', '42,194', '42,195 in 2023/24', 'none'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'mh.md': block('mh-talking-therapies', 'at-risk', 'trajectory: { 2019/20: 30000, 2020/21: 33000, 2021/22: 36000, 2022/23: 39000, 2023/24: 42195 }') } },
    { name: 'a count target short of the fair share is partial, whatever the status says', id: 'mh-talking-therapies', status: 'partial', reason: '15,500 in 2023/24 against fair share 42,194: short by 63%', row: ['on-track', '≥ 1,900,000 by 2023/24 (national count)', '42,194', '15,500 in 2023/24', 'short by 63%'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'mh.md': block('mh-talking-therapies', 'on-track', 'trajectory: { 2019/20: 3000, 2020/21: 6000, 2021/22: 9500, 2022/23: 12500, 2023/24: 15500 }') } },
    { name: 'a response with no trajectory, to a confirmed target, is answered: nothing to judge', id: 'mh-talking-therapies', status: 'answered', reason: 'no trajectory to compare with the target', row: ['on-track', '≥ 1,900,000 by 2023/24 (national count)', '', '', 'no trajectory'], kind: 'no-trajectory', files: { 'plan.yaml': manifest(), 'mh.md': block('mh-talking-therapies', 'on-track') } },
    { name: 'a rate target (a standing standard) met as it stands in every year', id: 'rtt-18-weeks', status: 'met', reason: 'standing standard: meets 92% in every year', row: ['on-track', '≥ 92% by 2019/20 (standing)', '', '92% in 2019/20', 'none'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'pc.md': block('rtt-18-weeks', 'on-track', 'trajectory: { 2019/20: 92%, 2020/21: 92%, 2021/22: 92%, 2022/23: 92%, 2023/24: 92% }') } },
    { name: 'a rate target missed', id: 'mh-liaison', status: 'partial', reason: '69% in 2023/24 against 70%: 1 point short', row: ['at-risk', '≥ 70% by 2023/24', '', '69% in 2023/24', '1 point short'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'mh.md': block('mh-liaison', 'at-risk', 'trajectory: { 2019/20: 50%, 2020/21: 55%, 2021/22: 60%, 2022/23: 65%, 2023/24: 69% }') } },
    { name: 'a target beyond the plan period met on its projected trend', id: 'cancer-early-diagnosis', status: 'met', reason: 'projected 100% by 2028/29 against 75%: on course', row: ['at-risk', '≥ 75% by 2028/29', '', '75% in 2023/24, projected 100% by 2028/29', 'none'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'c.md': block('cancer-early-diagnosis', 'at-risk', 'trajectory: { 2019/20: 55%, 2020/21: 60%, 2021/22: 65%, 2022/23: 70%, 2023/24: 75% }') } },
    { name: 'a decrease target reached', id: 'mh-out-of-area-placements', status: 'met', reason: 'meets 0 by 2020/21', row: ['at-risk', '≤ 0 by 2020/21 (national count)', '0', '0 in 2020/21', 'none'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'mh.md': block('mh-out-of-area-placements', 'at-risk', 'trajectory: { 2019/20: 25, 2020/21: 0, 2021/22: 0, 2022/23: 0, 2023/24: 0 }') } },
    { name: 'a decrease target missed', id: 'mh-out-of-area-placements', status: 'partial', reason: '10 in 2020/21 against 0: above it', row: ['on-track', '≤ 0 by 2020/21 (national count)', '0', '10 in 2020/21', 'above it'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'mh.md': block('mh-out-of-area-placements', 'on-track', 'trajectory: { 2019/20: 25, 2020/21: 10, 2021/22: 4, 2022/23: 0, 2023/24: 0 }') } },
    { name: 'a unit mismatch is partial', id: 'mh-talking-therapies', status: 'partial', reason: 'the trajectory\'s unit differs from the target\'s', row: ['on-track', '≥ 1,900,000 by 2023/24 (national count)', '', '', 'unit differs from target'], kind: 'unit-mismatch', files: { 'plan.yaml': manifest(), 'mh.md': block('mh-talking-therapies', 'on-track', 'trajectory: { 2019/20: 5%, 2020/21: 6%, 2021/22: 7%, 2022/23: 8%, 2023/24: 9% }') } },
    { name: 'the target year missing is partial', id: 'mh-talking-therapies', status: 'partial', reason: 'no value for 2023/24', row: ['on-track', '≥ 1,900,000 by 2023/24 (national count)', '', '', 'no value for 2023/24'], kind: 'missing-year', files: { 'plan.yaml': manifest(), 'mh.md': block('mh-talking-therapies', 'on-track', 'trajectory: { 2019/20: 1700, 2020/21: 3400, 2021/22: 5100, 2022/23: 9000 }') } },
    { name: 'no footprint population: a count target cannot be judged, so answered', id: 'mh-talking-therapies', status: 'answered', reason: 'no footprint population for the fair share', row: ['on-track', '≥ 1,900,000 by 2023/24 (national count)', '', '', 'no footprint population'], kind: 'no-population', files: { 'plan.yaml': manifest().replace('  population: 1250000\n', ''), 'mh.md': block('mh-talking-therapies', 'on-track', 'trajectory: { 2019/20: 1700, 2020/21: 3400, 2021/22: 5100, 2022/23: 6800, 2023/24: 9000 }') } },
    { name: 'an unconfirmed target: answered, never met', id: 'uec-urgent-treatment-centres', status: 'answered', reason: 'the target is not confirmed: shown, not judged', row: ['at-risk', '≥ 100% by 2020/21 (unconfirmed)', '', '', ''], kind: 'unconfirmed', files: { 'plan.yaml': manifest(), 'uec.md': block('uec-urgent-treatment-centres', 'at-risk', 'trajectory: { 2019/20: 10%, 2020/21: 20%, 2021/22: 30%, 2022/23: 40%, 2023/24: 50% }') } },
    { name: 'an unconfirmed target not started: partial', id: 'uec-urgent-treatment-centres', status: 'partial', reason: 'not started; the target is not confirmed: shown, not judged', row: ['not-started', '≥ 100% by 2020/21 (unconfirmed)', '', '', ''], kind: 'unconfirmed', files: { 'plan.yaml': manifest(), 'uec.md': block('uec-urgent-treatment-centres', 'not-started') } },
    { name: 'no target: answered, never met', id: 'elective-growth', status: 'answered', reason: 'no measurable national target', row: ['on-track', '', '', '', ''], kind: 'no-target', files: { 'plan.yaml': manifest(), 'pc.md': block('elective-growth', 'on-track') } },
    { name: 'not applicable with a reason', id: 'mh-talking-therapies', status: 'not-applicable', reason: 'commissioned nationally in this test', row: ['not-applicable', '≥ 1,900,000 by 2023/24 (national count)', '', '', ''], files: { 'plan.yaml': manifest(), 'mh.md': block('mh-talking-therapies', 'not-applicable', 'reason: commissioned nationally in this test') } },
    { name: 'not applicable without a reason counts as missing, and says why', id: 'mh-talking-therapies', status: 'missing', reason: 'marked not-applicable without a reason', row: ['', '≥ 1,900,000 by 2023/24 (national count)', '', '', ''], files: { 'plan.yaml': manifest(), 'mh.md': block('mh-talking-therapies', 'not-applicable') } },
    { name: 'no response at all', id: 'mh-talking-therapies', status: 'missing', reason: 'no response', row: ['', '≥ 1,900,000 by 2023/24 (national count)', '', '', ''], files: { 'plan.yaml': manifest() } },
    { name: 'one of two responses meeting the fair share is enough', id: 'mh-talking-therapies', status: 'met', reason: 'meets fair share 42,194 by 2023/24', row: ['at-risk', '≥ 1,900,000 by 2023/24 (national count)', '42,194', '42,500 in 2023/24', 'none'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'mh.md': lines(block('mh-talking-therapies', 'at-risk', 'trajectory: { 2019/20: 3000, 2020/21: 6000, 2021/22: 9500, 2022/23: 12500, 2023/24: 15500 }'), block('mh-talking-therapies', 'at-risk', 'trajectory: { 2019/20: 30000, 2020/21: 33000, 2021/22: 36000, 2022/23: 39000, 2023/24: 42500 }')) } },
    { name: 'a standing standard reached within the plan and held: partial, it must hold in every year', id: 'rtt-18-weeks', status: 'partial', reason: 'standing standard: recovers to 92% in 2021/22 and holds it', row: ['on-track', '≥ 92% by 2019/20 (standing)', '', '85% in 2019/20', '7 points short'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'pc.md': block('rtt-18-weeks', 'on-track', 'trajectory: { 2019/20: 85%, 2020/21: 88%, 2021/22: 92%, 2022/23: 92%, 2023/24: 92% }') } },
    { name: 'a standing standard met, then slipping: the year it falls back, in points', id: 'rtt-18-weeks', status: 'partial', reason: 'standing standard: falls back below 92% in 2021/22 (90.5%: 1.5 points short)', row: ['on-track', '≥ 92% by 2019/20 (standing)', '', '90.5% in 2021/22', '1.5 points short'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'pc.md': block('rtt-18-weeks', 'on-track', 'trajectory: { 2019/20: 92%, 2020/21: 92%, 2021/22: 90.5%, 2022/23: 92%, 2023/24: 92% }') } },
    { name: 'a standing standard never reached: the last year, in points', id: 'rtt-18-weeks', status: 'partial', reason: 'standing standard: never reaches 92% (88% in 2023/24: 4 points short)', row: ['on-track', '≥ 92% by 2019/20 (standing)', '', '88% in 2023/24', '4 points short'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'pc.md': block('rtt-18-weeks', 'on-track', 'trajectory: { 2019/20: 80%, 2020/21: 82%, 2021/22: 84%, 2022/23: 86%, 2023/24: 88% }') } },
    { name: 'a count short of its fair share by a fraction of a percent says less than 1%', id: 'mh-talking-therapies', status: 'partial', reason: '42,000 in 2023/24 against fair share 42,194: short by less than 1%', row: ['on-track', '≥ 1,900,000 by 2023/24 (national count)', '42,194', '42,000 in 2023/24', 'short by less than 1%'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'mh.md': block('mh-talking-therapies', 'on-track', 'trajectory: { 2019/20: 30000, 2020/21: 33000, 2021/22: 36000, 2022/23: 39000, 2023/24: 42000 }') } },
    { name: 'a target beyond the plan period missed on its projected trend', id: 'cancer-early-diagnosis', status: 'partial', reason: 'projected 69% by 2028/29 against 75%: 6 points short', row: ['on-track', '≥ 75% by 2028/29', '', '64% in 2023/24, projected 69% by 2028/29', '6 points short'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'c.md': block('cancer-early-diagnosis', 'on-track', 'trajectory: { 2019/20: 55%, 2020/21: 60%, 2021/22: 62%, 2022/23: 63%, 2023/24: 64% }') } },
    { name: 'an "up to" ambition not reached is answered, not partial', id: 'personal-health-budgets', status: 'answered', reason: 'an ambition ("up to"), not a floor: 500 in 2023/24 against fair share 4,442: short by 89%', row: ['on-track', 'up to 200,000 by 2023/24 (national count)', '4,442', '500 in 2023/24', 'short by 89%'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'pc.md': block('personal-health-budgets', 'on-track', 'trajectory: { 2019/20: 100, 2020/21: 200, 2021/22: 300, 2022/23: 400, 2023/24: 500 }') } },
    { name: 'a standing standard: years before and after the plan are not judged', id: 'rtt-18-weeks', status: 'met', reason: 'standing standard: meets 92% in every year', row: ['on-track', '≥ 92% by 2019/20 (standing)', '', '92% in 2019/20', 'none'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'pc.md': block('rtt-18-weeks', 'on-track', 'trajectory: { 2018/19: 80%, 2019/20: 92%, 2020/21: 92%, 2021/22: 92%, 2022/23: 92%, 2023/24: 92%, 2024/25: 80% }') } },
    { name: 'a trajectory written out of order is read in year order', id: 'rtt-18-weeks', status: 'partial', reason: 'standing standard: never reaches 92% (88% in 2023/24: 4 points short)', row: ['on-track', '≥ 92% by 2019/20 (standing)', '', '88% in 2023/24', '4 points short'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'pc.md': block('rtt-18-weeks', 'on-track', 'trajectory: { 2023/24: 88%, 2021/22: 84%, 2019/20: 80%, 2022/23: 86%, 2020/21: 82% }') } },
    { name: 'a target beyond the plan period: a value after the plan is not part of the trend', id: 'cancer-early-diagnosis', status: 'partial', reason: 'projected 69% by 2028/29 against 75%: 6 points short', row: ['on-track', '≥ 75% by 2028/29', '', '64% in 2023/24, projected 69% by 2028/29', '6 points short'], kind: 'assessed', files: { 'plan.yaml': manifest(), 'c.md': block('cancer-early-diagnosis', 'on-track', 'trajectory: { 2019/20: 55%, 2020/21: 60%, 2021/22: 62%, 2022/23: 63%, 2023/24: 64%, 2024/25: 99% }') } },
    { name: 'a YAML-only response with CRLF line endings', id: 'mh-talking-therapies', status: 'met', reason: 'meets fair share 42,194 by 2023/24', row: ['at-risk', '≥ 1,900,000 by 2023/24 (national count)', '42,194', '42,500 in 2023/24', 'none'], kind: 'assessed', files: { 'plan.yaml': crlf(manifest()), 'data/r.yaml': crlf(lines('responses:', '  - id: mh-talking-therapies', '    status: at-risk', '    trajectory: { 2019/20: 30000, 2020/21: 33000, 2021/22: 36000, 2022/23: 39000, 2023/24: 42500 }', '')) } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const covered = entry(coverageOf(c.files), c.id);
      assert.equal(covered.status, c.status);
      assert.equal(covered.reason, c.reason);
      const plan = projectOf(c.files).analyzeAll()[0];
      assert.ok(plan);
      const row = coverageRows(plan).find((r) => r.id === c.id);
      assert.deepEqual(row && [row.planStatus, row.target, row.fairShare, row.finalValue, row.gap], c.row);
      assert.equal(row?.reason, c.reason);
      assert.equal(covered.assessment?.kind, c.kind);
    });
  }

  it('carries the comparison for a count target: year, value, required and the fair share', () => {
    const covered = entry(coverageOf({ 'plan.yaml': manifest(), 'mh.md': block('mh-talking-therapies', 'on-track', 'trajectory: { 2019/20: 3000, 2020/21: 6000, 2021/22: 9500, 2022/23: 12500, 2023/24: 15500 }') }), 'mh-talking-therapies');
    const assessment = covered.assessment;
    assert.ok(assessment?.kind === 'assessed');
    assert.equal(assessment.year, '2023/24');
    assert.equal(assessment.projection, undefined);
    assert.deepEqual(assessment.value.value, { kind: 'number', value: 15500 });
    assert.ok(Math.abs(assessment.required - 42194.5) < 0.01, `required ${assessment.required}`);
    assert.equal(assessment.fairShare?.national, 1900000);
    assert.equal(assessment.fairShare?.population, 1250000);
    assert.equal(assessment.fairShare?.basePopulation, 56286961);
    assert.ok(Math.abs((assessment.fairShare?.value ?? 0) - 42194.5) < 0.1, `fair share ${assessment.fairShare?.value}`);
    assert.equal(assessment.meets, false);
    assert.ok(Math.abs(assessment.shortfall - (42194.5 - 15500) / 42194.5) < 0.001, `shortfall ${assessment.shortfall}`);
  });

  it('a rate target has no fair share: the requirement is the rate itself', () => {
    const covered = entry(coverageOf({ 'plan.yaml': manifest(), 'pc.md': block('rtt-18-weeks', 'at-risk', 'trajectory: { 2019/20: 90%, 2020/21: 92%, 2021/22: 92%, 2022/23: 92%, 2023/24: 92% }') }), 'rtt-18-weeks');
    const assessment = covered.assessment;
    assert.ok(assessment?.kind === 'assessed');
    assert.equal(assessment.year, '2019/20');
    assert.equal(assessment.required, 92);
    assert.equal(assessment.fairShare, undefined);
    assert.equal(assessment.meets, false);
    assert.equal(covered.status, 'partial');
  });

  it('a target beyond the plan period is judged in its own year on the trend of the last three plan years', () => {
    const covered = entry(coverageOf({ 'plan.yaml': manifest(), 'c.md': block('cancer-early-diagnosis', 'at-risk', 'trajectory: { 2019/20: 66%, 2020/21: 68%, 2021/22: 69%, 2022/23: 69.5%, 2023/24: 70% }') }), 'cancer-early-diagnosis');
    const assessment = covered.assessment;
    assert.ok(assessment?.kind === 'assessed');
    assert.equal(assessment.year, '2028/29');
    assert.deepEqual(assessment.projection, { from: '2021/22', last: '2023/24', value: 72.5 });
    assert.equal(assessment.actual, 72.5);
    assert.deepEqual(assessment.value.value, { kind: 'percent', value: 70 });
    assert.equal(assessment.meets, false);
    assert.equal(covered.status, 'partial');
    assert.equal(covered.reason, 'projected 72.5% by 2028/29 against 75%: 2.5 points short');
  });

  it('a met response is the one reported when two answer one commitment', () => {
    const covered = entry(
      coverageOf({ 'plan.yaml': manifest(), 'mh.md': lines(block('mh-talking-therapies', 'at-risk', 'trajectory: { 2019/20: 3000, 2020/21: 6000, 2021/22: 9500, 2022/23: 12500, 2023/24: 15500 }'), block('mh-talking-therapies', 'at-risk', 'trajectory: { 2019/20: 30000, 2020/21: 33000, 2021/22: 36000, 2022/23: 39000, 2023/24: 42500 }')) }),
      'mh-talking-therapies',
    );
    assert.equal(covered.responses.length, 2);
    assert.ok(covered.assessment?.kind === 'assessed');
    assert.deepEqual(covered.assessment.value.value, { kind: 'number', value: 42500 });
  });

  it('rolls met, answered and partial up into the foundational counts', () => {
    const coverage = coverageOf({
      'plan.yaml': manifest(),
      'mh.md': lines(
        block('mh-talking-therapies', 'on-track', 'trajectory: { 2019/20: 30000, 2020/21: 33000, 2021/22: 36000, 2022/23: 39000, 2023/24: 42500 }'),
        block('mh-smi-community', 'on-track', 'trajectory: { 2019/20: 1000, 2020/21: 2000, 2021/22: 3000, 2022/23: 4000, 2023/24: 8000 }'),
        block('mh-liaison', 'at-risk'),
      ),
    });
    const mentalHealth = coverage.areas.find((area) => area.id === 'mental-health');
    assert.equal(mentalHealth?.counts.met, 1);
    assert.equal(mentalHealth?.counts.partial, 1);
    assert.equal(mentalHealth?.counts.answered, 1);
    assert.equal(coverage.foundational.answered, 3);
    assert.equal(coverage.foundational.met, 1);
  });
});
