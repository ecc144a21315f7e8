import { formatNumber, type AssessmentDigest, type CoverageSummary, type Finding, type PlanDiff } from '../../../core/src/index';
import { displayPath } from '../paths';
import { escapeMd } from './coverage-text';

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

function at(f: { uri: string; range: { start: { line: number } } }, cwd: string): string {
  return `${displayPath(f.uri, cwd)}:${f.range.start.line + 1}`;
}

function findingLine(f: Finding, cwd: string): string {
  return `${at(f, cwd)} ${f.severity} ${f.message} [${f.ruleId}]`;
}

const CHANGE_WORD = { added: 'new plan', removed: 'plan removed', changed: 'changed', unchanged: 'unchanged' } as const;

export function formatDiffText(diffs: readonly PlanDiff[], header: DiffHeader, cwd: string): string {
  const out: string[] = [`Changes since ${header.base} (${header.commit.slice(0, 12)}):`, ''];
  for (const d of diffs) {
    out.push(`${d.title} (${displayPath(d.root, cwd) || '.'}): ${CHANGE_WORD[d.change]}`);
    out.push(`  before: ${summaryText(d.summary.before)}`, `  after:  ${summaryText(d.summary.after)}`);
    for (const r of d.responsesAdded) out.push(`  + response to ${r.id} (${at(r, cwd)})`);
    for (const r of d.responsesRemoved) out.push(`  - response to ${r.id} (was ${at(r, cwd)})`);
    for (const s of d.statuses) {
      const parts = [...(s.coverage ? [`coverage ${s.coverage[0]} → ${s.coverage[1]}`] : []), ...(s.declared ? [`status ${s.declared[0] ?? 'none'} → ${s.declared[1] ?? 'none'}`] : [])];
      out.push(`  ~ ${s.id}: ${parts.join('; ')}`);
    }
    for (const t of d.trajectories) {
      out.push(`  ~ ${t.id} trajectory: ${t.years.map((y) => `${y.year} ${show(y.before, t.unit)} → ${show(y.after, t.unit)}`).join(', ')}`);
      out.push(`      target: ${assessmentText(t.before)} → ${assessmentText(t.after)}`);
    }
    for (const f of d.findingsNew) out.push(`  new finding: ${findingLine(f, cwd)}`);
    for (const f of d.findingsResolved) out.push(`  resolved: ${findingLine(f, cwd)}`);
    out.push('');
  }
  if (diffs.length === 0) out.push('No plan found in either version.');
  return `${out.join('\n').trimEnd()}\n`;
}

/** Markdown for a pull-request comment or a GitHub job summary. */
export function formatDiffMarkdown(diffs: readonly PlanDiff[], header: DiffHeader, cwd: string): string {
  const out: string[] = [`## Plan changes since \`${escapeMd(header.base)}\` (${header.commit.slice(0, 12)})`, ''];
  const changed = diffs.filter((d) => d.change !== 'unchanged');
  out.push(diffs.length === 0 ? 'No plan found in either version.' : `${changed.length} of ${diffs.length} plan${diffs.length === 1 ? '' : 's'} changed.`, '');
  for (const d of diffs) {
    out.push(`### ${escapeMd(d.title)} (\`${displayPath(d.root, cwd) || '.'}\`): ${CHANGE_WORD[d.change]}`, '');
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
      for (const r of d.responsesAdded) out.push(`- added: ${escapeMd(r.title)} (\`${r.id}\`), \`${at(r, cwd)}\``);
      for (const r of d.responsesRemoved) out.push(`- removed: ${escapeMd(r.title)} (\`${r.id}\`), was \`${at(r, cwd)}\``);
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
        for (const f of findings) out.push(`- \`${at(f, cwd)}\` ${f.severity}: ${escapeMd(f.message)} (\`${f.ruleId}\`)`);
        out.push('', '</details>', '');
      };
      list('New', d.findingsNew);
      list('Resolved', d.findingsResolved);
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function formatDiffJson(diffs: readonly PlanDiff[], header: DiffHeader, cwd: string): string {
  return `${JSON.stringify({ base: header.base, commit: header.commit, plans: diffs }, (key, value: unknown) => ((key === 'root' || key === 'uri') && typeof value === 'string' ? displayPath(value, cwd) || '.' : value), 2)}\n`;
}
