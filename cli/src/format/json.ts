import type { Finding } from '../../../core/src/index';
import { ruleDocsUrl } from '../../../core/src/index';
import { displayPath, type PathStyle } from '../paths';
import type { CheckReport } from '../report/check-report';
import { LazyArray, prettyJson, prettyJsonText } from './json-stream';
import { countSeverities } from './summary';

/**
 * Machine-readable findings: 1-based line/column for people, the 0-based LSP
 * range for tools. Baselined findings carry `"baselined": true` and
 * suppressed ones `"suppressed": { "kind": "inSource", "justification" }`;
 * `summary` counts only the others.
 */
export function formatJson(report: CheckReport): string {
  return prettyJsonText(jsonReport(report));
}

/** The JSON report in chunks, each finding made as it is written (`planwright check --format json` writes these). */
export function jsonChunks(report: CheckReport): Iterable<string> {
  return prettyJson(jsonReport(report));
}

function jsonReport(report: CheckReport) {
  const { paths, plans } = report;
  return {
    tool: { name: 'planwright', version: report.version },
    plans: plans.map((plan) => ({
      root: displayPath(plan.root, paths) || '.',
      title: plan.title,
      framework: plan.framework,
      status: plan.status,
      asAt: plan.asAt,
      reportDate: report.reportDate,
      foundational: plan.foundational,
      coverage: plan.counts,
      commitments: plan.rows.map((row) => ({ id: row.id, status: row.status, reason: row.reason, planStatus: row.planStatus })),
    })),
    findings: new LazyArray(findings(report)),
    summary: { ...countSeverities(report.findings), baselined: report.baselined.length, suppressed: report.suppressed.length },
  };
}

function* findings(report: CheckReport) {
  const { paths } = report;
  for (const f of report.findings) yield finding(f, paths);
  for (const f of report.baselined) yield { ...finding(f, paths), baselined: true };
  for (const f of report.suppressed) yield { ...finding(f, paths), suppressed: { kind: 'inSource', ...waiverOf(f) } };
}

function finding(f: Finding, paths: PathStyle) {
  return {
    file: displayPath(f.uri, paths),
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    severity: f.severity,
    ruleId: f.ruleId,
    message: f.message,
    docs: ruleDocsUrl(f.ruleId),
    range: f.range,
    ...(f.data ? { data: f.data } : {}),
    ...(f.related ? { related: f.related.map((r) => ({ file: displayPath(r.uri, paths), line: r.range.start.line + 1, column: r.range.start.character + 1, message: r.message })) } : {}),
  };
}

/** What a waiver says, for auditors: its reason, and its owner and review date when it has them. */
function waiverOf(f: Finding): { justification?: string; owner?: string; until?: string; expired?: boolean } {
  const s = f.suppression;
  if (!s) return {};
  return { ...(s.reason ? { justification: s.reason } : {}), ...(s.owner ? { owner: s.owner } : {}), ...(s.until ? { until: s.until, expired: s.expired } : {}) };
}
