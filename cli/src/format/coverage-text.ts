import type { CoverageRow, Location, PlanReport } from '../../../core/src/index';
import { displayPath } from '../paths';

const STATUS_LABEL = { met: 'met', partial: 'partial', missing: 'missing', 'not-applicable': 'n/a' } as const;

/** Markdown for a board paper: a summary per plan, then a table per area. */
export function formatCoverageMarkdown(plans: readonly PlanReport[], cwd: string): string {
  const out: string[] = [];
  for (const plan of plans) {
    const { foundational, counts } = plan;
    out.push(`# Commitment coverage: ${escapeMd(plan.title)}`, '');
    out.push(
      `Framework \`${plan.framework ?? 'none'}\`. Foundational commitments: ${foundational.answered} of ${foundational.total} answered, ${foundational.met} met. ` +
        `All commitments: ${counts.met} met, ${counts.partial} partial, ${counts.missing} missing, ${counts['not-applicable']} not applicable.`,
      '',
    );
    const rows = plan.rows;
    for (const area of unique(rows.map((r) => r.area))) {
      out.push(`## ${escapeMd(area)}`, '', '| Commitment | Kind | Status | Target | Fair share | Final value | Gap | Responses |', '|---|---|---|---|---|---|---|---|');
      for (const r of rows.filter((row) => row.area === area)) {
        out.push(`| ${escapeMd(r.title)} (\`${r.id}\`) | ${r.kind} | ${STATUS_LABEL[r.status]} | ${escapeMd(r.target)} | ${r.fairShare} | ${escapeMd(r.finalValue)} | ${r.gap} | ${r.responses.map((l) => escapeMd(where(l, cwd))).join('<br>')} |`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const CSV_COLUMNS: readonly Exclude<keyof CoverageRow, 'summaries'>[] = ['area', 'id', 'kind', 'title', 'status', 'target', 'fairShare', 'finalValue', 'gap', 'responses'];

/** One row per commitment per plan, RFC 4180 quoting. */
export function formatCoverageCsv(plans: readonly PlanReport[], cwd: string): string {
  const lines = [['plan', ...CSV_COLUMNS].join(',')];
  for (const plan of plans) {
    for (const row of plan.rows) {
      const cells = CSV_COLUMNS.map((column) => {
        const value = row[column];
        return typeof value === 'string' ? value : row.responses.map((l) => where(l, cwd)).join(' ');
      });
      lines.push([plan.title, ...cells].map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function formatCoverageJson(plans: readonly PlanReport[], cwd: string): string {
  return `${JSON.stringify(
    plans.map((plan) => ({ title: plan.title, framework: plan.framework, foundational: plan.foundational, counts: plan.counts, commitments: plan.rows.map((row) => ({ ...row, responses: row.responses.map((l) => where(l, cwd)) })) })),
    null,
    2,
  )}\n`;
}

function csvCell(value: string): string {
  // A leading = + - @ would be read as a formula by spreadsheet programs.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function escapeMd(text: string): string {
  return text.replace(/[|\\`*_[\]<>]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** "chapters/mh.md:12" for a response location. */
export function where(location: Location, cwd: string): string {
  return `${displayPath(location.uri, cwd)}:${location.range.start.line + 1}`;
}
