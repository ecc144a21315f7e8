import { formatNumber, yearStart } from '../model/values';
import { escapeHtml } from './safe-html';

export { CHART_CSS } from './chart-css';

export interface ChartPoint {
  readonly year: string;
  readonly value: number;
}

/** One dated target value, drawn as its own mark: the level to reach by `year`. */
export interface ChartTarget extends ChartPoint {
  /** "target", "fair share", "standard". */
  readonly label: string;
  /** When the value is read: "in March", "average for the year". */
  readonly timing?: string;
  /** Unconfirmed figures are drawn hollow and said to be so. */
  readonly confirmed?: boolean;
}

/** One organisation's own line, beside the system line. */
export interface ChartLine {
  /** A short name for the legend (the organisation's id). */
  readonly name: string;
  /** The full name, in the legend's tooltip. */
  readonly fullName?: string;
  readonly points: readonly ChartPoint[];
  /** What a per-organisation rule asks of it: its floor (or floor and improvement) by a year. */
  readonly floor?: ChartPoint & { readonly basis: string };
}

export interface ChartSeries {
  readonly title: string;
  readonly unit: 'number' | 'percent';
  /** The scale's unit in words, shown on the chart: "minutes", "% of 2019/20", "%". */
  readonly unitLabel?: string;
  /** Which way is better, shown on the chart. */
  readonly direction?: 'increase' | 'decrease';
  /** The system line (the plan's figures). */
  readonly points: readonly ChartPoint[];
  readonly baseline?: ChartPoint;
  /** One target or fair share, drawn as a line across the chart (a standing standard, a roll-up's sum). */
  readonly required?: ChartPoint & { readonly label: string };
  /** Every dated target value, each its own mark. */
  readonly targets?: readonly ChartTarget[];
  /** The trend carried on past the plan to a later target. */
  readonly projection?: { readonly from: ChartPoint; readonly to: ChartPoint };
  /** Lines per organisation; with them the chart carries a legend. */
  readonly organisations?: readonly ChartLine[];
}

const WIDTH = 360;
const PLOT_HEIGHT = 160;
const PAD = { left: 52, right: 24, top: 24, bottom: 28 };
const LEGEND_ROW = 14;
/** Organisation lines take these colour classes in turn. */
const ORG_CLASSES = 4;

/**
 * A trajectory chart as inline SVG: the system line, each organisation's
 * line with a legend, every dated target value as its own mark, the unit and
 * which way is better. No script, no remote resource and no inline style, so
 * it renders under a strict Content-Security-Policy; the page supplies
 * CHART_CSS (colours follow the editor theme, with fallbacks for reports).
 * Every piece of text is escaped.
 */
