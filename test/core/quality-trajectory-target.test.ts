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
          '  2019/20: 3000',
          '  2020/21: 6000',
          '  2021/22: 9500',
          '  2022/23: 12500',
          '  2023/24: 15500',
          '           ^^^^^ trajectory-target: 2023/24: 15,500 against a fair share of 42,194 (1,900,000 × 1,250,000 ÷ 56.3m): short by 63%',
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
          'trajectory: { 2019/20: 3000, 2020/21: 6000, 2021/22: 9500, 2022/23: 12500, 2023/24: 15500 }',
          '                                                                                    ^^^^^ trajectory-target: ' + TALKING_THERAPIES_SHORT,
        ),
      },
    },
    {
      name: 'off-track with a shortfall: only the shortfall',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock('mh-talking-therapies', 'off-track', 'trajectory:', '  2019/20: 3000', '  2020/21: 6000', '  2021/22: 9500', '  2022/23: 12500', '  2023/24: 15500', '           ^^^^^ trajectory-target: short by 63%'),
      },
    },
    {
      name: 'a trajectory reaching the fair share (42,195 ≥ 42,194.5) is quiet, even on-track',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock('mh-talking-therapies', 'on-track', 'trajectory: { 2019/20: 30000, 2020/21: 33000, 2021/22: 36000, 2022/23: 39000, 2023/24: 42195 }'),
      },
    },
    {
      name: 'one short of the fair share still misses it',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock('mh-talking-therapies', 'at-risk', 'trajectory:', '  2019/20: 1700', '  2020/21: 3400', '  2021/22: 5100', '  2022/23: 6800', '  2023/24: 42194', '           ^^^^^ trajectory-target: 2023/24: 42,194 against a fair share of 42,194'),
      },
    },
    {
      name: 'the fair share follows the footprint population',
      files: {
        'plan.yaml': manifest('', { population: 2500000 }),
        'mh.md': commitmentBlock('mh-talking-therapies', 'at-risk', 'trajectory:', '  2019/20: 1700', '  2020/21: 3400', '  2021/22: 5100', '  2022/23: 6800', '  2023/24: 42500', '           ^^^^^ trajectory-target: 2023/24: 42,500 against a fair share of 84,389 (1,900,000 × 2,500,000 ÷ 56.3m): short by 50%'),
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
      name: 'a rate target is compared as it stands, in points: a standing standard recovered within the plan is information naming the year',
      files: {
        'plan.yaml': manifest(),
        'pc.md': commitmentBlock(
          'rtt-18-weeks',
          'at-risk',
          'trajectory:',
          '  2019/20: 90%',
          '  2020/21: 92%',
          '           ^^^ trajectory-target: rtt-18-weeks is a standing standard (92%): the trajectory recovers to it in 2020/21 and holds it to the end of the plan (lowest: 2019/20: 90% against 92%, 2 points short)',
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
        'mh.md': commitmentBlock('mh-liaison', 'at-risk', 'trajectory:', '  2019/20: 50%', '  2020/21: 55%', '  2021/22: 60%', '  2022/23: 65%', '  2023/24: 69%', '           ^^^ trajectory-target: 2023/24: 69% against 70%: 1 point short'),
      },
    },
    {
      name: 'a target beyond the plan period: the recent trend projected to the target year falls short',
      files: {
        'plan.yaml': manifest(),
        'c.md': commitmentBlock(
          'cancer-early-diagnosis',
          'at-risk',
          'trajectory:',
          '  2019/20: 66%',
          '  2020/21: 68%',
          '  2021/22: 69%',
          '  2022/23: 69.5%',
          '  2023/24: 70%',
          '           ^^^ trajectory-target: 2023/24: 70%, projected 72.5% by 2028/29 on the trend since 2021/22, against 75%: 2.5 points short',
        ),
      },
    },
    {
      name: 'a target beyond the plan period on course on its recent trend is quiet, though not reached in 2023/24',
      files: {
        'plan.yaml': manifest(),
        'c.md': commitmentBlock('cancer-early-diagnosis', 'on-track', 'trajectory: { 2019/20: 55%, 2020/21: 58%, 2021/22: 61%, 2022/23: 64%, 2023/24: 67% }'),
      },
    },
    {
      name: 'a shorter plan period: the 2023/24 fair share is judged on the trend projected from its last years',
      files: {
        'plan.yaml': manifest('', { period: ['2019/20', '2021/22'] }),
        'mh.md': commitmentBlock('mh-talking-therapies', 'at-risk', 'trajectory:', '  2019/20: 5000', '  2020/21: 10000', '  2021/22: 15500', '           ^^^^^ trajectory-target: 2021/22: 15,500, projected 26,000 by 2023/24 on the trend since 2019/20, against a fair share of 42,194 (1,900,000 × 1,250,000 ÷ 56.3m): short by 38%'),
      },
    },

  ];
  itChecksTrajectoryTargetCases(cases);

  it('names the commitment in the finding data', () => {
    const { findings } = checkPlan(
      {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock('mh-talking-therapies', 'at-risk', 'trajectory:', '  2019/20: 3000', '  2020/21: 6000', '  2021/22: 9500', '  2022/23: 12500', '  2023/24: 15500', '           ^^^^^ trajectory-target'),
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
        'mh.md': commitmentBlock('mh-talking-therapies', 'at-risk', 'trajectory:', '  2019/20: 3000', '  2020/21: 6000', '  2021/22: 9500', '  2022/23: 12500', '  2023/24: 15500', '           ^^^^^ trajectory-target'),
      },
      { rules: ['trajectory-target'] },
    );
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'trajectory-target').map((f) => f.severity),
      ['error'],
    );
  });
});
