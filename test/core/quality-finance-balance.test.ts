import { crlf, lines, manifest, markPlan, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';



const financeBlock = (...rows: string[]): string => lines('# Money', '', '```finance', ...rows, '```', '');

const BALANCED_INCOME = ['income:', '  2019/20: 2152', '  2020/21: 2236', '  2021/22: 2320', '  2022/23: 2408', '  2023/24: 2498'];
const SOUND_EFFICIENCY = ['efficiency: { 2019/20: 1.6%, 2020/21: 1.8%, 2021/22: 1.9%, 2022/23: 1.9%, 2023/24: 2.0% }'];

describe('finance-balance', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const cases: { name: string; files: Record<string, string>; rules?: string[] }[] = [
    {
      name: 'expenditure above income in 2021/22 by £12m, in a Markdown block',
      files: {
        'plan.yaml': manifest(),
        'money.md': financeBlock(
          ...BALANCED_INCOME,
          'expenditure:',
          '  2019/20: 2150',
          '  2020/21: 2233',
          '  2021/22: 2332',
          '           ^^^^ finance-balance: 2021/22: expenditure £2,332m is above income £2,320m, a gap of £12m: the plan must balance in every year',
          '  2022/23: 2404',
          '  2023/24: 2495',
          ...SOUND_EFFICIENCY,
        ),
      },
    },
    {
      name: 'the same in a YAML-only file',
      files: {
        'plan.yaml': manifest(),
        'data/finance.yaml': lines(
          'finance:',
          '  unit: £m',
          '  income: { 2019/20: 2152, 2020/21: 2236, 2021/22: 2320, 2022/23: 2408, 2023/24: 2498 }',
          '  expenditure:',
          '    2019/20: 2150',
          '    2020/21: 2233',
          '    2021/22: 2332',
          '             ^^^^ finance-balance: a gap of £12m',
          '    2022/23: 2404',
          '    2023/24: 2495',
          '  efficiency: { 2019/20: 1.6%, 2020/21: 1.8%, 2021/22: 1.9%, 2022/23: 1.9%, 2023/24: 2.0% }',
          '',
        ),
      },
    },
    {
      name: 'balanced in every year (spending equal to income counts as balanced): quiet',
      files: {
        'plan.yaml': manifest(),
        'money.md': financeBlock(...BALANCED_INCOME, 'expenditure: { 2019/20: 2152, 2020/21: 2230, 2021/22: 2320, 2022/23: 2400, 2023/24: 2498 }', ...SOUND_EFFICIENCY),
      },
    },
    {
      name: 'gaps in the first and the last plan year',
      files: {
        'plan.yaml': manifest(),
        'money.md': financeBlock(
          ...BALANCED_INCOME,
          'expenditure:',
          '  2019/20: 2160',
          '           ^^^^ finance-balance: 2019/20: expenditure £2,160m is above income £2,152m, a gap of £8m',
          '  2020/21: 2233',
          '  2021/22: 2320',
          '  2022/23: 2404',
          '  2023/24: 2600',
          '           ^^^^ finance-balance: 2023/24: expenditure £2,600m is above income £2,498m, a gap of £102m',
        ),
      },
    },
    {
      name: 'the unit follows the block (£k)',
      files: {
        'plan.yaml': manifest(),
        'data/finance.yaml': lines(
          'finance:',
          '  unit: £k',
          '  income: { 2019/20: 500, 2020/21: 510, 2021/22: 520, 2022/23: 530, 2023/24: 540 }',
          '  expenditure:',
          '    2019/20: 500',
          '    2020/21: 522',
          '             ^^^ finance-balance: 2020/21: expenditure £522k is above income £510k, a gap of £12k',
          '    2021/22: 520',
          '    2022/23: 530',
          '    2023/24: 540',
          '',
        ),
      },
    },
    {
      name: 'a year with expenditure but no income (outside the period) is not compared',
      files: {
        'plan.yaml': manifest(),
        'money.md': financeBlock(
          ...BALANCED_INCOME,
          'expenditure:',
          '  2019/20: 2150',
          '  2020/21: 2233',
          '  2021/22: 2320',
          '  2022/23: 2404',
          '  2023/24: 2495',
          '  2024/25: 9999',
          '  ^^^^^^^ trajectory-period: outside the plan period',
        ),
      },
      rules: ['finance-balance', 'trajectory-period'],
    },
    {
      name: 'efficiency below 1.1% and above 3% (the King\'s Fund and Nuffield Trust ceiling)',
      files: {
        'plan.yaml': manifest(),
        'money.md': financeBlock(
          ...BALANCED_INCOME,
          'expenditure: { 2019/20: 2150, 2020/21: 2233, 2021/22: 2310, 2022/23: 2404, 2023/24: 2495 }',
          'efficiency:',
          '  2019/20: 0.8%',
          '           ^^^^ finance-balance: 2019/20: cash-releasing efficiency of 0.8% is below 1.1% a year',
          '  2020/21: 1.1%',
          '  2021/22: 2%',
          '  2022/23: 3%',
          '  2023/24: 5%',
          '           ^^ finance-balance: 2023/24: cash-releasing efficiency of 5% is above the plausible maximum of 3% a year: Reviewer heuristic: the King\'s Fund and Nuffield Trust judged savings of around 3-4% a year',
        ),
      },
    },
    {
      name: 'efficiency of exactly 1.1% and exactly 3%: quiet',
      files: {
        'plan.yaml': manifest(),
        'data/finance.yaml': lines(
          'finance:',
          '  income: { 2019/20: 100, 2020/21: 100, 2021/22: 100, 2022/23: 100, 2023/24: 100 }',
          '  expenditure: { 2019/20: 100, 2020/21: 100, 2021/22: 100, 2022/23: 100, 2023/24: 100 }',
          '  efficiency: { 2019/20: 1.1%, 2020/21: 3%, 2021/22: 1.1%, 2022/23: 3%, 2023/24: 3.0% }',
          '',
        ),
      },
    },
    {
      name: 'efficiency written as a plain number',
      files: {
        'plan.yaml': manifest(),
        'data/finance.yaml': lines(
          'finance:',
          '  income: { 2019/20: 100, 2020/21: 100, 2021/22: 100, 2022/23: 100, 2023/24: 100 }',
          '  expenditure: { 2019/20: 100, 2020/21: 100, 2021/22: 100, 2022/23: 100, 2023/24: 100 }',
          '  efficiency:',
          '    2019/20: 1.5',
          '             ^^^ finance-balance: efficiency is a share of spending: write 2019/20 as a percentage, like 1.5%',
          '    2020/21: 1.5%',
          '    2021/22: 1.5%',
          '    2022/23: 1.5%',
          '    2023/24: 1.5%',
          '',
        ),
      },
    },
    {
      name: 'no finance anywhere: one finding at plan.yaml',
      files: {
        'plan.yaml': markPlan(manifest(), '^^^^ finance-balance: the plan has no finance data: add a finance block'),
        'mh.md': lines('# Mental health', '', 'We will spend more on mental health.', ''),
        'data/x.yaml': lines('assumptions:', '  bed-days-change: { 2019/20: 1%, 2020/21: 1%, 2021/22: 1%, 2022/23: 1%, 2023/24: 1% }', ''),
      },
    },
    {
      name: 'finance in any file of the plan is enough',
      files: {
        'plan.yaml': manifest(),
        'mh.md': lines('# Mental health', ''),
        'data/finance.yaml': lines('finance:', '  income: { 2019/20: 100, 2020/21: 100, 2021/22: 100, 2022/23: 100, 2023/24: 100 }', '  expenditure: { 2019/20: 90, 2020/21: 90, 2021/22: 90, 2022/23: 90, 2023/24: 90 }', ''),
      },
    },
    {
      name: 'CRLF line endings, in a chapter and in a YAML-only file',
      files: {
        'plan.yaml': crlf(manifest()),
        'money.md': crlf(financeBlock(...BALANCED_INCOME, 'expenditure:', '  2019/20: 2150', '  2020/21: 2233', '  2021/22: 2332', '           ^^^^ finance-balance: a gap of £12m', '  2022/23: 2404', '  2023/24: 2495')),
        'data/finance.yaml': crlf(lines('finance:', '  efficiency:', '    2019/20: 0.5%', '             ^^^^ finance-balance: 0.5% is below 1.1% a year', '    2020/21: 2%', '    2021/22: 2%', '    2022/23: 2%', '    2023/24: 4.5%', '             ^^^^ finance-balance: 4.5% is above the plausible maximum of 3% a year', '')),
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      checkPlan(c.files, { rules: c.rules ?? ['finance-balance'] });
    });
  }
});
