import { lastYear, pointIn } from '../model/series';
import { formatNumber } from '../model/values';
import { reportPlanWide, type Rule } from './rule';

export const workforceGap: Rule = {
  meta: {
    id: 'workforce-gap',
    defaultSeverity: 'warning',
    description: 'A staff group whose supply is below demand in the plan\'s final year with no action recorded to close the gap, or no workforce data at all.',
  },
  check(context, report) {
    const groups = context.documents.flatMap((document) => document.workforce);
    if (groups.length === 0) {
      reportPlanWide(context, report, 'the plan has no workforce data: add a workforce block with demand and supply for each staff group, matched to the activity the plan expects', 'workforce');
      return;
    }
    const final = lastYear(context.years);
    if (!final) return;
    for (const group of groups) {
      const demand = pointIn(group.demand, final);
      const supply = pointIn(group.supply, final);
      if (!demand || !supply || demand.value.value.kind !== 'number' || supply.value.value.kind !== 'number') continue;
      const gap = demand.value.value.value - supply.value.value.value;
      if (gap <= 0 || group.actions.length > 0) continue;
      report({
        message: `${group.group?.value ?? 'this staff group'}: supply of ${formatNumber(supply.value.value.value)} WTE is below demand of ${formatNumber(demand.value.value.value)} in ${final}, a gap of ${formatNumber(gap)} WTE, and no action is recorded: add \`actions\` that close it`,
        uri: group.uri,
        range: supply.value.range,
      });
    }
  },
};
