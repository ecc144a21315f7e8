import * as assert from 'node:assert/strict';
import { lines, manifest, PLAN_ROOT, projectOf, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';
import { describeTargetCases, type TargetCase } from '../helpers/target-model';

/**
 * Milestones after a plan's last year, judged on the trend projected to
 * them, and current-round plans: five years from 2026/27 against mtpf-2026.
 */
const cases: TargetCase[] = [
  {
    name: 'a milestone after the plan: the trend of the last two years is projected to it',
    reason: 'misses 1 of 2 checks (system)',
    target: ['value: "70%"', 'scale: rate', 'direction: increase', 'by: 2020/21', 'milestones: [{ value: "95%", by: 2025/26 }]'],
    response: ['trajectory:', '  2019/20: 65%', '  2020/21: 71%', '  2021/22: 76%', '  2022/23: 80%', '  2023/24: 84%', '           ^^^ trajectory-target: projected to 2025/26 from the plan\'s trend to 2023/24: 92% against 95% (higher is better): 3 points short'],
  },
  {
    name: 'a projection that reaches the later milestone is quiet',
    reason: 'meets 2 of 2 checks',
    target: ['value: "70%"', 'scale: rate', 'direction: increase', 'by: 2020/21', 'milestones: [{ value: "92%", by: 2025/26 }]'],
    response: ['trajectory: { 2019/20: "66%", 2020/21: "70%", 2021/22: "76%", 2022/23: "80%", 2023/24: "84%" }'],
    coverage: 'met',
  },
];

describeTargetCases('target model: projections past the plan', cases);

describe('current-round plans: five years from 2026/27 against mtpf-2026 (targets to 2028/29)', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const plan = (period: [string, string]) =>
    manifest('', { framework: 'mtpf-2026', period }).replace(
      '    - { id: test-cvs, name: Test Voluntary Action, type: vcse }',
      '    - { id: north-acute, name: North Acute NHS Trust, type: acute-provider }\n    - { id: test-cvs, name: Test Voluntary Action, type: vcse }',
    );
  const block = (...rows: string[]) => lines('```commitment', ...rows, '```', '');

  it('commitment trajectories may stop at the framework\'s last year; finance still covers all five', () => {
    checkPlan(
      {
        'plan.yaml': plan(['2026/27', '2030/31']),
        'a.md': lines(
          block('id: community-18-weeks', 'status: on-track', 'trajectory: { 2026/27: "78%", 2027/28: "79%", 2028/29: "80%" }'),
          block('id: cancer-faster-diagnosis', 'status: on-track', 'trajectory: { 2026/27: "80%", 2027/28: "80%" }', '^^^^^^^^^^ trajectory-period: `cancer-faster-diagnosis` trajectory has no value for 2028/29: give a value for every year from 2026/27 to 2028/29'),
          '```finance',
          'income: { 2026/27: 100, 2027/28: 101, 2028/29: 102 }',
          '^^^^^^ trajectory-period: finance income has no value for 2029/30, 2030/31',
          '```',
        ),
      },
      { rules: ['trajectory-period'] },
    );
  });

  it('a count target with no footprint population is reported once, as the 2019 catalog\'s are', () => {
    const project = projectOf({
      'plan.yaml': plan(['2026/27', '2030/31']).replace(/^ {2}population: \d+\n/m, ''),
      'a.md': lines(
        block('id: ips-employment', 'status: on-track', 'trajectory: { 2026/27: 1000, 2027/28: 1100, 2028/29: 1200 }'),
        block('id: talking-therapies', 'status: on-track', 'trajectory: { 2026/27: 9000, 2027/28: 9500, 2028/29: 10000 }'),
      ),
    });
    const findings = project.analyzeAll().flatMap((a) => a.findings).filter((f) => f.ruleId === 'trajectory-target');
    assert.deepEqual(
      findings.map((f) => [f.uri.slice(PLAN_ROOT.length), f.message]),
      [['plan.yaml', 'footprint.population is missing: fair shares of national count targets cannot be worked out without it']],
    );
  });

  it('a plan ending before 2028/29 is judged on its trend projected to 2028/29', () => {
    checkPlan(
      {
        'plan.yaml': plan(['2026/27', '2027/28']),
        'a.md': block(
          'id: community-18-weeks',
          'status: at-risk',
          'trajectory:',
          '  2026/27: 78%',
          '  2027/28: 78.5%',
          '           ^^^^^ trajectory-target: projected to 2028/29 from the plan\'s trend to 2027/28: 79% against 80% (higher is better): 1 point short',
        ),
      },
      { rules: ['trajectory-target'] },
    );
  });

  it('the 2025/26 guidance: each trust 5 points up on its baseline or 60%, judged on its own line', () => {
    checkPlan(
      {
        'plan.yaml': manifest('', { framework: 'planning-2025', period: ['2025/26', '2025/26'] }),
        'a.md': block(
          'id: rtt-18-weeks',
          'status: at-risk',
          'trajectory: { 2025/26: "66%" }',
          'organisations:',
          '  test-hospital:',
          '    baseline: { year: 2024/25, value: "57%" }',
          '    trajectory: { 2025/26: "61%" }',
          '                           ^^^^^ trajectory-target: `test-hospital`: March 2026 (2025/26): 61% against 62% (baseline 57% + 5 points, or the 60% floor, whichever is greater) (higher is better): 1 point short',
        ),
      },
      { rules: ['trajectory-target', 'trajectory-period'] },
    );
  });
});
