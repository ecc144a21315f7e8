import { toPlanValue } from '../model/values';
import { parseYaml } from '../parse/yaml';
import { trajectorySvg } from './chart';
import { seriesOfFacts } from './chart-facts';
import type { ChartFacts } from '../language/chart-view';
import { escapeHtml } from './safe-html';

/** What the catalog and this plan's coverage say about a commitment, for its preview card. */
export interface CardInfo {
  readonly title: string;
  readonly kind: string;
  readonly status: string;
  readonly target: string;
  readonly fairShare: string;
  readonly gap: string;
  readonly source?: string;
  readonly required?: { readonly year: string; readonly value: number; readonly label: string };
  /** The engine's view of the response for its chart: dated targets, unit, direction, organisations' lines. */
  readonly chart?: ChartFacts;
}

const STATUS_TEXT: Record<string, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'not-started': 'Not started',
  'not-applicable': 'Not applicable',
};

/**
 * A `commitment` block as a card: the catalog title, the status badge,
 * target and fair share, and the trajectory charted against the target.
 * Every piece of plan text is escaped; nothing from the plan becomes markup.
 */
export function renderCommitmentCard(yamlText: string, lookup: (id: string) => CardInfo | undefined): string {
  // The engine's YAML reader: the same depth, size and alias bounds, no library warnings, cached by text.
  const parsed = parseYaml(yamlText);
  if (parsed.problems.length > 0) return `<pre class="planwright-block planwright-invalid"><code>${escapeHtml(yamlText)}</code></pre>`;
  const data = parsed.value;
  const block = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const id = typeof block['id'] === 'string' ? block['id'] : '';
  const status = typeof block['status'] === 'string' ? block['status'] : '';
  const info = id ? lookup(id) : undefined;
  const points = Object.entries((block['trajectory'] && typeof block['trajectory'] === 'object' ? block['trajectory'] : {}) as Record<string, unknown>).flatMap(([year, raw]) => {
    const value = toPlanValue(raw);
    return value ? [{ year, value: value.value, percent: value.kind === 'percent' }] : [];
  });
  const baselineRaw = block['baseline'] as { year?: unknown; value?: unknown } | undefined;
  const baselineValue = toPlanValue(baselineRaw?.value);
  const title = `${info?.title ?? id} trajectory`;
  const written = points.map((p) => ({ year: p.year, value: p.value }));
  // The block as written, unless the engine turned its levels into the target's measure (an index or a change).
  const asWritten = info?.chart && points.length > 0 && points.every((p) => p.percent) === (info.chart.unit === 'percent') ? written : undefined;
  const chart = info?.chart
    ? trajectorySvg(seriesOfFacts(info.chart, title, asWritten))
    : points.length > 0
      ? trajectorySvg({
          title,
          unit: points.every((p) => p.percent) ? 'percent' : 'number',
          points: written,
          ...(baselineValue && typeof baselineRaw?.year === 'string' ? { baseline: { year: baselineRaw.year, value: baselineValue.value } } : {}),
          ...(info?.required ? { required: info.required } : {}),
        })
      : '';
  const statusClass = /^[a-z-]+$/.test(status) ? status : 'unknown';
  const summary = typeof block['summary'] === 'string' ? `<p class="planwright-summary">${escapeHtml(block['summary'])}</p>` : '';
  const facts = info
    ? [info.target && `Target: ${escapeHtml(info.target)}`, info.fairShare && `This plan's fair share: ${escapeHtml(info.fairShare)}`, info.gap && info.gap !== 'none' && `Gap: ${escapeHtml(info.gap)}`]
        .filter(Boolean)
        .map((fact) => `<li>${fact as string}</li>`)
        .join('')
    : `<li>${id ? `<code>${escapeHtml(id)}</code> is not in the plan's catalogs` : 'No commitment id'}</li>`;
  return (
    `<div class="planwright-card planwright-status-${statusClass}" data-commitment="${escapeHtml(id)}">` +
    `<div class="planwright-card-head"><span class="planwright-title">${escapeHtml(info?.title ?? id)}</span> <code>${escapeHtml(id)}</code>` +
    ` <span class="planwright-badge">${escapeHtml(STATUS_TEXT[status] ?? status)}</span></div>` +
    `${summary}<ul class="planwright-facts">${facts}</ul>${chart}</div>\n`
  );
}

/** `[[id]]` as a labelled link to the commitment's source (or a marked span when unknown). */
export function renderReference(id: string, info: CardInfo | undefined): string {
  if (!info) return `<span class="planwright-ref planwright-ref-unknown" title="not in the plan's catalogs">[[${escapeHtml(id)}]]</span>`;
  const label = `${escapeHtml(info.title)} <code>${escapeHtml(id)}</code>`;
  const href = info.source && /^https?:\/\//.test(info.source) ? info.source : undefined;
  return href
    ? `<a class="planwright-ref" href="${escapeHtml(href)}" title="${escapeHtml(`${info.kind}: ${info.title}`)}">${label}</a>`
    : `<span class="planwright-ref" title="${escapeHtml(info.kind)}">${label}</span>`;
}
