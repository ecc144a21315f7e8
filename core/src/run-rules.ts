import type { Finding } from './findings';
import type { Suppression } from './model/types';
import { RULES } from './rules/registry';
import type { RuleContext } from './rules/rule';

/**
 * Runs every rule over one plan, then applies the plan's severity overrides
 * (`rules:` in plan.yaml) and disable comments. A rule that throws is a bug:
 * it becomes one finding instead of taking the whole check down. Findings a
 * disable comment covers go to `suppressed`, with the comment's reason.
 */
export function runRules(context: RuleContext, suppressed: Finding[] = []): Finding[] {
  const overrides = context.manifest?.rules;
  const suppressions = new Map<string, readonly Suppression[]>();
  for (const document of context.documents) {
    if (document.suppressions.length > 0) suppressions.set(document.uri, document.suppressions);
  }
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const override = overrides?.get(rule.meta.id)?.value;
    if (override === 'off') continue;
    try {
      rule.check(context, (report) => {
        const covering = suppressions.get(report.uri)?.find(
          (s) => s.rules.some((r) => r.value === rule.meta.id) && report.range.start.line >= s.startLine && report.range.start.line <= s.endLine,
        );
        (covering ? suppressed : findings).push({
          ruleId: rule.meta.id,
          severity: override ?? report.severity ?? rule.meta.defaultSeverity,
          message: report.message,
          uri: report.uri,
          range: report.range,
          ...(report.data ? { data: report.data } : {}),
          ...(report.related ? { related: report.related } : {}),
          ...(covering ? { suppression: covering.reason ? { reason: covering.reason } : {} } : {}),
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
  return findings;
}
