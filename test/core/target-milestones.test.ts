import { describeTargetCases, SYSTEM_MET, type TargetCase } from '../helpers/target-model';

/** Several dated milestones of one target, each judged on its own; unconfirmed ones shown, never enforced. */
const cases: TargetCase[] = [
  {
    name: 'two milestones: the first met, the second missed, one finding at the second',
    reason: 'misses 1 of 2 checks (system)',
    target: ['value: "70%"', 'scale: rate', 'direction: increase', 'by: 2020/21', 'milestones: [{ value: "92%", by: 2023/24 }]'],
    response: ['trajectory:', '  2019/20: 65%', '  2020/21: 71%', '  2021/22: 78%', '  2022/23: 84%', '  2023/24: 90%', '           ^^^ trajectory-target: 2023/24: 90% against 92% (higher is better): 2 points short'],
    coverage: 'partial',
  },
  {
    name: 'two milestones, both missed: two findings',
    reason: 'misses 2 of 2 checks (system)',
    target: ['value: "70%"', 'scale: rate', 'direction: increase', 'by: 2020/21', 'milestones: [{ value: "92%", by: 2023/24 }]'],
    response: ['trajectory:', '  2019/20: 65%', '  2020/21: 68%', '           ^^^ trajectory-target: 2020/21: 68% against 70%', '  2021/22: 78%', '  2022/23: 84%', '  2023/24: 90%', '           ^^^ trajectory-target: 2023/24: 90% against 92%'],
  },
  {
    name: 'an unconfirmed milestone is shown, never enforced',
    reason: 'meets 1 of 1 check',
    target: ['value: "70%"', 'scale: rate', 'direction: increase', 'by: 2020/21', 'milestones: [{ value: "99%", by: 2023/24, confirmed: false }]'],
    response: [SYSTEM_MET],
    coverage: 'met',
  },
];

describeTargetCases('target model: dated milestones', cases);
