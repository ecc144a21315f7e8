import type { Finding } from '../findings';
import { RULES } from '../rules/registry';
import type { RuleContext } from '../rules/rule';

/** What a rule named in a commitment's `evidenced-by` says about the plan. */
export type EvidenceState =
  /** The rule judged the plan: the findings (warnings and errors) that hold the commitment back, if any. */
  | { readonly kind: 'judged'; readonly findings: readonly Finding[] }
  /** The plan switched the rule off in plan.yaml. */
  | { readonly kind: 'off'; readonly rule: string }
  /** The plan gives the rule nothing to judge (e.g. no activity assumption with a known range). */
  | { readonly kind: 'nothing'; readonly rule: string }
  /** No such rule: a catalog mistake, reported by the catalog tests. */
  | { readonly kind: 'unknown'; readonly rule: string };

/** Answers, for an `evidenced-by` entry (`rule` or `rule/check`), what that rule found in this plan. */
export type EvidenceLookup = (entry: string) => EvidenceState;

/** Nothing judged by rules: for coverage computed without a plan's findings. */
export const NO_EVIDENCE: EvidenceLookup = (entry) => ({ kind: 'nothing', rule: entry });

/**
 * Builds the lookup from a plan's findings (after severity overrides and
 * disable comments). A warning or error of the rule (of the named check, or
 * of the whole rule when the finding names no check) holds the commitment
 * back; information and hints do not.
 */
export function evidenceFrom(context: RuleContext, findings: readonly Finding[]): EvidenceLookup {
  return (entry) => {
    const [ruleId = '', check] = entry.split('/');
    const rule = RULES.find((r) => r.meta.id === ruleId);
    if (!rule) return { kind: 'unknown', rule: entry };
    if (context.manifest?.rules.get(ruleId)?.value === 'off') return { kind: 'off', rule: ruleId };
    const holding = findings.filter(
      (f) => f.ruleId === ruleId && (f.severity === 'error' || f.severity === 'warning') && (check === undefined || f.data?.check === undefined || f.data.check === check),
    );
    if (holding.length > 0) return { kind: 'judged', findings: holding };
    if (rule.evidence && !rule.evidence(context, check)) return { kind: 'nothing', rule: entry };
    return { kind: 'judged', findings: [] };
  };
}
