import * as assert from 'node:assert/strict';
import { manifest } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';
import { commitmentBlock, itChecksTrajectoryTargetCases, TALKING_THERAPIES_SHORT, type RuleCase } from '../helpers/trajectory-target';

describe('trajectory-target', () => {
  const cases: RuleCase[] = [
    {
      name: 'a count target short of the fair share, at-risk: only the shortfall, at the value',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock(
          'mh-talking-therapies',
          'at-risk',
          'baseline: { year: 2018/19, value: 0 }',
          'trajectory:',
          '  2019/20: 600',
          '  2020/21: 1200',
          '  2021/22: 1900',
          '  2022/23: 2500',
          '  2023/24: 3100',
          '           ^^^^ trajectory-target: 2023/24: 3,100 against a fair share of 8,437 (380,000 × 1,250,000 ÷ 56.3m): short by 63%',
        ),
      },
    },
    {
      name: 'on-track with a shortfall: a second finding at the status value',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock(
          'mh-talking-therapies',
          'on-track',
          '        ^^^^^^^^ trajectory-target: status is on-track, but the trajectory misses the target in 2023/24',
          'trajectory: { 2019/20: 600, 2020/21: 1200, 2021/22: 1900, 2022/23: 2500, 2023/24: 3100 }',
          '                                                                                  ^^^^ trajectory-target: ' + TALKING_THERAPIES_SHORT,
        ),
      },
    },
    {
      name: 'off-track with a shortfall: only the shortfall',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock('mh-talking-therapies', 'off-track', 'trajectory:', '  2019/20: 600', '  2020/21: 1200', '  2021/22: 1900', '  2022/23: 2500', '  2023/24: 3100', '           ^^^^ trajectory-target: short by 63%'),
      },
    },
    {
      name: 'a trajectory reaching the fair share (8,437 ≥ 8,436.9) is quiet, even on-track',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock('mh-talking-therapies', 'on-track', 'trajectory: { 2019/20: 1700, 2020/21: 3400, 2021/22: 5100, 2022/23: 6800, 2023/24: 8437 }'),
      },
    },
    {
      name: 'one short of the fair share still misses it',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock('mh-talking-therapies', 'at-risk', 'trajectory:', '  2019/20: 1700', '  2020/21: 3400', '  2021/22: 5100', '  2022/23: 6800', '  2023/24: 8436', '           ^^^^ trajectory-target: 2023/24: 8,436 against a fair share of 8,437'),
      },
    },
    {
      name: 'the fair share follows the footprint population',
      files: {
        'plan.yaml': manifest('', { population: 2500000 }),
        'mh.md': commitmentBlock('mh-talking-therapies', 'at-risk', 'trajectory:', '  2019/20: 1700', '  2020/21: 3400', '  2021/22: 5100', '  2022/23: 6800', '  2023/24: 8500', '           ^^^^ trajectory-target: 2023/24: 8,500 against a fair share of 16,874 (380,000 × 2,500,000 ÷ 56.3m): short by 50%'),
      },
    },
    {
      name: 'only the target year counts: earlier years below the fair share are quiet',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock('mh-smi-community', 'on-track', 'trajectory: { 2019/20: 100, 2020/21: 200, 2021/22: 300, 2022/23: 400, 2023/24: 8300 }'),
      },
    },
    {
      name: 'a rate target is compared as it stands, in the first plan year (rtt-18-weeks by 2019/20)',
      files: {
        'plan.yaml': manifest(),
        'pc.md': commitmentBlock(
          'rtt-18-weeks',
          'at-risk',
          'trajectory:',
          '  2019/20: 90%',
          '           ^^^ trajectory-target: 2019/20: 90% against the 92% target: short by 2%',
          '  2020/21: 92%',
          '  2021/22: 92%',
          '  2022/23: 92%',
          '  2023/24: 92%',
        ),
      },
    },
    {
      name: 'a rate target met exactly is quiet, and needs no population',
      files: {
        'plan.yaml': manifest().replace('  population: 1250000\n', ''),
        'pc.md': commitmentBlock('rtt-18-weeks', 'on-track', 'trajectory: { 2019/20: 92%, 2020/21: 92%, 2021/22: 92.5%, 2022/23: 93%, 2023/24: 93% }'),
      },
    },
    {
      name: 'a rate target due in the last plan year (mh-liaison 70% by 2023/24)',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock('mh-liaison', 'at-risk', 'trajectory:', '  2019/20: 50%', '  2020/21: 55%', '  2021/22: 60%', '  2022/23: 65%', '  2023/24: 69%', '           ^^^ trajectory-target: 2023/24: 69% against the 70% target: short by 1%'),
      },
    },
    {
      name: 'a target beyond the plan period is compared in 2023/24 and called a projection',
      files: {
        'plan.yaml': manifest(),
        'c.md': commitmentBlock(
          'cancer-early-diagnosis',
          'at-risk',
          'trajectory:',
          '  2019/20: 55%',
          '  2020/21: 58%',
          '  2021/22: 61%',
          '  2022/23: 64%',
          '  2023/24: 70%',
          "           ^^^ trajectory-target: 2023/24: 70% against the 75% target, the 2028/29 target, with the plan's last year standing in as a projection: short by 7%",
        ),
      },
    },
    {
      name: 'a target beyond the plan period already reached in 2023/24 is quiet',
      files: {
        'plan.yaml': manifest(),
        'c.md': commitmentBlock('cancer-early-diagnosis', 'on-track', 'trajectory: { 2019/20: 55%, 2020/21: 60%, 2021/22: 65%, 2022/23: 70%, 2023/24: 75% }'),
      },
    },
    {
      name: 'a shorter plan period: the 2023/24 fair share is compared with its last year, as a projection',
      files: {
        'plan.yaml': manifest('', { period: ['2019/20', '2021/22'] }),
        'mh.md': commitmentBlock('mh-talking-therapies', 'at-risk', 'trajectory:', '  2019/20: 1000', '  2020/21: 2000', '  2021/22: 3100', "           ^^^^ trajectory-target: 2021/22: 3,100 against a fair share of 8,437 (380,000 × 1,250,000 ÷ 56.3m), the 2023/24 target, with the plan's last year standing in as a projection"),
      },
    },

  ];
  itChecksTrajectoryTargetCases(cases);

  it('names the commitment in the finding data', () => {
    const { findings } = checkPlan(
      {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock('mh-talking-therapies', 'at-risk', 'trajectory:', '  2019/20: 600', '  2020/21: 1200', '  2021/22: 1900', '  2022/23: 2500', '  2023/24: 3100', '           ^^^^ trajectory-target'),
      },
      { rules: ['trajectory-target'] },
    );
    const finding = findings.find((f) => f.ruleId === 'trajectory-target');
    assert.equal(finding?.data?.commitment, 'mh-talking-therapies');
    assert.equal(finding?.severity, 'warning');
  });

  it('a severity override in plan.yaml applies to its findings', () => {
    const { findings } = checkPlan(
      {
        'plan.yaml': manifest('rules: { trajectory-target: error }'),
        'mh.md': commitmentBlock('mh-talking-therapies', 'at-risk', 'trajectory:', '  2019/20: 600', '  2020/21: 1200', '  2021/22: 1900', '  2022/23: 2500', '  2023/24: 3100', '           ^^^^ trajectory-target'),
      },
      { rules: ['trajectory-target'] },
    );
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'trajectory-target').map((f) => f.severity),
      ['error'],
    );
  });
});
