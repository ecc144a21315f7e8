import * as assert from 'node:assert/strict';
import { lines, manifest, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

/** The same text with "\r\n" line breaks. */
const crlf = (text: string): string => text.split('\n').join('\r\n');

/** A manifest with a marker line under its first line (`plan:`), where plan-wide findings point. */
const markPlan = (text: string, marker: string): string => {
  const [first, ...rest] = text.split('\n');
  return [first ?? '', marker, ...rest].join('\n');
};

/** A commitment block with a block-style trajectory; `rows` may hold marker lines. */
const block = (id: string, status: string, ...rows: string[]): string => lines('```commitment', `id: ${id}`, `status: ${status}`, ...rows, '```', '');

const TALKING_THERAPIES_SHORT = '3,100 against a fair share of 8,437 (380,000 × 1,250,000 ÷ 56.3m)';

describe('trajectory-target', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const cases: { name: string; files: Record<string, string>; rules?: string[] }[] = [
    {
      name: 'a count target short of the fair share, at-risk: only the shortfall, at the value',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block(
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
        'mh.md': block(
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
        'mh.md': block('mh-talking-therapies', 'off-track', 'trajectory:', '  2019/20: 600', '  2020/21: 1200', '  2021/22: 1900', '  2022/23: 2500', '  2023/24: 3100', '           ^^^^ trajectory-target: short by 63%'),
      },
    },
    {
      name: 'a trajectory reaching the fair share (8,437 ≥ 8,436.9) is quiet, even on-track',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block('mh-talking-therapies', 'on-track', 'trajectory: { 2019/20: 1700, 2020/21: 3400, 2021/22: 5100, 2022/23: 6800, 2023/24: 8437 }'),
      },
    },
    {
      name: 'one short of the fair share still misses it',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block('mh-talking-therapies', 'at-risk', 'trajectory:', '  2019/20: 1700', '  2020/21: 3400', '  2021/22: 5100', '  2022/23: 6800', '  2023/24: 8436', '           ^^^^ trajectory-target: 2023/24: 8,436 against a fair share of 8,437'),
      },
    },
    {
      name: 'the fair share follows the footprint population',
      files: {
        'plan.yaml': manifest('', { population: 2500000 }),
        'mh.md': block('mh-talking-therapies', 'at-risk', 'trajectory:', '  2019/20: 1700', '  2020/21: 3400', '  2021/22: 5100', '  2022/23: 6800', '  2023/24: 8500', '           ^^^^ trajectory-target: 2023/24: 8,500 against a fair share of 16,874 (380,000 × 2,500,000 ÷ 56.3m): short by 50%'),
      },
    },
    {
      name: 'only the target year counts: earlier years below the fair share are quiet',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block('mh-smi-community', 'on-track', 'trajectory: { 2019/20: 100, 2020/21: 200, 2021/22: 300, 2022/23: 400, 2023/24: 8300 }'),
      },
    },
    {
      name: 'a rate target is compared as it stands, in the first plan year (rtt-18-weeks by 2019/20)',
      files: {
        'plan.yaml': manifest(),
        'pc.md': block(
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
        'pc.md': block('rtt-18-weeks', 'on-track', 'trajectory: { 2019/20: 92%, 2020/21: 92%, 2021/22: 92.5%, 2022/23: 93%, 2023/24: 93% }'),
      },
    },
    {
      name: 'a rate target due in the last plan year (mh-liaison 70% by 2023/24)',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block('mh-liaison', 'at-risk', 'trajectory:', '  2019/20: 50%', '  2020/21: 55%', '  2021/22: 60%', '  2022/23: 65%', '  2023/24: 69%', '           ^^^ trajectory-target: 2023/24: 69% against the 70% target: short by 1%'),
      },
    },
    {
      name: 'a target beyond the plan period is compared in 2023/24 and called a projection',
      files: {
        'plan.yaml': manifest(),
        'c.md': block(
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
        'c.md': block('cancer-early-diagnosis', 'on-track', 'trajectory: { 2019/20: 55%, 2020/21: 60%, 2021/22: 65%, 2022/23: 70%, 2023/24: 75% }'),
      },
    },
    {
      name: 'a shorter plan period: the 2023/24 fair share is compared with its last year, as a projection',
      files: {
        'plan.yaml': manifest('', { period: ['2019/20', '2021/22'] }),
        'mh.md': block('mh-talking-therapies', 'at-risk', 'trajectory:', '  2019/20: 1000', '  2020/21: 2000', '  2021/22: 3100', "           ^^^^ trajectory-target: 2021/22: 3,100 against a fair share of 8,437 (380,000 × 1,250,000 ÷ 56.3m), the 2023/24 target, with the plan's last year standing in as a projection"),
      },
    },
    {
      name: 'a value for a year outside the period is not what is compared',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block(
          'mh-talking-therapies',
          'at-risk',
          'trajectory:',
          '  2019/20: 600',
          '  2020/21: 1200',
          '  2021/22: 1900',
          '  2022/23: 2500',
          '  2023/24: 3100',
          '           ^^^^ trajectory-target: ' + TALKING_THERAPIES_SHORT,
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
        'mh.md': block(
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
        'mh.md': block(
          'mh-talking-therapies',
          'on-track',
          'trajectory:',
          '^^^^^^^^^^ trajectory-period: has no value for 2023/24',
          '  2019/20: 600',
          '  2020/21: 1200',
          '  2021/22: 1900',
          '  2022/23: 2500',
          '  2023/25: 3100',
          '  ^^^^^^^ trajectory-period: `2023/25` is not a financial year',
        ),
      },
      rules: ['trajectory-target', 'trajectory-period'],
    },
    {
      name: 'a baseline after the first trajectory year does not change the comparison',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block(
          'mh-talking-therapies',
          'at-risk',
          'baseline: { year: 2020/21, value: 0 }',
          '                  ^^^^^^^ trajectory-period: the baseline year 2020/21 is not before the first trajectory year',
          'trajectory:',
          '  2019/20: 600',
          '  2020/21: 1200',
          '  2021/22: 1900',
          '  2022/23: 2500',
          '  2023/24: 3100',
          '           ^^^^ trajectory-target: ' + TALKING_THERAPIES_SHORT,
        ),
      },
      rules: ['trajectory-target', 'trajectory-period'],
    },
    {
      name: 'a count target given percentages: a unit mismatch, not a comparison (and no status finding)',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block(
          'mh-talking-therapies',
          'on-track',
          'trajectory:',
          '  2019/20: 5%',
          '  2020/21: 6%',
          '  2021/22: 7%',
          '  2022/23: 8%',
          '  2023/24: 9%',
          '           ^^ trajectory-target: the target is a number (380,000) but 2023/24 gives a percentage (9%)',
        ),
      },
    },
    {
      name: 'a rate target given plain numbers: a unit mismatch',
      files: {
        'plan.yaml': manifest(),
        'pc.md': block(
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
      name: 'a decrease target reached (mh-out-of-area-placements to 0 by 2021/22) is quiet',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block('mh-out-of-area-placements', 'on-track', 'baseline: { year: 2018/19, value: 40 }', 'trajectory: { 2019/20: 25, 2020/21: 10, 2021/22: 0, 2022/23: 0, 2023/24: 0 }'),
      },
    },
    {
      name: 'a decrease target missed: still above zero in 2021/22',
      files: {
        'plan.yaml': manifest(),
        'mh.md': block(
          'mh-out-of-area-placements',
          'on-track',
          '        ^^^^^^^^ trajectory-target: misses the target in 2021/22',
          'trajectory:',
          '  2019/20: 25',
          '  2020/21: 10',
          '  2021/22: 4',
          '           ^ trajectory-target: 2021/22: 4 against the 0 target: above it.',
          '  2022/23: 0',
          '  2023/24: 0',
        ),
      },
    },
    {
      name: 'an unconfirmed target (uec-urgent-treatment-centres) is never enforced',
      files: {
        'plan.yaml': manifest(),
        'uec.md': block('uec-urgent-treatment-centres', 'on-track', 'trajectory: { 2019/20: 10%, 2020/21: 20%, 2021/22: 30%, 2022/23: 40%, 2023/24: 50% }'),
      },
    },
    {
      name: 'an unconfirmed target (cancer-faster-diagnosis) is never enforced',
      files: {
        'plan.yaml': manifest(),
        'c.md': block('cancer-faster-diagnosis', 'on-track', 'trajectory: { 2019/20: 10%, 2020/21: 20%, 2021/22: 30%, 2022/23: 40%, 2023/24: 50% }'),
      },
    },
    {
      name: 'a commitment with no target, or a not-applicable response, is quiet',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines(
          block('elective-growth', 'on-track', 'trajectory: { 2019/20: 1, 2020/21: 1, 2021/22: 1, 2022/23: 1, 2023/24: 1 }'),
          block('mh-talking-therapies', 'not-applicable', 'reason: commissioned nationally in this test', 'trajectory: { 2019/20: 1, 2020/21: 1, 2021/22: 1, 2022/23: 1, 2023/24: 1 }'),
        ),
      },
    },
    {
      name: 'no footprint population: one finding at plan.yaml however many count targets',
      files: {
        'plan.yaml': markPlan(manifest().replace('  population: 1250000\n', ''), '^^^^ trajectory-target: footprint.population is missing'),
        'mh.md': lines(
          block('mh-talking-therapies', 'on-track', 'trajectory: { 2019/20: 600, 2020/21: 1200, 2021/22: 1900, 2022/23: 2500, 2023/24: 3100 }'),
          block('mh-perinatal', 'on-track', 'trajectory: { 2019/20: 600, 2020/21: 1200, 2021/22: 1900, 2022/23: 2500, 2023/24: 3100 }'),
          block('mh-liaison', 'on-track', 'trajectory: { 2019/20: 70%, 2020/21: 70%, 2021/22: 70%, 2022/23: 70%, 2023/24: 70% }'),
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
          '      2019/20: 600',
          '      2020/21: 1200',
          '      2021/22: 1900',
          '      2022/23: 2500',
          '      2023/24: 3100',
          '               ^^^^ trajectory-target: ' + TALKING_THERAPIES_SHORT,
          '  - id: rtt-18-weeks',
          '    status: at-risk',
          '    trajectory: { 2019/20: 88%, 2020/21: 92%, 2021/22: 92%, 2022/23: 92%, 2023/24: 92% }',
          '                           ^^^ trajectory-target: 2019/20: 88% against the 92% target: short by 4%',
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
            block(
              'mh-talking-therapies',
              'on-track',
              '        ^^^^^^^^ trajectory-target: status is on-track',
              'trajectory:',
              '  2019/20: 600',
              '  2020/21: 1200',
              '  2021/22: 1900',
              '  2022/23: 2500',
              '  2023/24: 3100',
              '           ^^^^ trajectory-target: ' + TALKING_THERAPIES_SHORT,
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
            '    trajectory: { 2019/20: 55%, 2020/21: 58%, 2021/22: 61%, 2022/23: 64%, 2023/24: 70% }',
            '                                                                                   ^^^ trajectory-target: a projection',
            '',
          ),
        ),
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      checkPlan(c.files, { rules: c.rules ?? ['trajectory-target'] });
    });
  }

  it('names the commitment in the finding data', () => {
    const { findings } = checkPlan(
      {
        'plan.yaml': manifest(),
        'mh.md': block('mh-talking-therapies', 'at-risk', 'trajectory:', '  2019/20: 600', '  2020/21: 1200', '  2021/22: 1900', '  2022/23: 2500', '  2023/24: 3100', '           ^^^^ trajectory-target'),
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
        'mh.md': block('mh-talking-therapies', 'at-risk', 'trajectory:', '  2019/20: 600', '  2020/21: 1200', '  2021/22: 1900', '  2022/23: 2500', '  2023/24: 3100', '           ^^^^ trajectory-target'),
      },
      { rules: ['trajectory-target'] },
    );
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'trajectory-target').map((f) => f.severity),
      ['error'],
    );
  });
});
