import { yearStart } from '../model/values';
import type { BaselineValue, YearlySeries } from '../model/types';
import { eachResponse } from './per-response';
import type { Report, Rule, RuleContext } from './rule';

export const trajectoryPeriod: Rule = {
  meta: {
    id: 'trajectory-period',
    defaultSeverity: 'warning',
    description: 'Yearly values outside the plan period, plan years with no value, a baseline after the first trajectory year, or a malformed year.',
  },
  check(context, report) {
    if (context.years.length === 0) return;
    // Commitment trajectories are numerical returns: where the framework ends before the plan does (a
    // five-year plan against a three-year framework), years after the framework's end may be left out.
    const frameworkEnd = yearStart(context.catalogs.framework?.period?.end ?? '');
    const framed = frameworkEnd === undefined ? [] : context.years.filter((year) => (yearStart(year) ?? 0) <= frameworkEnd);
    const required = framed.length > 0 ? framed : undefined;
    // Each response's series, kept with its result while plan.yaml and the catalogs stay the same.
    eachResponse(context, 'trajectory-period', report, (response, facts, say) => {
      const name = `\`${response.id?.value ?? 'commitment'}\` trajectory`;
      checkSeries(facts, say, response.uri, response.trajectory, name, response.baseline, required);
      for (const line of response.organisations) {
        checkSeries(facts, say, response.uri, line.trajectory, `\`${line.id.value}\` ${name}`, line.baseline, required);
      }
    });
    for (const document of context.documents) {
      for (const finance of document.finance) {
        checkSeries(context, report, finance.uri, finance.income, 'finance income');
        checkSeries(context, report, finance.uri, finance.expenditure, 'finance expenditure');
        checkSeries(context, report, finance.uri, finance.efficiency, 'finance efficiency');
      }
      for (const group of document.workforce) {
        const name = group.group?.value ?? 'workforce group';
        checkSeries(context, report, group.uri, group.demand, `${name} demand`);
        checkSeries(context, report, group.uri, group.supply, `${name} supply`);
      }
      for (const assumption of document.assumptions) checkSeries(context, report, assumption.uri, assumption.series, `\`${assumption.id.value}\``);
    }
  },
};

function checkSeries(
  context: Pick<RuleContext, 'years'>,
  report: (r: Report) => void,
  uri: string,
  series: YearlySeries | undefined,
  name: string,
  baseline?: BaselineValue,
  /** The years that must have a value (default: every plan year). */
  required: readonly string[] = context.years,
): void {
  if (!series) return;
  const years = context.years;
  const first = years[0] as string;
  const last = years[years.length - 1] as string;
  const present = new Set<string>();
  for (const point of series.points) {
    const year = point.year.value;
    if (yearStart(year) === undefined) {
      report({ message: `\`${year}\` is not a financial year: the second part must be the next year, like 2019/20`, uri, range: point.year.range });
      continue;
    }
    present.add(year);
    if (!years.includes(year)) {
      report({ message: `${name} has a value for ${year}, outside the plan period ${first} to ${last}: remove it, or move it to the baseline`, uri, range: point.year.range });
    }
  }
  // A year written with a value that is not a figure (1e309, .nan, text) has its own schema finding: not "no value" too.
  for (const year of series.unreadable ?? []) if (yearStart(year.value) !== undefined) present.add(year.value);
  const missing = required.filter((year) => !present.has(year));
  if (missing.length > 0 && present.size > 0) {
    report({
      message: `${name} has no value for ${missing.join(', ')}: give a value for every year from ${first} to ${required[required.length - 1] ?? last}`,
      uri,
      range: series.keyRange,
      data: { missingYears: missing },
    });
  }
  const baselineYear = baseline?.year;
  const baselineStart = baselineYear ? yearStart(baselineYear.value) : undefined;
  const firstPoint = series.points.map((p) => yearStart(p.year.value)).filter((y): y is number => y !== undefined).sort((a, b) => a - b)[0];
  if (baselineYear && baselineStart !== undefined && firstPoint !== undefined && baselineStart >= firstPoint) {
    report({ message: `the baseline year ${baselineYear.value} is not before the first trajectory year: a baseline is the starting point the trajectory improves on`, uri, range: baselineYear.range });
  } else if (baselineYear && baselineStart === undefined) {
    report({ message: `\`${baselineYear.value}\` is not a financial year: the second part must be the next year, like 2018/19`, uri, range: baselineYear.range });
  }
}
