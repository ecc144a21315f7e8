import { COVERAGE_STATUSES, COVERAGE_STATUS_LABELS, escapeHtml, foundationalSummary, renderMarkdownSafe, statusSummary, type CoverageRow, type CoverageStatus, type Location, type PlanReport } from '../../../core/src/index';
import { displayPath, type PathStyle } from '../paths';
import { datesLine, where, type ReportMeta } from './coverage-text';

const COLOURS: Record<CoverageStatus, string> = {
  met: '#2e7d32',
  answered: '#1565c0',
  partial: '#b26a00',
  missing: '#c62828',
  'not-applicable': '#607d8b',
};

/**
 * A self-contained HTML coverage report (no scripts, no remote resources):
 * a stacked bar per area, then a table per area with each commitment's
 * status and why, the plan's own status, its target, fair share, final
 * trajectory value and gap, the responses as links and their summaries
 * rendered safely.
 */
export async function formatCoverageHtml(plans: readonly PlanReport[], paths: string | PathStyle, meta: ReportMeta): Promise<string> {
  const sections: string[] = [];
  for (const plan of plans) {
    const { foundational, counts } = plan;
    const areaBars = plan.areas.map((area) => bar(area.title, area.counts)).join('\n');
    const tables: string[] = [];
    for (const area of [...new Set(plan.rows.map((r) => r.area))]) {
      const rowHtml: string[] = [];
      for (const row of plan.rows.filter((r) => r.area === area)) rowHtml.push(await rowOf(row, paths));
      tables.push(`<h3>${escapeHtml(area)}</h3>
<table>
<thead><tr><th>Commitment</th><th>Status</th><th>Plan says</th><th>Target</th><th>Fair share</th><th>Final value</th><th class="gap">Gap</th><th>Responses</th></tr></thead>
<tbody>
${rowHtml.join('\n')}
</tbody>
</table>`);
    }
    sections.push(`<section>
<h1>Commitment coverage: ${escapeHtml(plan.title)}</h1>
<p>Framework <code>${escapeHtml(plan.framework ?? 'none')}</code>. ${escapeHtml(datesLine(plan, meta))}</p>
<p>Foundational commitments: ${escapeHtml(foundationalSummary(foundational))}. All commitments: ${escapeHtml(statusSummary(counts))}.</p>
<h2>By area</h2>
<table class="bars">${areaBars}</table>
<h2>Commitments</h2>
${tables.join('\n')}
</section>`);
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Commitment coverage</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
th, td { border-bottom: 1px solid #ddd; padding: .4rem .5rem; text-align: left; vertical-align: top; }
.badge { color: #fff; border-radius: 3px; padding: 0 .4rem; white-space: nowrap; }
.why { color: #444; font-size: 90%; }
.gap, .nowrap { white-space: nowrap; }
.bars td { border: none; padding: .15rem .5rem; }
.summary { color: #444; font-size: 90%; }
</style>
</head>
<body>
${sections.join('\n')}
</body>
</html>
`;
}

async function rowOf(row: CoverageRow, paths: string | PathStyle): Promise<string> {
  const summaries = await Promise.all(row.summaries.map((text) => renderMarkdownSafe(text)));
  return `<tr>
  <td><strong>${escapeHtml(row.title)}</strong><br><code>${escapeHtml(row.id)}</code> · ${escapeHtml(row.kind)}${summaries.length > 0 ? `<div class="summary">${summaries.join('')}</div>` : ''}</td>
  <td><span class="badge" style="background:${COLOURS[row.status]}">${escapeHtml(COVERAGE_STATUS_LABELS[row.status])}</span><div class="why">${escapeHtml(row.reason)}</div></td>
  <td class="nowrap">${escapeHtml(row.planStatus)}</td>
  <td>${escapeHtml(row.target)}</td>
  <td class="nowrap">${escapeHtml(row.fairShare)}</td>
  <td>${escapeHtml(row.finalValue)}</td>
  <td class="gap">${escapeHtml(row.gap)}</td>
  <td>${row.responses.map((l) => link(l, paths)).join('<br>')}</td>
</tr>`;
}

/** A response as a link to its file and line (relative to where the report was made, `#L12` as code hosts read it). */
function link(location: Location, paths: string | PathStyle): string {
  const href = `${encodeURI(displayPath(location.uri, paths))}#L${location.range.start.line + 1}`;
  return `<a href="${escapeHtml(href)}">${escapeHtml(where(location, paths))}</a>`;
}

function bar(title: string, counts: Record<CoverageStatus, number>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0) || 1;
  const width = 300;
  let x = 0;
  const rects = COVERAGE_STATUSES.filter((status) => counts[status] > 0)
    .map((status) => {
      const w = (counts[status] / total) * width;
      const rect = `<rect x="${x.toFixed(1)}" width="${w.toFixed(1)}" height="14" fill="${COLOURS[status]}"><title>${COVERAGE_STATUS_LABELS[status]}: ${counts[status]}</title></rect>`;
      x += w;
      return rect;
    })
    .join('');
  const label = statusSummary(counts);
  return `<tr><td>${escapeHtml(title)}</td><td><svg width="${width}" height="14" role="img" aria-label="${escapeHtml(label)}">${rects}</svg></td><td>${escapeHtml(label)}</td></tr>`;
}
