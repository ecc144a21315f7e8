import type { Severity } from '../../../core/src/index';
import { displayPath } from '../paths';
import type { CheckReport } from '../report/check-report';
import { Fingerprints } from '../report/fingerprint';

const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', information: 'info', hint: 'info' };

/** GitLab's code-quality report (a JSON array of issues), shown in merge requests. */
export function formatGitlab(report: CheckReport): string {
  const fingerprints = new Fingerprints();
  const seen = new Map<string, number>();
  const issues = report.findings.map((f) => {
    // Two identical findings in one file still need distinct fingerprints.
    const base = fingerprints.of(f);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      type: 'issue',
      check_name: f.ruleId,
      description: f.message,
      categories: ['Bug Risk'],
      severity: SEVERITY[f.severity],
      fingerprint: n === 0 ? base : `${base}-${n}`,
      location: { path: displayPath(f.uri, report.paths), lines: { begin: f.range.start.line + 1, end: f.range.end.line + 1 } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
