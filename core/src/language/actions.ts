import type { CatalogCommitment } from '../catalog/types';
import type { Finding } from '../findings';
import type { PlanDocument, YearlySeries } from '../model/types';
import { yearStart } from '../model/values';
import type { PlanProject } from '../project';
import { REASON_PLACEHOLDER } from '../rules/suppression-reason';
import { type LineIndex } from '../text/positions';
import { documentContext, type DocumentContext } from './context';
import type { CodeAction, FileEdit } from './types';

/** Quick fixes for the findings at a place, all as edits the editor applies (nothing is written here). */
export function codeActions(project: PlanProject, uri: string, findings: readonly Finding[]): CodeAction[] {
  const context = documentContext(project, uri);
  if (!context) return [];
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    const suggestions = finding.data?.suggestions ?? [];
    for (const suggestion of suggestions) {
      actions.push({ title: `Change to \`${suggestion}\``, edits: [{ uri, range: finding.range, newText: suggestion }], isPreferred: suggestions.length === 1 });
    }
    const fix = finding.data?.fix;
    if (fix) actions.push({ title: fix.title, edits: fix.edits.map((edit) => ({ uri: edit.uri, range: edit.range, newText: edit.newText })), isPreferred: fix.preferred });
    const replacement = finding.data?.replacement;
    if (finding.ruleId === 'plain-language' && replacement && /^[a-z][a-z -]*$/i.test(replacement) && !/^(say|name)\b/i.test(replacement)) {
      actions.push({ title: `Replace with "${replacement}"`, edits: [{ uri, range: finding.range, newText: replacement }] });
    }
    if (finding.ruleId === 'missing-response' && finding.data?.commitment) {
      const action = insertResponse(context, finding.data.commitment);
      if (action) actions.push(action);
    }
    if (finding.ruleId === 'trajectory-period' && finding.data?.missingYears) {
      const action = fillYears(context, finding);
      if (action) actions.push(action);
    }
    if (finding.ruleId !== 'suppression-reason') {
      actions.push(disable(context.document, finding));
    }
  }
  // Several findings on one block offer the same "disable" edit once.
  const seen = new Set<string>();
  return actions.filter((action) => {
    const key = `${action.title}|${JSON.stringify(action.edits)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Inserts a response skeleton for a commitment in the chapter that covers its area. */
export function insertResponse(context: DocumentContext, commitmentId: string, chapterUri?: string): CodeAction | undefined {
  const commitment = context.analysis.context.catalogs.commitment(commitmentId);
  if (!commitment) return undefined;
  const chapter = chapterUri ? context.analysis.context.documents.find((d) => d.uri === chapterUri && d.kind === 'chapter') : chapterFor(context, commitment);
  if (!chapter) return undefined;
  const index = chapter.lines;
  const last = index.lineCount - 1;
  const end = { line: last, character: index.lineEnd(last) - index.lineStart(last) };
  const lead = chapter.text.length === 0 || chapter.text.endsWith('\n\n') ? '' : chapter.text.endsWith('\n') ? '\n' : '\n\n';
  return {
    title: `Add a response to \`${commitment.id}\` in ${chapter.uri.slice(chapter.uri.lastIndexOf('/') + 1)}`,
    edits: [{ uri: chapter.uri, range: { start: end, end }, newText: `${lead}${responseSkeleton(commitment, context.analysis.context.years)}` }],
  };
}

/** A valid commitment block: id and status, with the rest as comments to fill in. */
export function responseSkeleton(commitment: CatalogCommitment, years: readonly string[]): string {
  const lines = ['```commitment', `id: ${commitment.id}`, 'status: not-started', '# lead: an organisation id from plan.yaml', '# partners: [organisation ids]'];
  if (commitment.target) {
    lines.push(`# trajectory (${commitment.target.measure}):`);
    lines.push(`# trajectory: { ${years.map((y) => `${y}: 0`).join(', ')} }`);
  }
  lines.push('```', '');
  return lines.join('\n');
}

function chapterFor(context: DocumentContext, commitment: CatalogCommitment): PlanDocument | undefined {
  const chapters = context.analysis.context.documents.filter((d) => d.kind === 'chapter');
  return (
    chapters.find((d) => d.frontMatter?.area?.value === commitment.area) ??
    chapters.find((d) => d.responses.some((r) => r.id && context.analysis.context.catalogs.commitment(r.id.value)?.area === commitment.area)) ??
    chapters[0]
  );
}

