import { pointIn } from '../model/series';
import { formatDecimal, formatPlanValue } from '../model/values';
import { reportPlanWide, type Rule } from './rule';

export const financeBalance: Rule = {
  meta: {
    id: 'finance-balance',
    defaultSeverity: 'warning',
    description: 'Expenditure above income in any year, cash-releasing efficiency below the productivity test or above the plausible maximum, or no finance data at all.',
  },
  check(context, report) {
    const finance = context.documents.flatMap((document) => document.finance);
    if (finance.length === 0) {
      reportPlanWide(context, report, 'the plan has no finance data: add a finance block (income, expenditure and efficiency for each year) to show it balances', 'finance');
      return;
    }
    const minimum = context.catalogs.threshold('efficiency-min');
    const maximum = context.catalogs.threshold('efficiency-max');
    for (const data of finance) {
      const unit = data.unit;
      for (const spend of data.expenditure?.points ?? []) {
        const income = pointIn(data.income, spend.year.value);
        if (!income || income.value.value.kind !== 'number' || spend.value.value.kind !== 'number') continue;
        const gap = spend.value.value.value - income.value.value.value;
        if (gap <= 0) continue;
        report({
          message: `${spend.year.value}: expenditure ${money(spend.value.value.value, unit)} is above income ${money(income.value.value.value, unit)}, a gap of ${money(gap, unit)}: the plan must balance in every year`,
          uri: data.uri,
          range: spend.value.range,
          data: { check: 'balance' },
        });
      }
      for (const point of data.efficiency?.points ?? []) {
        const value = point.value.value;
        if (value.kind !== 'percent') {
          report({ message: `efficiency is a share of spending: write ${point.year.value} as a percentage, like 1.5%`, uri: data.uri, range: point.value.range, data: { check: 'efficiency-floor' } });
          continue;
        }
        if (minimum && value.value < minimum.value.value) {
          report({ message: `${point.year.value}: cash-releasing efficiency of ${formatPlanValue(value)} is below ${formatPlanValue(minimum.value)} a year: ${minimum.evidence}`, uri: data.uri, range: point.value.range, data: { check: 'efficiency-floor' } });
        } else if (maximum && value.value > maximum.value.value) {
          report({ message: `${point.year.value}: cash-releasing efficiency of ${formatPlanValue(value)} is above the plausible maximum of ${formatPlanValue(maximum.value)} a year: ${maximum.evidence}`, uri: data.uri, range: point.value.range, data: { check: 'efficiency-ceiling' } });
        }
      }
    }
  },
  evidence(context, check) {
    const finance = context.documents.flatMap((document) => document.finance);
    if (check === 'efficiency-floor' || check === 'efficiency-ceiling') return finance.some((data) => (data.efficiency?.points.length ?? 0) > 0);
    return finance.some((data) => (data.income?.points.length ?? 0) > 0 && (data.expenditure?.points.length ?? 0) > 0);
  },
};

function money(value: number, unit: string): string {
  // Units are "£m", "£k" or "£": the suffix follows the figure, as in "£12m".
  return `£${formatDecimal(value, 1)}${unit.slice(1)}`;
}
