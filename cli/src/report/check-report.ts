import type { Finding, PlanReport } from '../../../core/src/index';
import type { PathStyle } from '../paths';

/** Everything a `check` format prints. */
export interface CheckReport {
  /** Findings that count: printed, and deciding the exit code. */
  readonly findings: readonly Finding[];
  /** Findings recorded in the baseline: reported as such, not counted. */
  readonly baselined: readonly Finding[];
  /** Findings disabled in the plan by a comment, with its reason: shown to auditors, not counted. */
  readonly suppressed: readonly Finding[];
  readonly plans: readonly PlanReport[];
  readonly paths: PathStyle;
  readonly version: string;
  /** The date the report was made (YYYY-MM-DD). */
  readonly reportDate: string;
}
