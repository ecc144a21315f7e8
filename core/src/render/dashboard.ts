import type { DashboardResult } from '../language/views';
import { CHART_CSS, trajectorySvg } from './chart';
import { seriesOfFacts } from './chart-facts';
import { ROLLUP_CSS, rollupHtml } from './rollup';
import { escapeHtml } from './safe-html';
import { COVERAGE_STATUS_LABELS } from '../coverage/coverage';
import { statusSummary } from '../report';

export interface DashboardPage {
  /** The webview's `cspSource`. */
  readonly cspSource: string;
  /** A fresh random nonce for this page's one style and one script. */
  readonly nonce: string;
}

const STATUS_COLOURS = { met: 'var(--vscode-testing-iconPassed,#2e7d32)', answered: 'var(--vscode-charts-blue,#1565c0)', partial: 'var(--vscode-editorWarning-foreground,#b26a00)', missing: 'var(--vscode-editorError-foreground,#c62828)', 'not-applicable': 'var(--vscode-disabledForeground,#888)' } as const;

/**
 * The plan dashboard: coverage by area and every trajectory against its
 * target. Server-rendered SVG, one nonce'd style and script, no remote
 * resource; plan text is always escaped.
 */
export function dashboardHtml(data: DashboardResult, page: DashboardPage): string {
  const csp = `default-src 'none'; img-src ${page.cspSource} data:; style-src 'nonce-${page.nonce}'; script-src 'nonce-${page.nonce}';`;
  const plans = data.plans.map((plan) => {
    const areas = plan.areas
      .map((area) => {
        const total = Object.values(area.counts).reduce((a, b) => a + b, 0) || 1;
        let x = 0;
        const rects = (Object.keys(STATUS_COLOURS) as (keyof typeof STATUS_COLOURS)[])
          .filter((status) => area.counts[status] > 0)
          .map((status) => {
            const width = (area.counts[status] / total) * 240;
            const rect = `<rect x="${x.toFixed(1)}" width="${width.toFixed(1)}" height="12" fill="${STATUS_COLOURS[status]}"><title>${COVERAGE_STATUS_LABELS[status]}: ${area.counts[status]}</title></rect>`;
            x += width;
            return rect;
          })
          .join('');
        return `<tr><td>${escapeHtml(area.title)}</td><td><svg width="240" height="12" role="img" aria-label="${escapeHtml(`${area.title} coverage`)}">${rects}</svg></td><td>${statusSummary(area.counts)}</td></tr>`;
      })
      .join('');
    const charts = plan.trajectories
      .map((t) => {
        const svg = trajectorySvg(seriesOfFacts(t, t.title));
        const verdict = t.meets === undefined ? '' : t.meets ? '<span class="ok">meets</span>' : '<span class="short">falls short</span>';
        return `<figure><figcaption><a href="#" data-uri="${escapeHtml(t.location.uri)}" data-line="${t.location.range.start.line}">${escapeHtml(t.title)}</a> <code>${escapeHtml(t.id)}</code> ${verdict}</figcaption>${svg}<div class="measure">${escapeHtml(t.measure)}</div></figure>`;
      })
      .join('');
    return `<section><h1>${escapeHtml(plan.title)}</h1>
<p>Foundational commitments: <strong>${plan.foundational.answered}/${plan.foundational.total}</strong> answered, <strong>${plan.foundational.met}</strong> met.
${escapeHtml(`Plan status ${plan.status ?? 'not given'}, as at ${plan.asAt ?? 'no date given'}.`)}</p>
<h2>Coverage by area</h2><table>${areas}</table>
<h2>Trajectories</h2><div class="charts">${charts || '<p>No trajectories yet.</p>'}</div></section>`;
  });
  const link = (uri: string, line: number, text: string) => `<a href="#" data-uri="${escapeHtml(uri)}" data-line="${line}">${escapeHtml(text)}</a>`;
  const rollup = data.rollup ? `<section id="rollup">${rollupHtml(data.rollup, { link })}</section>\n` : '';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Plan dashboard</title>
<style nonce="${page.nonce}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1rem; }
td { padding: 2px 8px; } figure { display: inline-block; margin: 0 1rem 1rem 0; vertical-align: top; }
figcaption { font-weight: 600; margin-bottom: 4px; } .measure { font-size: 85%; color: var(--vscode-descriptionForeground); max-width: 360px; }
.ok { color: var(--vscode-testing-iconPassed, #2e7d32); } .short { color: var(--vscode-editorError-foreground, #c62828); }
a { color: var(--vscode-textLink-foreground); }
${CHART_CSS}
${ROLLUP_CSS}
</style></head>
<body>${rollup}${plans.join('\n') || '<p>No plan found: a plan is a folder with a plan.yaml.</p>'}
<script nonce="${page.nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-uri]');
  if (!link) return;
  event.preventDefault();
  vscode.postMessage({ type: 'open', uri: link.dataset.uri, line: Number(link.dataset.line) });
});
</script></body></html>`;
}