/** Fills a trajectory's missing years, interpolating between the years it has. */
function fillYears(context: DocumentContext, finding: Finding): CodeAction | undefined {
  const series = allSeries(context.document).find((s) => s.keyRange.start.line === finding.range.start.line && s.keyRange.start.character === finding.range.start.character);
  const years = context.analysis.context.years;
  if (!series || series.points.length === 0) return undefined;
  const index = context.document.lines;
  const text = index.text.slice(index.offsetAt(series.range.start), index.offsetAt(series.range.end));
  const known = new Map(series.points.map((p) => [p.year.value, { value: p.value.value.value, text: index.text.slice(index.offsetAt(p.value.range.start), index.offsetAt(p.value.range.end)) }]));
  const percent = series.points.every((p) => p.value.value.kind === 'percent');
  const integers = series.points.every((p) => Number.isInteger(p.value.value.value));
  const entries = years.map((year) => [year, known.get(year)?.text ?? formatFill(interpolate(known, year), percent, integers)] as const);
  const extra = series.points.filter((p) => !years.includes(p.year.value)).map((p) => [p.year.value, known.get(p.year.value)?.text ?? ''] as const);
  const all = [...entries, ...extra].sort((a, b) => (yearStart(a[0]) ?? 0) - (yearStart(b[0]) ?? 0));
  let newText: string;
  if (text.trimStart().startsWith('{')) {
    newText = `{ ${all.map(([y, v]) => `${y}: ${v}`).join(', ')} }`;
  } else {
    const indent = ' '.repeat(series.points[0]?.year.range.start.character ?? 2);
    newText = all.map(([y, v], i) => `${i === 0 ? '' : indent}${y}: ${v}`).join('\n');
  }
  const edit: FileEdit = { uri: context.uri, range: series.range, newText };
  return { title: `Fill the missing years (${(finding.data?.missingYears ?? []).join(', ')}) by interpolation`, edits: [edit], isPreferred: true };
}

function interpolate(known: ReadonlyMap<string, { value: number }>, year: string): number {
  const target = yearStart(year) ?? 0;
  const points = [...known].map(([y, v]) => [yearStart(y) ?? 0, v.value] as const).sort((a, b) => a[0] - b[0]);
  const before = points.filter(([y]) => y < target).pop();
  const after = points.find(([y]) => y > target);
  if (before && after) return before[1] + ((after[1] - before[1]) * (target - before[0])) / (after[0] - before[0]);
  return (before ?? after ?? [0, 0])[1];
}

function formatFill(value: number, percent: boolean, integers: boolean): string {
  const rounded = integers ? Math.round(value) : Math.round(value * 10) / 10;
  return percent ? `"${rounded}%"` : String(rounded);
}

function allSeries(document: PlanDocument): YearlySeries[] {
  return [
    ...document.responses.flatMap((r) => r.trajectory ?? []),
    ...document.finance.flatMap((f) => [f.income, f.expenditure, f.efficiency].filter((s): s is YearlySeries => s !== undefined)),
    ...document.workforce.flatMap((w) => [w.demand, w.supply].filter((s): s is YearlySeries => s !== undefined)),
    ...document.assumptions.map((a) => a.series),
  ];
}

/** A disable comment, with a reason placeholder that is still reported until replaced. */
function disable(document: PlanDocument, finding: Finding): CodeAction {
  const index = document.lines;
  const line = finding.range.start.line;
  let insertLine = line;
  let comment: string;
  if (document.kind === 'chapter' && !inFrontMatter(index, line)) {
    const block = document.blocks.find((b) => b.range.start.line <= line && line <= b.range.end.line);
    const prose = document.proseLines.find(([start, end]) => start <= line && line <= end);
    insertLine = block?.range.start.line ?? prose?.[0] ?? line;
    comment = `<!-- planwright-disable ${finding.ruleId}: ${REASON_PLACEHOLDER} -->`;
  } else {
    comment = `# planwright-disable ${finding.ruleId}: ${REASON_PLACEHOLDER}`;
  }
  const indent = /^[ \t]*/.exec(index.lineText(insertLine))?.[0] ?? '';
  const eol = document.text.includes('\r\n') ? '\r\n' : '\n';
  const at = { line: insertLine, character: 0 };
  return {
    title: `Disable ${finding.ruleId} here (with a reason)`,
    edits: [{ uri: document.uri, range: { start: at, end: at }, newText: `${document.kind === 'chapter' && comment.startsWith('<') ? '' : indent}${comment}${eol}` }],
  };
}

function inFrontMatter(index: LineIndex, line: number): boolean {
  if (!/^---\s*$/.test(index.lineText(0))) return false;
  for (let l = 1; l < index.lineCount; l++) if (/^(---|\.\.\.)\s*$/.test(index.lineText(l))) return line < l;
  return false;
}
