import type { Finding } from '../findings';
import { formatNumber } from '../model/values';
import type { AssessmentDigest } from '../rollup/digest';
import type { CoverageSummary, PlanDiff } from './diff';

/** How a file is named in the output: a path relative to the current folder, or the workspace. */
export type DisplayPath = (uri: string) => string;

function escapeMd(text: string): string {
  return text.replace(/[|\\`*_[\]<>]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

export interface DiffHeader {
  /** What the user named (a branch, tag or commit). */
  readonly base: string;
  readonly commit: string;
}

function show(value: number | undefined, unit: 'number' | 'percent'): string {
  return value === undefined ? 'none' : `${formatNumber(value)}${unit === 'percent' ? '%' : ''}`;
}

function assessmentText(a: AssessmentDigest | undefined): string {
  if (!a) return 'none';
  if (a.kind !== 'assessed') return a.why.replace(/-/g, ' ');
  const value = `${formatNumber(a.value)}${a.unit === 'percent' ? '%' : ''}`;
  const required = `${a.fairShare !== undefined ? 'fair share' : 'target'} ${formatNumber(a.required)}${a.unit === 'percent' ? '%' : ''}`;
  return `${a.meets ? 'meets' : `short by ${Math.round(a.shortfall * 100)}%`} (${value} in ${a.year} against ${required})`;
}

function summaryText(s: CoverageSummary | undefined): string {
  if (!s) return '—';
  return `foundational ${s.foundational.answered}/${s.foundational.total} answered, ${s.foundational.met} met; ${s.counts.met} met, ${s.counts.partial} partial, ${s.counts.missing} missing, ${s.counts['not-applicable']} n/a; ${s.findings} findings`;
}

function at(f: { uri: string; range: { start: { line: number } } }, display: DisplayPath): string {
  return `${display(f.uri)}:${f.range.start.line + 1}`;
}

function findingLine(f: Finding, display: DisplayPath): string {
  return `${at(f, display)} ${f.severity} ${f.message} [${f.ruleId}]`;
}

const CHANGE_WORD = { added: 'new plan', removed: 'plan removed', changed: 'changed', unchanged: 'unchanged' } as const;

export function formatDiffText(diffs: readonly PlanDiff[], header: DiffHeader, display: DisplayPath): string {
  const out: string[] = [`Changes since ${header.base} (${header.commit.slice(0, 12)}):`, ''];
  for (const d of diffs) {
    out.push(`${d.title} (${display(d.root) || '.'}): ${CHANGE_WORD[d.change]}`);
    out.push(`  before: ${summaryText(d.summary.before)}`, `  after:  ${summaryText(d.summary.after)}`);
    for (const r of d.responsesAdded) out.push(`  + response to ${r.id} (${at(r, display)})`);
    for (const r of d.responsesRemoved) out.push(`  - response to ${r.id} (was ${at(r, display)})`);
    for (const s of d.statuses) {
      const parts = [...(s.coverage ? [`coverage ${s.coverage[0]} → ${s.coverage[1]}`] : []), ...(s.declared ? [`status ${s.declared[0] ?? 'none'} → ${s.declared[1] ?? 'none'}`] : [])];
      out.push(`  ~ ${s.id}: ${parts.join('; ')}`);
    }
    for (const t of d.trajectories) {
      out.push(`  ~ ${t.id} trajectory: ${t.years.map((y) => `${y.year} ${show(y.before, t.unit)} → ${show(y.after, t.unit)}`).join(', ')}`);
      out.push(`      target: ${assessmentText(t.before)} → ${assessmentText(t.after)}`);
    }
    for (const f of d.findingsNew) out.push(`  new finding: ${findingLine(f, display)}`);
    for (const f of d.findingsResolved) out.push(`  resolved: ${findingLine(f, display)}`);
    out.push('');
  }
  if (diffs.length === 0) out.push('No plan found in either version.');
  return `${out.join('\n').trimEnd()}\n`;
}

/** Markdown for a pull-request comment or a GitHub job summary. */
export function formatDiffMarkdown(diffs: readonly PlanDiff[], header: DiffHeader, display: DisplayPath): string {
  const out: string[] = [`## Plan changes since \`${escapeMd(header.base)}\` (${header.commit.slice(0, 12)})`, ''];
  const changed = diffs.filter((d) => d.change !== 'unchanged');
  out.push(diffs.length === 0 ? 'No plan found in either version.' : `${changed.length} of ${diffs.length} plan${diffs.length === 1 ? '' : 's'} changed.`, '');
  for (const d of diffs) {
    out.push(`### ${escapeMd(d.title)} (\`${display(d.root) || '.'}\`): ${CHANGE_WORD[d.change]}`, '');
    const b = d.summary.before;
    const a = d.summary.after;
    const cell = (s: CoverageSummary | undefined, f: (s: CoverageSummary) => string) => (s ? f(s) : '—');
    out.push(
      '| | Before | After |',
      '|---|---|---|',
      `| Foundational answered | ${cell(b, (s) => `${s.foundational.answered}/${s.foundational.total}`)} | ${cell(a, (s) => `${s.foundational.answered}/${s.foundational.total}`)} |`,
      `| Foundational met | ${cell(b, (s) => `${s.foundational.met}/${s.foundational.total}`)} | ${cell(a, (s) => `${s.foundational.met}/${s.foundational.total}`)} |`,
      `| Met / partial / missing / n/a | ${cell(b, (s) => `${s.counts.met} / ${s.counts.partial} / ${s.counts.missing} / ${s.counts['not-applicable']}`)} | ${cell(a, (s) => `${s.counts.met} / ${s.counts.partial} / ${s.counts.missing} / ${s.counts['not-applicable']}`)} |`,
      `| Findings | ${cell(b, (s) => String(s.findings))} | ${cell(a, (s) => String(s.findings))} |`,
      '',
    );
    if (d.responsesAdded.length || d.responsesRemoved.length) {
      out.push('**Responses**', '');
      for (const r of d.responsesAdded) out.push(`- added: ${escapeMd(r.title)} (\`${r.id}\`), \`${at(r, display)}\``);
      for (const r of d.responsesRemoved) out.push(`- removed: ${escapeMd(r.title)} (\`${r.id}\`), was \`${at(r, display)}\``);
      out.push('');
    }
    if (d.statuses.length) {
      out.push('**Statuses changed**', '', '| Commitment | Coverage | Declared status |', '|---|---|---|');
      for (const s of d.statuses) {
        out.push(`| ${escapeMd(s.title)} (\`${s.id}\`) | ${s.coverage ? `${s.coverage[0]} → ${s.coverage[1]}` : ''} | ${s.declared ? `${s.declared[0] ?? 'none'} → ${s.declared[1] ?? 'none'}` : ''} |`);
      }
      out.push('');
    }
    if (d.trajectories.length) {
      out.push('**Trajectories**', '', '| Commitment | Values, before → after | Target year, before → after |', '|---|---|---|');
      for (const t of d.trajectories) {
        out.push(`| ${escapeMd(t.title)} (\`${t.id}\`) | ${t.years.map((y) => `${y.year}: ${show(y.before, t.unit)} → ${show(y.after, t.unit)}`).join('<br>')} | ${escapeMd(assessmentText(t.before))} → ${escapeMd(assessmentText(t.after))} |`);
      }
      out.push('');
    }
    if (d.findingsNew.length || d.findingsResolved.length) {
      out.push(`**Findings**: ${d.findingsNew.length} new, ${d.findingsResolved.length} resolved`, '');
      const list = (title: string, findings: readonly Finding[]) => {
        if (findings.length === 0) return;
        out.push(`<details><summary>${title} (${findings.length})</summary>`, '');
        for (const f of findings) out.push(`- \`${at(f, display)}\` ${f.severity}: ${escapeMd(f.message)} (\`${f.ruleId}\`)`);
        out.push('', '</details>', '');
      };
      list('New', d.findingsNew);
      list('Resolved', d.findingsResolved);
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function formatDiffJson(diffs: readonly PlanDiff[], header: DiffHeader, display: DisplayPath): string {
  return `${JSON.stringify({ base: header.base, commit: header.commit, plans: diffs }, (key, value: unknown) => ((key === 'root' || key === 'uri') && typeof value === 'string' ? display(value) || '.' : value), 2)}\n`;
}
