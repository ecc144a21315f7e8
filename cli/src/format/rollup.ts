import {
  balanceText,
  cellText,
  countSentence,
  escapeHtml,
  formatNumber,
  formatPopulation,
  populationSentences,
  rateSentence,
  rollupHtml,
  ROLLUP_CSS,
  CHART_CSS,
  showValue,
  rollupTargetText,
  type FrameworkRollup,
  type Rollup,
} from '../../../core/src/index';
import { displayPath } from '../paths';
import { csvCell, escapeMd } from './coverage-text';

/** "plans/a/mh.md:12" */
function at(uri: string, line: number, cwd: string): string {
  return `${displayPath(uri, cwd)}:${line + 1}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A terminal summary: per framework, who is covered, the sums, the weakest commitments, the findings across plans. */
export function formatRollupText(rollup: Rollup, cwd: string): string {
  const out: string[] = [];
  for (const f of rollup.frameworks) {
    out.push(`Roll-up: ${plural(f.plans.length, 'plan')} on ${f.framework ?? 'no framework'}`, ...populationSentences(f).map((s) => `  ${s}`), '');
    out.push('Plans, weakest first:');
    for (const p of f.plans) {
      const incomplete = p.unreadable.length ? `  INCOMPLETE: ${p.unreadable.map((u) => `${at(u.uri, u.line, cwd)} ${u.reason}`).join('; ')}` : '';
      out.push(`  ${p.title} — foundational ${p.foundational.met}/${p.foundational.total} met, ${p.foundational.answered}/${p.foundational.total} answered${incomplete}`);
    }
    out.push('');
    if (f.counts.length) {
      out.push('Count targets, the plans summed:');
      for (const sum of f.counts) out.push(`  ${sum.title} (${sum.id}), ${rollupTargetText(sum.target)}: ${countSentence(sum)}${excludedText(sum.excluded)}`);
      out.push('');
    }
    if (f.rates.length) {
      out.push('Rate targets, population-weighted:');
      for (const rate of f.rates) out.push(`  ${rate.title} (${rate.id}), ${rollupTargetText(rate.target)}: ${rateSentence(rate)}${excludedText(rate.excluded)}`);
      out.push('');
    }
    if (f.notSummed.length) out.push(`Not summed across plans: ${f.notSummed.map((n) => `${n.id} (${n.scale})`).join(', ')}`, '');
    out.push('Commitments, weakest first (missing / partial / answered / met / n/a):');
    for (const row of f.matrix) out.push(`  ${row.counts.missing} / ${row.counts.partial} / ${row.counts.answered} / ${row.counts.met} / ${row.counts['not-applicable']}  ${row.title} (${row.id})`);
    out.push('');
  }
  if (rollup.consistency.length) {
    out.push('Consistency across plans:');
    for (const c of rollup.consistency) out.push(`  ${c.plans.map((p) => at(p.uri, p.range.start.line, cwd)).join(', ')}: ${c.message}`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function excludedText(excluded: readonly { title: string; why: string }[]): string {
  return excluded.length ? ` Left out: ${excluded.map((e) => `${e.title} (${e.why})`).join('; ')}.` : '';
}

/** Markdown for a board paper or a pull request. */
export function formatRollupMarkdown(rollup: Rollup, cwd: string): string {
  const out: string[] = [];
  for (const f of rollup.frameworks) out.push(...frameworkMarkdown(f, rollup, cwd));
  if (rollup.consistency.length) {
    out.push('## Consistency across plans', '');
    for (const c of rollup.consistency) out.push(`- ${escapeMd(c.message)} (${c.plans.map((p) => `\`${at(p.uri, p.range.start.line, cwd)}\``).join(', ')})`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function frameworkMarkdown(f: FrameworkRollup, rollup: Rollup, cwd: string): string[] {
  const out: string[] = [`# Roll-up: ${plural(f.plans.length, 'plan')} on \`${f.framework ?? 'no framework'}\``, ''];
  out.push(...populationSentences(f).map(escapeMd), '');
  out.push('## Plans, weakest first', '', '| Plan | Population | Foundational answered | Foundational met | Consistency findings | Unreadable parts |', '|---|---|---|---|---|---|');
  for (const p of f.plans) {
    const findings = rollup.consistency.filter((c) => c.plans.some((x) => x.root === p.root)).length;
    const incomplete = p.unreadable.map((u) => `**incomplete**: \`${at(u.uri, u.line, cwd)}\` ${escapeMd(u.reason)}`).join('<br>');
    out.push(`| ${escapeMd(p.title)} | ${p.population === undefined ? 'none given' : formatPopulation(p.population)} | ${p.foundational.answered}/${p.foundational.total} | ${p.foundational.met}/${p.foundational.total} | ${findings} | ${incomplete} |`);
  }
  out.push('');
  if (f.counts.length) {
    out.push('## Count targets: the plans summed', '');
    for (const sum of f.counts) {
      out.push(`### ${escapeMd(sum.title)} (\`${sum.id}\`): ${escapeMd(rollupTargetText(sum.target))}`, '', escapeMd(countSentence(sum)), '');
      if (sum.years.length) {
        out.push(`| Year | ${sum.years.map((y) => y.year).join(' | ')} |`, `|---|${sum.years.map(() => '---:').join('|')}|`);
        out.push(`| Plans' total | ${sum.years.map((y) => formatNumber(y.total)).join(' | ')} |`, `| Plans giving a value | ${sum.years.map((y) => y.plans).join(' | ')} |`, '');
      }
      if (sum.contributions.length) {
        out.push(`| Plan | ${sum.year} | Fair share | Balance |`, '|---|---:|---:|---|');
        for (const c of sum.contributions) out.push(`| ${escapeMd(c.title)} | ${formatNumber(c.value)} | ${formatNumber(c.fairShare)} | ${balanceText(c.balance)} |`);
        out.push('');
      }
      if (sum.excluded.length) out.push(`Left out: ${sum.excluded.map((e) => `${escapeMd(e.title)} (${escapeMd(e.why)})`).join('; ')}.`, '');
    }
  }
  if (f.rates.length) {
    out.push('## Rate targets: population-weighted means', '', '| Commitment | Target | Year | Weighted mean | Plans | Verdict | Left out |', '|---|---|---|---:|---:|---|---|');
    for (const rate of f.rates) {
      const verdict = rate.mean === undefined ? '' : !rate.target.confirmed ? 'not compared (unconfirmed)' : rate.meets ? 'meets' : 'falls short';
      out.push(
        `| ${escapeMd(rate.title)} (\`${rate.id}\`) | ${escapeMd(rollupTargetText(rate.target))} | ${rate.year}${rate.projection ? ' (projection)' : ''} | ${rate.mean === undefined ? '' : showValue(rate.mean, rate.target.unit)} | ${rate.values.length} | ${verdict} | ${rate.excluded.map((e) => `${escapeMd(e.title)} (${escapeMd(e.why)})`).join('<br>')} |`,
      );
    }
    out.push('');
  }
  if (f.notSummed.length) out.push(`Not summed across plans: ${f.notSummed.map((n) => `${escapeMd(n.title)} (${n.scale})`).join(', ')}.`, '');
  out.push('## Commitments × plans, weakest first', '', `| Commitment | ${f.plans.map((p) => escapeMd(p.title)).join(' | ')} |`, `|---|${f.plans.map(() => '---').join('|')}|`);
  for (const row of f.matrix) out.push(`| ${escapeMd(row.title)} (\`${row.id}\`) | ${row.cells.map((c) => escapeMd(cellText(c))).join(' | ')} |`);
  out.push('');
  return out;
}

