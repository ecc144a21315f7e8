import * as assert from 'node:assert/strict';
import { crlf, lines, manifest } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';
import { commitmentBlock, itChecksTrajectoryTargetCases, type RuleCase } from '../helpers/trajectory-target';

/** A YAML-only data file holding one response. */
const yamlResponse = (id: string, status: string, trajectory: string, marker: string): string =>
  lines('responses:', `  - id: ${id}`, `    status: ${status}`, `    trajectory: ${trajectory}`, marker, '');

describe('trajectory-target: standing standards, targets after the plan, ambitions and points', () => {
  const cases: RuleCase[] = [
    {
      name: 'a standing standard held in every year is quiet',
      files: { 'plan.yaml': manifest(), 'pc.md': commitmentBlock('cancer-62-day', 'on-track', 'trajectory: { 2019/20: 85%, 2020/21: 86%, 2021/22: 85%, 2022/23: 87%, 2023/24: 88% }') },
    },
    {
      name: 'a standing standard recovered within the plan: one information finding at the year it gets there, on-track not contradicted',
      files: {
        'plan.yaml': manifest(),
        'pc.md': commitmentBlock(
          'cancer-62-day',
          'on-track',
          'trajectory:',
          '  2019/20: 79%',
          '  2020/21: 82%',
          '  2021/22: 85%',
          '           ^^^ trajectory-target: cancer-62-day is a standing standard (85%): the trajectory recovers to it in 2021/22 and holds it to the end of the plan (lowest: 2019/20: 79% against 85%, 6 points short)',
          '  2022/23: 85%',
          '  2023/24: 86%',
        ),
      },
    },
    {
      name: 'a standing standard never reached: a warning saying so, and on-track contradicted',
      files: {
        'plan.yaml': manifest(),
        'pc.md': commitmentBlock(
          'rtt-18-weeks',
          'on-track',
          '        ^^^^^^^^ trajectory-target: status is on-track, but the trajectory never reaches the standing standard in 2023/24',
          'trajectory:',
          '  2019/20: 80%',
          '  2020/21: 81%',
          '  2021/22: 82%',
          '  2022/23: 82.5%',
          '  2023/24: 82.5%',
          '           ^^^^^ trajectory-target: 2023/24: 82.5% against 92%: 9.5 points short. 92% is a standing standard, to be reached and then held: the trajectory never reaches it.',
        ),
      },
    },
    {
      name: 'a standing standard met, then fallen below: a warning at the first year it slips',
      files: {
        'plan.yaml': manifest(),
        'pc.md': commitmentBlock(
          'rtt-18-weeks',
          'at-risk',
          'trajectory:',
          '  2019/20: 92%',
          '  2020/21: 92%',
          '  2021/22: 90%',
          '           ^^^ trajectory-target: 2021/22: 90% against 92%: 2 points short. 92% is a standing standard, to be reached and then held: the trajectory falls back below it after meeting it.',
          '  2022/23: 92%',
          '  2023/24: 92%',
        ),
      },
    },
    {
      name: 'an in-year standing standard (planning-2016) still warns on a recovery, at the worst year',
      files: {
        'plan.yaml': manifest('', { framework: 'planning-2016', period: ['2016/17', '2020/21'] }),
        'rtt.md': commitmentBlock(
          'must-do-5-rtt',
          'at-risk',
          'trajectory:',
          '  2016/17: 89%',
          '           ^^^ trajectory-target: 2016/17: 89% against 92%: 3 points short. 92% is a standing standard expected in every year from 2016/17: the trajectory only reaches it in 2017/18.',
          '  2017/18: 92%',
          '  2018/19: 92%',
          '  2019/20: 92%',
          '  2020/21: 92%',
        ),
      },
    },
    {
      name: 'a rate target missed by a fraction of a point says so in points',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock('mh-liaison', 'at-risk', 'trajectory:', '  2023/24: 69.96%', '           ^^^^^^ trajectory-target: 2023/24: 69.96% against 70%: less than 0.1 points short'),
      },
    },
    {
      name: 'a decrease rate target above it: in points, "above it"',
      files: {
        'plan.yaml': manifest(),
        'air.md': commitmentBlock('air-pollution', 'at-risk', 'trajectory:', '  2023/24: 12%', '           ^^^ trajectory-target: 2023/24: 12% against 20%: 8 points short'),
      },
    },
    {
      name: 'an "up to" ambition not reached: information, marked as an ambition, and on-track not contradicted',
      files: {
        'plan.yaml': manifest(),
        'pc.md': commitmentBlock(
          'personal-health-budgets',
          'on-track',
          'trajectory:',
          '  2023/24: 3000',
          '           ^^^^ trajectory-target: 2023/24: 3,000 against a fair share of 4,442 (200,000 × 1,250,000 ÷ 56.3m): short by 32%. This is an ambition ("up to"), not a floor.',
        ),
      },
    },
    {
      name: 'a target due after the plan on course on its trend is quiet, a flat one is not (YAML-only file)',
      files: {
        'plan.yaml': manifest(),
        'data/ok.yaml': yamlResponse('maternity-safety', 'on-track', '{ 2021/22: 30%, 2022/23: 35%, 2023/24: 40% }', ''),
        'data/short.yaml': yamlResponse(
          'cancer-early-diagnosis',
          'at-risk',
          '{ 2021/22: 60%, 2022/23: 60%, 2023/24: 60% }',
          '                                                       ^^^ trajectory-target: 2023/24: 60%, projected 60% by 2028/29 on the trend since 2021/22, against 75%: 15 points short',
        ),
      },
    },
    {
      name: 'CRLF: a standing-standard recovery in a YAML-only file',
      files: {
        'plan.yaml': crlf(manifest()),
        'data/rtt.yaml': crlf(
          yamlResponse(
            'rtt-18-weeks',
            'on-track',
            '{ 2019/20: 88%, 2020/21: 90%, 2021/22: 92%, 2022/23: 92%, 2023/24: 92% }',
            '                                                       ^^^ trajectory-target: recovers to it in 2021/22',
          ),
        ),
      },
    },
    {
      name: 'CRLF: a projection in a chapter',
      files: {
        'plan.yaml': crlf(manifest()),
        'c.md': crlf(commitmentBlock('cardiac-rehab', 'at-risk', 'trajectory:', '  2022/23: 50%', '  2023/24: 51%', '           ^^^ trajectory-target: 2023/24: 51%, projected 56% by 2028/29 on the trend since 2022/23, against 85%: 29 points short. This is an ambition')),
      },
    },
  ];
  itChecksTrajectoryTargetCases(cases);

  const severityOf = (files: Record<string, string>): string[] =>
    checkPlan(files, { rules: ['trajectory-target'] }).findings.filter((f) => f.ruleId === 'trajectory-target').map((f) => f.severity);

  it('a recovery is information, a standard never reached a warning, an unmet ambition information', () => {
    const recovery = commitmentBlock('rtt-18-weeks', 'on-track', 'trajectory:', '  2019/20: 90%', '  2020/21: 92%', '           ^^^ trajectory-target', '  2021/22: 92%', '  2022/23: 92%', '  2023/24: 92%');
    assert.deepEqual(severityOf({ 'plan.yaml': manifest(), 'a.md': recovery }), ['information']);
    const never = commitmentBlock('rtt-18-weeks', 'at-risk', 'trajectory:', '  2019/20: 90%', '  2020/21: 90%', '  2021/22: 90%', '  2022/23: 90%', '  2023/24: 91%', '           ^^^ trajectory-target');
    assert.deepEqual(severityOf({ 'plan.yaml': manifest(), 'a.md': never }), ['warning']);
    const ambition = commitmentBlock('outpatient-redesign', 'on-track', 'trajectory:', '  2023/24: 100', '           ^^^ trajectory-target');
    assert.deepEqual(severityOf({ 'plan.yaml': manifest(), 'a.md': ambition }), ['information']);
  });
});