export function trajectorySvg(series: ChartSeries): string {
  const system = [...(series.baseline ? [series.baseline] : []), ...series.points];
  const lines = series.organisations ?? [];
  const targets = series.targets ?? [];
  const years = orderedYears([...system, ...lines.flatMap((l) => [...l.points, ...(l.floor ? [l.floor] : [])]), ...targets, ...(series.projection ? [series.projection.to] : [])]);
  if (years.length === 0) return '';
  const values = [
    ...system,
    ...lines.flatMap((l) => [...l.points, ...(l.floor ? [l.floor] : [])]),
    ...targets,
    ...(series.required ? [series.required] : []),
    ...(series.projection ? [series.projection.to] : []),
  ].map((p) => p.value);
  let min = Math.min(0, ...values);
  let max = Math.max(...values);
  if (max === min) max = min + 1;
  const span = max - min;
  max += span * 0.08;
  if (min < 0) min -= span * 0.08;
  const legendRows = lines.length > 0 ? lines.length + 1 : 0;
  const height = PLOT_HEIGHT + legendRows * LEGEND_ROW;
  const bottom = PLOT_HEIGHT - PAD.bottom;
  const xOf = (year: string) => {
    const i = years.indexOf(year);
    return PAD.left + (years.length === 1 ? 0 : (i * (WIDTH - PAD.left - PAD.right)) / (years.length - 1));
  };
  const y = (v: number) => PAD.top + ((max - v) * (bottom - PAD.top)) / (max - min);
  const at = (p: ChartPoint) => `${xOf(p.year).toFixed(1)},${y(p.value).toFixed(1)}`;
  const show = (v: number) => `${formatNumber(v)}${series.unit === 'percent' ? '%' : ''}`;
  const sign = series.direction === 'decrease' ? '≤' : '≥';

  const labels = years.map((year) => `<text x="${xOf(year).toFixed(1)}" y="${bottom + 14}" text-anchor="middle" class="pw-axis">${escapeHtml(year)}</text>`).join('');
  const ticks = [min < 0 ? min : 0, max]
    .map((v) => `<text x="${PAD.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" class="pw-axis">${escapeHtml(show(v))}</text>`)
    .join('');
  const unit = series.unitLabel ? `<text x="4" y="12" class="pw-unit">${escapeHtml(series.unitLabel)}</text>` : '';
  const direction = series.direction
    ? `<text x="${WIDTH - PAD.right}" y="12" text-anchor="end" class="pw-direction">${series.direction === 'decrease' ? '↓ lower is better' : '↑ higher is better'}</text>`
    : '';
  const across = series.required
    ? `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(series.required.value).toFixed(1)}" y2="${y(series.required.value).toFixed(1)}" class="pw-target"/>` +
      `<text x="${WIDTH - PAD.right}" y="${(y(series.required.value) - 4).toFixed(1)}" text-anchor="end" class="pw-target-label">${escapeHtml(`${series.required.label} ${show(series.required.value)} (${series.required.year})`)}</text>`
    : '';
  const marks = targets
    .map((t, i) => {
      const x = xOf(t.year);
      const from = i === 0 ? PAD.left : xOf(targets[i - 1]?.year ?? t.year);
      const figure = `${sign} ${show(t.value)} by ${t.year}${t.confirmed === false ? ' (unconfirmed)' : ''}`;
      // A plain target needs no name on the chart; a fair share or a standard says which it is.
      const text = t.label === 'target' ? figure : `${t.label} ${figure}`;
      const title = `${t.label}: ${figure}${t.timing ? `, ${t.timing}` : ''}`;
      const cls = t.confirmed === false ? 'pw-target-mark pw-unconfirmed' : 'pw-target-mark';
      const ty = y(t.value);
      const anchor = x > WIDTH - 80 ? 'end' : x < PAD.left + 40 ? 'start' : 'middle';
      return (
        `<line x1="${from.toFixed(1)}" x2="${x.toFixed(1)}" y1="${ty.toFixed(1)}" y2="${ty.toFixed(1)}" class="pw-target"/>` +
        `<path d="M${(x - 5).toFixed(1)} ${ty.toFixed(1)}L${x.toFixed(1)} ${(ty - 5).toFixed(1)}L${(x + 5).toFixed(1)} ${ty.toFixed(1)}L${x.toFixed(1)} ${(ty + 5).toFixed(1)}Z" class="${cls}"><title>${escapeHtml(title)}</title></path>` +
        `<text x="${x.toFixed(1)}" y="${(ty - 8).toFixed(1)}" text-anchor="${anchor}" class="pw-target-label">${escapeHtml(text)}</text>`
      );
    })
    .join('');
  const projection = series.projection
    ? `<polyline points="${at(series.projection.from)} ${at(series.projection.to)}" class="pw-projection"><title>${escapeHtml(`projected to ${series.projection.to.year}: ${show(series.projection.to.value)}`)}</title></polyline>`
    : '';
  const organisationLines = lines
    .map((line, i) => {
      const cls = `pw-org-${i % ORG_CLASSES}`;
      const path = line.points.length > 1 ? `<polyline points="${line.points.map(at).join(' ')}" class="pw-org-line ${cls}"/>` : '';
      const dots = line.points.map((p) => `<circle cx="${xOf(p.year).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="2.5" class="pw-org-dot ${cls}"><title>${escapeHtml(`${line.name}, ${p.year}: ${show(p.value)}`)}</title></circle>`).join('');
      const floor = line.floor
        ? `<line x1="${(xOf(line.floor.year) - 10).toFixed(1)}" x2="${(xOf(line.floor.year) + 10).toFixed(1)}" y1="${y(line.floor.value).toFixed(1)}" y2="${y(line.floor.value).toFixed(1)}" class="pw-floor ${cls}"><title>${escapeHtml(`${line.name}: ${sign} ${show(line.floor.value)} by ${line.floor.year} (${line.floor.basis})`)}</title></line>`
        : '';
      return `${path}${dots}${floor}`;
    })
    .join('');
  const systemLine = system.length > 0 ? `<polyline points="${system.map(at).join(' ')}" class="pw-line"/>` : '';
  const dots = system.map((p) => `<circle cx="${xOf(p.year).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3" class="pw-dot"><title>${escapeHtml(`${p.year}: ${show(p.value)}`)}</title></circle>`).join('');
  const legend = legendRows > 0 ? legendSvg(lines, PLOT_HEIGHT, (line) => (line.floor ? `${line.name} (${sign} ${show(line.floor.value)} by ${line.floor.year})` : line.name)) : '';

  return (
    `<svg class="pw-chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(series.title)}">` +
    `<title>${escapeHtml(series.title)}</title><desc>${escapeHtml(describeChart(series, show, sign))}</desc>` +
    `<line x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${bottom}" class="pw-frame"/>` +
    `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${bottom}" y2="${bottom}" class="pw-frame"/>` +
    `${unit}${direction}${ticks}${labels}${across}${marks}${organisationLines}${projection}${systemLine}${dots}${legend}</svg>`
  );
}

