import type { Range } from './text/positions';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** A severity as users configure it: "off" silences a rule. */
export type ConfiguredSeverity = Severity | 'off';

export const SEVERITIES: readonly ConfiguredSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface RelatedLocation {
  readonly uri: string;
  readonly range: Range;
  readonly message: string;
}

/**
 * What a quick fix needs, carried with the finding (LSP `Diagnostic.data`).
 * Every field is optional; each rule documents which it sets.
 */
export interface FindingData {
  /** Replacement candidates for an unknown id, best first. */
  readonly suggestions?: readonly string[];
  /** The commitment a finding is about. */
  readonly commitment?: string;
  /** Years a trajectory lacks. */
  readonly missingYears?: readonly string[];
  /** Plain alternative for a jargon term. */
  readonly replacement?: string;
  /** Which of a rule's checks raised the finding, where coverage tells them apart (e.g. finance-balance's `efficiency-floor`). */
  readonly check?: string;
}

/** The disable comment that covers a finding: such findings are kept apart, for reports that show what was waived and why. */
export interface FindingSuppression {
  readonly reason?: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly uri: string;
  readonly range: Range;
  readonly data?: FindingData;
  readonly related?: readonly RelatedLocation[];
  /** Set only on findings a disable comment covers (PlanAnalysis.suppressed). */
  readonly suppression?: FindingSuppression;
}

/** A problem found while reading a file, before any rule runs. */
export interface ParseProblem {
  readonly ruleId: 'yaml-syntax' | 'schema' | 'unreadable-file';
  readonly message: string;
  readonly range: Range;
  readonly data?: FindingData;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
