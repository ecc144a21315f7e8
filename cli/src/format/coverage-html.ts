import { escapeHtml, renderMarkdownSafe, type CoverageStatus, type PlanReport } from '../../../core/src/index';
import { where } from './coverage-text';

const STATUS: Record<CoverageStatus, { label: string; color: string }> = {
  met: { label: 'Met', color: '#2e7d32' },
  partial: { label: 'Partial', color: '#b26a00' },
  missing: { label: 'Missing', color: '#c62828' },
  'not-applicable': { label: 'Not applicable', color: '#607d8b' },
};

/**
 * A self-contained HTML coverage report (no scripts, no remote resources):
 * a stacked bar per area, then each commitment with its target, fair share,
 * final trajectory value and the responses' summaries rendered safely.
 */
export async function formatCoverageHtml(plans: readonly PlanReport[], cwd: string): Promise<string> {
  const sections: string[] = [];
  for (const plan of plans) {
    const rows = plan.rows;
    const { foundational, counts } = plan;
    const areaBars = plan.areas.map((area) => bar(area.title, area.counts)).join('\n');
    const rowHtml: string[] = [];
    for (const row of rows) {
      const summaries = await Promise.all(row.summaries.map((text) => renderMarkdownSafe(text)));
      rowHtml.push(`<tr>
  <td>${escapeHtml(row.area)}</td>
  <td><strong>${escapeHtml(row.title)}</strong><br><code>${escapeHtml(row.id)}</code> · ${escapeHtml(row.kind)}${summaries.length > 0 ? `<div class="summary">${summaries.join('')}</div>` : ''}</td>
  <td><span class="badge" style="background:${STATUS[row.status].color}">${STATUS[row.status].label}</span></td>
  <td>${escapeHtml(row.target)}</td>
  <td>${escapeHtml(row.fairShare)}</td>
  <td>${escapeHtml(row.finalValue)}</td>
  <td>${escapeHtml(row.gap)}</td>
  <td>${row.responses.map((l) => escapeHtml(where(l, cwd))).join('<br>')}</td>
</tr>`);
    }
    sections.push(`<section>
<h1>Commitment coverage: ${escapeHtml(plan.title)}</h1>
<p>Framework <code>${escapeHtml(plan.framework ?? 'none')}</code>. Foundational commitments: ${foundational.answered} of ${foundational.total} answered, ${foundational.met} met.
All commitments: ${counts.met} met, ${counts.partial} partial, ${counts.missing} missing, ${counts['not-applicable']} not applicable.</p>
<h2>By area</h2>
<table class="bars">${areaBars}</table>
<h2>Commitments</h2>
<table>
<thead><tr><th>Area</th><th>Commitment</th><th>Status</th><th>Target</th><th>Fair share</th><th>Final value</th><th>Gap</th><th>Responses</th></tr></thead>
<tbody>
${rowHtml.join('\n')}
</tbody>
</table>
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

function bar(title: string, counts: Record<CoverageStatus, number>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0) || 1;
  const width = 300;
  let x = 0;
  const rects = (Object.keys(STATUS) as CoverageStatus[])
    .filter((status) => counts[status] > 0)
    .map((status) => {
      const w = (counts[status] / total) * width;
      const rect = `<rect x="${x.toFixed(1)}" width="${w.toFixed(1)}" height="14" fill="${STATUS[status].color}"><title>${STATUS[status].label}: ${counts[status]}</title></rect>`;
      x += w;
      return rect;
    })
    .join('');
  const label = (Object.keys(STATUS) as CoverageStatus[]).map((s) => `${counts[s]} ${STATUS[s].label.toLowerCase()}`).join(', ');
  return `<tr><td>${escapeHtml(title)}</td><td><svg width="${width}" height="14" role="img" aria-label="${escapeHtml(label)}">${rects}</svg></td><td>${escapeHtml(label)}</td></tr>`;
}
