import { formatNumber } from '../model/values';
import { escapeHtml } from './safe-html';

export interface ChartSeries {
  readonly title: string;
  readonly unit: 'number' | 'percent';
  readonly points: readonly { readonly year: string; readonly value: number }[];
  readonly baseline?: { readonly year: string; readonly value: number };
  /** The target or fair share line, drawn across the chart. */
  readonly required?: { readonly year: string; readonly value: number; readonly label: string };
}

const WIDTH = 360;
const HEIGHT = 160;
const PAD = { left: 52, right: 12, top: 14, bottom: 28 };

/**
 * A trajectory chart as inline SVG: the plan's yearly values against the
 * target line. No script, no remote resource and no inline style, so it
 * renders under a strict Content-Security-Policy; the page supplies
 * CHART_CSS (colours follow the editor theme, with fallbacks for reports).
 */
export function trajectorySvg(series: ChartSeries): string {
  const all = [...(series.baseline ? [series.baseline] : []), ...series.points];
  if (all.length === 0) return '';
  const values = [...all.map((p) => p.value), ...(series.required ? [series.required.value] : [])];
  let min = Math.min(0, ...values);
  let max = Math.max(...values);
  if (max === min) max = min + 1;
  const span = max - min;
  max += span * 0.08;
  if (min < 0) min -= span * 0.08;
  const x = (i: number) => PAD.left + (all.length === 1 ? 0 : (i * (WIDTH - PAD.left - PAD.right)) / (all.length - 1));
  const y = (v: number) => PAD.top + ((max - v) * (HEIGHT - PAD.top - PAD.bottom)) / (max - min);
  const show = (v: number) => `${formatNumber(v)}${series.unit === 'percent' ? '%' : ''}`;

  const line = all.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const dots = all
    .map((p, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3" class="pw-dot"><title>${escapeHtml(`${p.year}: ${show(p.value)}`)}</title></circle>`)
    .join('');
  const labels = all.map((p, i) => `<text x="${x(i).toFixed(1)}" y="${HEIGHT - 8}" text-anchor="middle" class="pw-axis">${escapeHtml(p.year)}</text>`).join('');
  const ticks = [min < 0 ? min : 0, max]
    .map((v) => `<text x="${PAD.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" class="pw-axis">${escapeHtml(show(v))}</text>`)
    .join('');
  const target = series.required
    ? `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(series.required.value).toFixed(1)}" y2="${y(series.required.value).toFixed(1)}" class="pw-target"/>` +
      `<text x="${WIDTH - PAD.right}" y="${(y(series.required.value) - 4).toFixed(1)}" text-anchor="end" class="pw-target-label">${escapeHtml(`${series.required.label} ${show(series.required.value)} (${series.required.year})`)}</text>`
    : '';
  return (
    `<svg class="pw-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(series.title)}">` +
    `<line x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${HEIGHT - PAD.bottom}" stroke="currentColor" stroke-opacity="0.3"/>` +
    `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${HEIGHT - PAD.bottom}" y2="${HEIGHT - PAD.bottom}" stroke="currentColor" stroke-opacity="0.3"/>` +
    `${ticks}${labels}${target}<polyline points="${line}" class="pw-line"/>${dots}</svg>`
  );
}

/** The chart's classes; pages include it in their own (nonce'd or contributed) stylesheet. */
export const CHART_CSS = `.pw-axis{font:10px sans-serif;fill:var(--vscode-descriptionForeground,#666)}
.pw-line{fill:none;stroke:var(--vscode-charts-blue,#1f6fd0);stroke-width:2}
.pw-dot{fill:var(--vscode-charts-blue,#1f6fd0)}
.pw-target{stroke:var(--vscode-charts-red,#c62828);stroke-dasharray:4 3}
.pw-target-label{font:10px sans-serif;fill:var(--vscode-charts-red,#c62828)}`;
