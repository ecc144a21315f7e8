import type { CoverageStatus } from '../coverage/coverage';
import { formatNumber, formatPopulation } from '../model/values';
import type { FrameworkRollup, Rollup } from '../rollup/rollup';
import { balanceText, cellText, countSentence, populationSentences, rateSentence, rollupTargetText } from '../rollup/words';
import { trajectorySvg } from './chart';
import { escapeHtml } from './safe-html';

export interface RollupHtmlOptions {
  /** HTML for a place in a plan (the text is plain and must be escaped by the callee). Default: the escaped text. */
  readonly link?: (uri: string, line: number, text: string) => string;
  /** A heading level for the framework sections (default 1). */
  readonly level?: 1 | 2;
}

/** Classes the roll-up uses; pages add it to their stylesheet (no inline styles, for strict CSPs). */
export const ROLLUP_CSS = `.pw-matrix{border-collapse:collapse;font-size:90%}
.pw-matrix th,.pw-matrix td{border:1px solid rgba(128,128,128,.35);padding:2px 6px;vertical-align:top}
.pw-met{background:rgba(46,125,50,.18)}.pw-answered{background:rgba(31,111,208,.15)}.pw-partial{background:rgba(178,106,0,.2)}.pw-missing{background:rgba(198,40,40,.2)}.pw-not-applicable{background:rgba(128,128,128,.15)}
.pw-incomplete{color:var(--vscode-editorWarning-foreground,#b26a00);font-weight:600}`;

const STATUS_CLASS: Record<CoverageStatus, string> = { met: 'pw-met', answered: 'pw-answered', partial: 'pw-partial', missing: 'pw-missing', 'not-applicable': 'pw-not-applicable' };

/**
 * The roll-up as HTML sections (no page around them): per framework, the
 * population covered, the plans, the national sums with charts, the rate
 * means and the matrix, then the findings across plans. Plan text is always
 * escaped; charts are the shared inline SVG.
 */
export function rollupHtml(rollup: Rollup, options: RollupHtmlOptions = {}): string {
  const link = options.link ?? ((_uri: string, _line: number, text: string) => escapeHtml(text));
  const h = (n: number) => `h${Math.min(6, n + (options.level ?? 1) - 1)}`;
  const sections = rollup.frameworks.map((f) => frameworkHtml(f, rollup, link, h));
  const consistency = rollup.consistency.length
    ? `<section><${h(2)}>Consistency across plans</${h(2)}><ul>${rollup.consistency
        .map((c) => `<li>${escapeHtml(c.message)} (${c.plans.map((p) => link(p.uri, p.range.start.line, p.title)).join('; ')})</li>`)
        .join('')}</ul></section>`
    : '';
  return sections.join('\n') + consistency;
}

type Link = (uri: string, line: number, text: string) => string;

