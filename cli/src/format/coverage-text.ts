import { COVERAGE_STATUS_LABELS, foundationalSummary, statusSummary, type CoverageRow, type Location, type PlanReport } from '../../../core/src/index';
import { displayPath, type PathStyle } from '../paths';

/** What every coverage report says about when it was made (the CLI passes today's date; tests pass their own). */
export interface ReportMeta {
  /** The date the report was made, YYYY-MM-DD. */
  readonly reportDate: string;
}

/** "Plan status draft, as at 2019-09-27. Report made 2026-12-04." */
export function datesLine(plan: PlanReport, meta: ReportMeta): string {
  const own = [plan.status ? `plan status ${plan.status}` : 'no plan status given', plan.asAt ? `as at ${plan.asAt}` : 'no as-at date given'].join(', ');
  return `${own.charAt(0).toUpperCase()}${own.slice(1)}. Report made ${meta.reportDate}.`;
}

/** Markdown for a board paper: a summary per plan, then a table per area. */
export function formatCoverageMarkdown(plans: readonly PlanReport[], paths: string | PathStyle, meta: ReportMeta): string {
  const out: string[] = [];
  for (const plan of plans) {
    const { foundational, counts } = plan;
    out.push(`# Commitment coverage: ${escapeMd(plan.title)}`, '');
    out.push(`Framework \`${plan.framework ?? 'none'}\`. ${datesLine(plan, meta)}`, '');
    out.push(`Foundational commitments: ${foundationalSummary(foundational)}. All commitments: ${statusSummary(counts)}.`, '');
    const rows = plan.rows;
    for (const area of unique(rows.map((r) => r.area))) {
      out.push(`## ${escapeMd(area)}`, '', '| Commitment | Kind | Status | Why | Plan says | Target | Fair share | Final value | Gap | Responses |', '|---|---|---|---|---|---|---|---|---|---|');
      for (const r of rows.filter((row) => row.area === area)) {
        const cells = [
          `${escapeMd(r.title)} (\`${r.id}\`)`,
          r.kind,
          COVERAGE_STATUS_LABELS[r.status],
          escapeMd(r.reason),
          r.planStatus,
          escapeMd(r.target),
          r.fairShare,
          escapeMd(r.finalValue),
          escapeMd(r.gap),
          r.responses.map((l) => escapeMd(where(l, paths))).join('<br>'),
        ];
        out.push(`| ${cells.join(' | ')} |`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const CSV_COLUMNS: readonly Exclude<keyof CoverageRow, 'summaries'>[] = ['area', 'id', 'kind', 'title', 'status', 'reason', 'planStatus', 'target', 'fairShare', 'finalValue', 'gap', 'responses'];

/** One row per commitment per plan, RFC 4180 quoting; the plan's own stage and dates on every row. */
export function formatCoverageCsv(plans: readonly PlanReport[], paths: string | PathStyle, meta: ReportMeta): string {
  const lines = [['plan', 'planStage', 'asAt', 'reportDate', ...CSV_COLUMNS].join(',')];
  for (const plan of plans) {
    for (const row of plan.rows) {
      const cells = CSV_COLUMNS.map((column) => {
        const value = row[column];
        return typeof value === 'string' ? value : row.responses.map((l) => where(l, paths)).join(' ');
      });
      lines.push([plan.title, plan.status ?? '', plan.asAt ?? '', meta.reportDate, ...cells].map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function formatCoverageJson(plans: readonly PlanReport[], paths: string | PathStyle, meta: ReportMeta): string {
  return `${JSON.stringify(
    plans.map((plan) => ({
      title: plan.title,
      framework: plan.framework,
      status: plan.status,
      asAt: plan.asAt,
      reportDate: meta.reportDate,
      foundational: plan.foundational,
      counts: plan.counts,
      commitments: plan.rows.map((row) => ({ ...row, responses: row.responses.map((l) => where(l, paths)) })),
    })),
    null,
    2,
  )}\n`;
}

export function csvCell(value: string): string {
  // A leading = + - @, tab or carriage return would be read as a formula by spreadsheet programs (OWASP's CSV injection list).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function escapeMd(text: string): string {
  return text.replace(/[|\\`*_[\]<>]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** "chapters/mh.md:12" for a response location. */
export function where(location: Location, paths: string | PathStyle): string {
  return `${displayPath(location.uri, paths)}:${location.range.start.line + 1}`;
}
