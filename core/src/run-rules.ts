import type { Finding, FindingSuppression } from './findings';
import { budgetSpent, type Deadline } from './limits/limits';
import { waiverExpired } from './rules/waiver-expired';
import type { Suppression } from './model/types';
import { RULES } from './rules/registry';
import type { RuleContext } from './rules/rule';

export interface RuleResults {
  readonly findings: Finding[];
  /** Findings a disable comment covers, each with its `suppression`. */
  readonly suppressed: Finding[];
}

/**
 * Runs every rule over one plan, then applies the plan's severity overrides
 * (`rules:` in plan.yaml) and disable comments. A rule that throws is a bug:
 * it becomes one finding instead of taking the whole check down. With a
 * deadline, the clock is read before each rule; once the budget is spent the
 * remaining rules are skipped and one `analysis-stopped` finding says where.
 */
export function runRules(context: RuleContext, deadline?: Deadline): RuleResults {
  const overrides = context.manifest?.rules;
  const suppressions = new Map<string, readonly Suppression[]>();
  for (const document of context.documents) {
    if (document.suppressions.length > 0) suppressions.set(document.uri, document.suppressions);
  }
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const rule of RULES) {
    const override = overrides?.get(rule.meta.id)?.value;
    if (override === 'off') continue;
    if (deadline && deadline.now() - deadline.startedAt > deadline.budgetMs) {
      findings.push(budgetSpent(context.manifestUri, deadline, rule.meta.id));
      break;
    }
    try {
      rule.check(context, (report) => {
        const covered = suppressions.get(report.uri)?.find(
          (s) => s.rules.some((r) => r.value === rule.meta.id) && report.range.start.line >= s.startLine && report.range.start.line <= s.endLine,
        );
        (covered ? suppressed : findings).push({
          ruleId: rule.meta.id,
          severity: override ?? report.severity ?? rule.meta.defaultSeverity,
          message: report.message,
          uri: report.uri,
          range: report.range,
          ...(report.data ? { data: report.data } : {}),
          ...(report.related ? { related: report.related } : {}),
          ...(covered ? { suppression: suppressionOf(covered, context.today) } : {}),
        });
      });
    } catch (error) {
      findings.push({
        ruleId: rule.meta.id,
        severity: 'error',
        message: `internal error in rule ${rule.meta.id}: ${error instanceof Error ? error.message : String(error)} (please report this)`,
        uri: context.manifestUri,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
    }
  }
  return { findings, suppressed };
}

function suppressionOf(suppression: Suppression, today: string | undefined): FindingSuppression {
  return {
    ...(suppression.reason !== undefined ? { reason: suppression.reason } : {}),
    ...(suppression.owner !== undefined ? { owner: suppression.owner } : {}),
    ...(suppression.until !== undefined ? { until: suppression.until } : {}),
    expired: waiverExpired(suppression, today),
    uri: suppression.uri,
    range: suppression.range,
  };
}