function frameworkHtml(f: FrameworkRollup, rollup: Rollup, link: Link, h: (n: number) => string): string {
  const plans = f.plans
    .map((p) => {
      const findings = rollup.consistency.filter((c) => c.plans.some((x) => x.root === p.root)).length;
      const incomplete = p.unreadable.length
        ? `<span class="pw-incomplete">incomplete: ${p.unreadable.map((u) => `${link(u.uri, u.line, `${u.reason}`)}`).join('; ')}</span>`
        : '';
      return `<tr><td>${escapeHtml(p.title)}</td><td>${p.population === undefined ? 'none given' : formatPopulation(p.population)}</td><td>${p.foundational.answered}/${p.foundational.total}</td><td>${p.foundational.met}/${p.foundational.total}</td><td>${findings}</td><td>${incomplete}</td></tr>`;
    })
    .join('');
  const counts = f.counts
    .map((sum) => {
      const chart =
        sum.years.length > 0
          ? trajectorySvg({
              title: `${sum.title}: the plans' total`,
              unit: 'number',
              points: sum.years.map((y) => ({ year: y.year, value: y.total })),
              ...(sum.total !== undefined ? { required: { year: sum.year, value: sum.fairShares, label: "plans' fair shares" } } : {}),
            })
          : '';
      const rows = sum.contributions
        .map((c) => `<tr><td>${escapeHtml(c.title)}</td><td>${formatNumber(c.value)}</td><td>${formatNumber(c.fairShare)}</td><td>${escapeHtml(balanceText(c.balance))}</td></tr>`)
        .join('');
      return `<div class="pw-sum"><${h(3)}>${escapeHtml(sum.title)} <code>${escapeHtml(sum.id)}</code></${h(3)}>
<p>${escapeHtml(rollupTargetText(sum.target))} nationally (${escapeHtml(sum.target.measure)}). ${escapeHtml(countSentence(sum))}</p>${chart}
${rows ? `<table class="pw-matrix"><thead><tr><th>Plan</th><th>${escapeHtml(sum.year)}</th><th>Fair share</th><th>Balance</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
${excludedHtml(sum.excluded)}</div>`;
    })
    .join('\n');
  const rates = f.rates
    .map((rate) => {
      const chart =
        rate.years.length > 0
          ? trajectorySvg({
              title: `${rate.title}: population-weighted mean`,
              unit: rate.target.unit,
              points: rate.years.map((y) => ({ year: y.year, value: y.mean })),
              ...(rate.target.confirmed ? { required: { year: rate.target.by, value: rate.target.value, label: 'national' } } : {}),
            })
          : '';
      return `<div class="pw-sum"><${h(3)}>${escapeHtml(rate.title)} <code>${escapeHtml(rate.id)}</code></${h(3)}><p>${escapeHtml(rollupTargetText(rate.target))}. ${escapeHtml(rateSentence(rate))}</p>${chart}${excludedHtml(rate.excluded)}</div>`;
    })
    .join('\n');
  const header = f.plans.map((p) => `<th>${escapeHtml(p.title)}</th>`).join('');
  const matrix = f.matrix
    .map(
      (row) =>
        `<tr><td>${escapeHtml(row.title)}<br><code>${escapeHtml(row.id)}</code> · ${escapeHtml(row.kind)}${row.target ? `<br>${escapeHtml(rollupTargetText(row.target))}` : ''}</td>${row.cells
          .map((cell) => `<td class="${cell ? STATUS_CLASS[cell.status] : ''}">${escapeHtml(cellText(cell))}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  return `<section class="pw-rollup">
<${h(1)}>Roll-up: ${f.plans.length} plan${f.plans.length === 1 ? '' : 's'} on ${escapeHtml(f.framework ?? 'no framework')}</${h(1)}>
${populationSentences(f).map((s) => `<p>${escapeHtml(s)}</p>`).join('\n')}
<${h(2)}>Plans, weakest first</${h(2)}>
<table class="pw-matrix"><thead><tr><th>Plan</th><th>Population</th><th>Foundational answered</th><th>Foundational met</th><th>Consistency findings</th><th>Unreadable parts</th></tr></thead><tbody>${plans}</tbody></table>
${counts ? `<${h(2)}>Count targets: the plans summed</${h(2)}>\n${counts}` : ''}
${rates ? `<${h(2)}>Rate targets: population-weighted means</${h(2)}>\n${rates}` : ''}
${f.notSummed.length ? `<p>Not summed across plans: ${f.notSummed.map((n) => `${escapeHtml(n.title)} (${escapeHtml(n.scale)})`).join(', ')}.</p>` : ''}
<${h(2)}>Commitments × plans, weakest first</${h(2)}>
<table class="pw-matrix"><thead><tr><th>Commitment</th>${header}</tr></thead><tbody>
${matrix}
</tbody></table>
</section>`;
}

function excludedHtml(excluded: readonly { title: string; why: string }[]): string {
  return excluded.length ? `<p>Left out: ${excluded.map((e) => `${escapeHtml(e.title)} (${escapeHtml(e.why)})`).join('; ')}.</p>` : '';
}