function legendSvg(lines: readonly ChartLine[], top: number, name: (line: ChartLine) => string): string {
  const row = (i: number, cls: string, text: string, full?: string) =>
    `<line x1="${PAD.left}" x2="${PAD.left + 16}" y1="${top + i * LEGEND_ROW - 4}" y2="${top + i * LEGEND_ROW - 4}" class="${cls}"/>` +
    `<text x="${PAD.left + 22}" y="${top + i * LEGEND_ROW}" class="pw-legend">${full ? `<title>${escapeHtml(full)}</title>` : ''}${escapeHtml(text)}</text>`;
  return `<g>${row(0, 'pw-line', 'system')}${lines.map((line, i) => row(i + 1, `pw-org-line pw-org-${i % ORG_CLASSES}`, name(line), line.fullName)).join('')}</g>`;
}

/** The chart in words, for screen readers (`<desc>`). */
function describeChart(series: ChartSeries, show: (v: number) => string, sign: string): string {
  const parts: string[] = [];
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  if (first && last) parts.push(`The plan: ${show(first.value)} in ${first.year}${last !== first ? ` to ${show(last.value)} in ${last.year}` : ''}.`);
  if (series.unitLabel) parts.push(`Unit: ${series.unitLabel}.`);
  if (series.direction) parts.push(series.direction === 'decrease' ? 'Lower is better.' : 'Higher is better.');
  for (const t of series.targets ?? []) parts.push(`${t.label[0]?.toUpperCase() ?? ''}${t.label.slice(1)}: ${sign} ${show(t.value)} by ${t.year}${t.timing ? `, ${t.timing}` : ''}${t.confirmed === false ? ' (unconfirmed)' : ''}.`);
  if (series.required) parts.push(`${series.required.label}: ${show(series.required.value)} (${series.required.year}).`);
  if (series.projection) parts.push(`Projected to ${series.projection.to.year}: ${show(series.projection.to.value)}.`);
  for (const line of series.organisations ?? []) {
    const end = line.points[line.points.length - 1];
    parts.push(`${line.fullName ?? line.name}: ${end ? `${show(end.value)} in ${end.year}` : 'no figures'}${line.floor ? `, must reach ${show(line.floor.value)} by ${line.floor.year} (${line.floor.basis})` : ''}.`);
  }
  return parts.join(' ');
}

/** Every year drawn, earliest first (years that are not financial years keep the order they came in, after the rest). */
function orderedYears(points: readonly ChartPoint[]): string[] {
  const seen = [...new Set(points.map((p) => p.year))];
  const dated = seen.filter((year) => yearStart(year) !== undefined).sort((a, b) => (yearStart(a) ?? 0) - (yearStart(b) ?? 0));
  return [...dated, ...seen.filter((year) => yearStart(year) === undefined)];
}
