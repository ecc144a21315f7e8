import { crlf, lines, manifest, markPlan } from '../helpers/engine';
import { commitmentBlock, itChecksTrajectoryTargetCases, TALKING_THERAPIES_SHORT, type RuleCase } from '../helpers/trajectory-target';

describe('trajectory-target: edge years, units, directions and file forms', () => {
  const cases: RuleCase[] = [
    {
      name: 'a value for a year outside the period is not what is compared',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock(
          'mh-talking-therapies',
          'at-risk',
          'trajectory:',
          '  2019/20: 3000',
          '  2020/21: 6000',
          '  2021/22: 9500',
          '  2022/23: 12500',
          '  2023/24: 15500',
          '           ^^^^^ trajectory-target: ' + TALKING_THERAPIES_SHORT,
          '  2024/25: 9000',
          '  ^^^^^^^ trajectory-period: outside the plan period',
        ),
      },
      rules: ['trajectory-target', 'trajectory-period'],
    },
    {
      name: 'the target year missing: no comparison (trajectory-period reports the gap)',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock(
          'mh-talking-therapies',
          'on-track',
          'trajectory: { 2019/20: 600, 2020/21: 1200, 2021/22: 1900, 2022/23: 2500 }',
          '^^^^^^^^^^ trajectory-period: has no value for 2023/24',
        ),
      },
      rules: ['trajectory-target', 'trajectory-period'],
    },
    {
      name: 'a malformed target year (2023/25): no comparison, the year is reported as malformed',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock(
          'mh-talking-therapies',
          'on-track',
          'trajectory:',
          '^^^^^^^^^^ trajectory-period: has no value for 2023/24',
          '  2019/20: 3000',
          '  2020/21: 6000',
          '  2021/22: 9500',
          '  2022/23: 12500',
          '  2023/25: 15500',
          '  ^^^^^^^ trajectory-period: `2023/25` is not a financial year',
        ),
      },
      rules: ['trajectory-target', 'trajectory-period'],
    },
    {
      name: 'a baseline after the first trajectory year does not change the comparison',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock(
          'mh-talking-therapies',
          'at-risk',
          'baseline: { year: 2020/21, value: 0 }',
          '                  ^^^^^^^ trajectory-period: the baseline year 2020/21 is not before the first trajectory year',
          'trajectory:',
          '  2019/20: 3000',
          '  2020/21: 6000',
          '  2021/22: 9500',
          '  2022/23: 12500',
          '  2023/24: 15500',
          '           ^^^^^ trajectory-target: ' + TALKING_THERAPIES_SHORT,
        ),
      },
      rules: ['trajectory-target', 'trajectory-period'],
    },
    {
      name: 'a count target given percentages: a unit mismatch, not a comparison (and no status finding)',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock(
          'mh-talking-therapies',
          'on-track',
          'trajectory:',
          '  2019/20: 5%',
          '  2020/21: 6%',
          '  2021/22: 7%',
          '  2022/23: 8%',
          '  2023/24: 9%',
          '           ^^ trajectory-target: the target is a number (1,900,000) but 2023/24 gives a percentage (9%)',
        ),
      },
    },
    {
      name: 'a rate target given plain numbers: a unit mismatch',
      files: {
        'plan.yaml': manifest(),
        'pc.md': commitmentBlock(
          'rtt-18-weeks',
          'on-track',
          'trajectory:',
          '  2019/20: 92',
          '           ^^ trajectory-target: the target is a percentage (92%) but 2019/20 gives a plain number (92)',
          '  2020/21: 92',
          '  2021/22: 92',
          '  2022/23: 92',
          '  2023/24: 92',
        ),
      },
    },
    {
      name: 'a decrease target reached (mh-out-of-area-placements to 0 by 2020/21) is quiet',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock('mh-out-of-area-placements', 'on-track', 'baseline: { year: 2018/19, value: 40 }', 'trajectory: { 2019/20: 25, 2020/21: 0, 2021/22: 0, 2022/23: 0, 2023/24: 0 }'),
      },
    },
    {
      name: 'a decrease target missed: still above zero in 2020/21',
      files: {
        'plan.yaml': manifest(),
        'mh.md': commitmentBlock(
          'mh-out-of-area-placements',
          'on-track',
          '        ^^^^^^^^ trajectory-target: misses the target in 2020/21',
          'trajectory:',
          '  2019/20: 25',
          '  2020/21: 4',
          '           ^ trajectory-target: 2020/21: 4 against 0: above it.',
          '  2021/22: 0',
          '  2022/23: 0',
          '  2023/24: 0',
        ),
      },
    },
    {
      name: 'an unconfirmed target (uec-urgent-treatment-centres) is never enforced',
      files: {
        'plan.yaml': manifest(),
        'uec.md': commitmentBlock('uec-urgent-treatment-centres', 'on-track', 'trajectory: { 2019/20: 10%, 2020/21: 20%, 2021/22: 30%, 2022/23: 40%, 2023/24: 50% }'),
      },
    },
    {
      name: 'an unconfirmed target (cancer-faster-diagnosis) is never enforced',
      files: {
        'plan.yaml': manifest(),
        'c.md': commitmentBlock('cancer-faster-diagnosis', 'on-track', 'trajectory: { 2019/20: 10%, 2020/21: 20%, 2021/22: 30%, 2022/23: 40%, 2023/24: 50% }'),
      },
    },
    {
      name: 'a commitment with no target, or a not-applicable response, is quiet',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines(
          commitmentBlock('elective-growth', 'on-track', 'trajectory: { 2019/20: 1, 2020/21: 1, 2021/22: 1, 2022/23: 1, 2023/24: 1 }'),
          commitmentBlock('mh-talking-therapies', 'not-applicable', 'reason: commissioned nationally in this test', 'trajectory: { 2019/20: 1, 2020/21: 1, 2021/22: 1, 2022/23: 1, 2023/24: 1 }'),
        ),
      },
    },
    {
      name: 'no footprint population: one finding at plan.yaml however many count targets',
      files: {
        'plan.yaml': markPlan(manifest().replace('  population: 1250000\n', ''), '^^^^ trajectory-target: footprint.population is missing'),
        'mh.md': lines(
          commitmentBlock('mh-talking-therapies', 'on-track', 'trajectory: { 2019/20: 600, 2020/21: 1200, 2021/22: 1900, 2022/23: 2500, 2023/24: 3100 }'),
          commitmentBlock('mh-perinatal', 'on-track', 'trajectory: { 2019/20: 600, 2020/21: 1200, 2021/22: 1900, 2022/23: 2500, 2023/24: 3100 }'),
          commitmentBlock('mh-liaison', 'on-track', 'trajectory: { 2019/20: 70%, 2020/21: 70%, 2021/22: 70%, 2022/23: 70%, 2023/24: 70% }'),
        ),
      },
    },
    {
      name: 'YAML-only responses: the same findings at the YAML nodes',
      files: {
        'plan.yaml': manifest(),
        'data/responses.yaml': lines(
          'responses:',
          '  - id: mh-talking-therapies',
          '    status: on-track',
          '            ^^^^^^^^ trajectory-target: status is on-track',
          '    trajectory:',
          '      2019/20: 3000',
          '      2020/21: 6000',
          '      2021/22: 9500',
          '      2022/23: 12500',
          '      2023/24: 15500',
          '               ^^^^^ trajectory-target: ' + TALKING_THERAPIES_SHORT,
          '  - id: rtt-18-weeks',
          '    status: at-risk',
          '    trajectory: { 2019/20: 88%, 2020/21: 92%, 2021/22: 92%, 2022/23: 92%, 2023/24: 92% }',
          '                                         ^^^ trajectory-target: recovers to it in 2020/21',
          '  - id: mh-smi-community',
          '    status: on-track',
          '    trajectory: { 2019/20: 100, 2020/21: 200, 2021/22: 300, 2022/23: 400, 2023/24: 8300 }',
          '',
        ),
      },
    },
    {
      name: 'CRLF line endings in a chapter',
      files: {
        'plan.yaml': crlf(manifest()),
        'mh.md': crlf(
          lines(
            '# Mental health',
            '',
            commitmentBlock(
              'mh-talking-therapies',
              'on-track',
              '        ^^^^^^^^ trajectory-target: status is on-track',
              'trajectory:',
              '  2019/20: 3000',
              '  2020/21: 6000',
              '  2021/22: 9500',
              '  2022/23: 12500',
              '  2023/24: 15500',
              '           ^^^^^ trajectory-target: ' + TALKING_THERAPIES_SHORT,
            ),
          ),
        ),
      },
    },
    {
      name: 'CRLF line endings in a YAML-only file',
      files: {
        'plan.yaml': crlf(manifest()),
        'data/responses.yaml': crlf(
          lines(
            'responses:',
            '  - id: cancer-early-diagnosis',
            '    status: at-risk',
            '    trajectory: { 2019/20: 66%, 2020/21: 68%, 2021/22: 69%, 2022/23: 69.5%, 2023/24: 70% }',
            '                                                                                     ^^^ trajectory-target: projected 72.5% by 2028/29',
            '',
          ),
        ),
      },
    },
  ];
  itChecksTrajectoryTargetCases(cases);
});
