import type { Finding, PlanReport } from '../../../core/src/index';
import { ruleDocsUrl } from '../../../core/src/index';
import { displayPath } from '../paths';
import { countSeverities } from './summary';

/** Machine-readable findings: 1-based line/column for people, the 0-based LSP range for tools. */
export function formatJson(findings: readonly Finding[], plans: readonly PlanReport[], cwd: string, version: string, reportDate: string): string {
  return `${JSON.stringify(
    {
      tool: { name: 'planwright', version },
      plans: plans.map((plan) => ({
        root: displayPath(plan.root, cwd) || '.',
        title: plan.title,
        framework: plan.framework,
        status: plan.status,
        asAt: plan.asAt,
        reportDate,
        foundational: plan.foundational,
        coverage: plan.counts,
        commitments: plan.rows.map((row) => ({ id: row.id, status: row.status, reason: row.reason, planStatus: row.planStatus })),
      })),
      findings: findings.map((f) => ({
        file: displayPath(f.uri, cwd),
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
        ...(f.related ? { related: f.related.map((r) => ({ file: displayPath(r.uri, cwd), line: r.range.start.line + 1, column: r.range.start.character + 1, message: r.message })) } : {}),
      })),
      summary: countSeverities(findings),
    },
    null,
    2,
  )}\n`;
}