/** A plain number is written as it is (a negative balance is not a formula); any other text is guarded. */
const NUMBER = /^-?\d+(\.\d+)?$/;

const CSV_COLUMNS = ['framework', 'row', 'plan', 'root', 'commitment', 'title', 'kind', 'status', 'year', 'value', 'fair_share', 'required', 'balance', 'gap'] as const;

/**
 * A long table for a spreadsheet: one row per plan and commitment, and for
 * each summed target one "national-sum" or "weighted-mean" row. Cells that
 * a spreadsheet would read as a formula are guarded, as in the coverage CSV.
 */
export function formatRollupCsv(rollup: Rollup, cwd: string): string {
  const lines = [CSV_COLUMNS.join(',')];
  const push = (cells: Record<(typeof CSV_COLUMNS)[number], string>) => lines.push(CSV_COLUMNS.map((c) => (NUMBER.test(cells[c]) ? cells[c] : csvCell(cells[c]))).join(','));
  const num = (v: number | undefined) => (v === undefined ? '' : String(Math.round(v * 100) / 100));
  for (const f of rollup.frameworks) {
    const framework = f.framework ?? '';
    for (const row of f.matrix) {
      row.cells.forEach((cell, i) => {
        const plan = f.plans[i];
        if (!plan || !cell) return;
        push({
          framework,
          row: 'plan',
          plan: plan.title,
          root: displayPath(plan.root, cwd) || '.',
          commitment: row.id,
          title: row.title,
          kind: row.kind,
          status: cell.status,
          year: cell.year ?? '',
          value: num(cell.value),
          fair_share: num(cell.fairShare),
          required: num(cell.required),
          balance: '',
          gap: cell.gap,
        });
      });
    }
    for (const sum of f.counts) {
      push({ framework, row: 'national-sum', plan: `${sum.contributions.length} plans`, root: '', commitment: sum.id, title: sum.title, kind: sum.kind, status: '', year: sum.year, value: num(sum.total), fair_share: num(sum.fairShares), required: num(sum.target.value), balance: num(sum.balance), gap: '' });
    }
    for (const rate of f.rates) {
      push({ framework, row: 'weighted-mean', plan: `${rate.values.length} plans`, root: '', commitment: rate.id, title: rate.title, kind: rate.kind, status: rate.meets === undefined ? '' : rate.meets ? 'met' : 'partial', year: rate.year, value: num(rate.mean), fair_share: '', required: num(rate.target.value), balance: rate.mean === undefined ? '' : num(rate.target.direction === 'increase' ? rate.mean - rate.target.value : rate.target.value - rate.mean), gap: '' });
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The roll-up as JSON, with file locations relative to the current folder. */
export function formatRollupJson(rollup: Rollup, cwd: string): string {
  return `${JSON.stringify(rollup, (key, value: unknown) => ((key === 'root' || key === 'uri') && typeof value === 'string' ? displayPath(value, cwd) || '.' : value), 2)}\n`;
}

/** A self-contained HTML board paper: no script, no remote resource, plan text escaped. */
export function formatRollupHtml(rollup: Rollup, cwd: string): string {
  const body = rollupHtml(rollup, { link: (uri, line, text) => `${escapeHtml(text)} <code>${escapeHtml(at(uri, line, cwd))}</code>` });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Plans rolled up</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
${ROLLUP_CSS}
${CHART_CSS}
</style>
</head>
<body>
${body || '<p>No plan found.</p>'}
</body>
</html>
`;
}
