import { compareFindings, type Finding } from '../findings';
import type { PlanProject } from '../project';
import { comparePositions } from '../text/positions';
import { codeActions } from './actions';
import type { CodeAction, FileEdit } from './types';

/** One finding's preferred quick fix, as `planwright check --fix` and the editor's "fix all" apply it. */
export interface PreferredFix {
  readonly finding: Finding;
  readonly title: string;
  readonly edits: readonly FileEdit[];
}

/**
 * The preferred quick fix of each finding, in the order given. A fix offered
 * again by another finding is taken once; a fix whose edits overlap (or
 * touch) one already taken is left out, so the edits returned never
 * conflict and a second run picks up what is left. The one selection behind
 * `check --fix` and `source.fixAll`.
 */
export function selectPreferredFixes(project: PlanProject, findings: readonly Finding[]): PreferredFix[] {
  const taken: FileEdit[] = [];
  const fixes: PreferredFix[] = [];
  for (const finding of findings) {
    const action = codeActions(project, finding.uri, [finding]).find((a) => a.isPreferred === true);
    if (!action || action.edits.length === 0) continue;
    const fresh = action.edits.filter((edit) => !taken.some((other) => sameEdit(edit, other)));
    if (fresh.length === 0) continue;
    if (fresh.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...fresh);
    fixes.push({ finding, title: action.title, edits: fresh });
  }
  return fixes;
}

/** Every preferred fix of a plan, in finding order (`planwright check --fix`). */
export function preferredFixes(project: PlanProject, root: string): PreferredFix[] {
  return selectPreferredFixes(project, [...project.analyze(root).findings].sort(compareFindings));
}

/** One action applying every preferred fix of a file's findings (the editor's "fix all"); undefined when there is none. */
export function fixAll(project: PlanProject, findings: readonly Finding[]): CodeAction | undefined {
  const fixes = selectPreferredFixes(project, findings);
  if (fixes.length === 0) return undefined;
  return { title: `Fix all (${fixes.length} preferred ${fixes.length === 1 ? 'fix' : 'fixes'})`, edits: fixes.flatMap((fix) => fix.edits), isPreferred: false };
}

/** The preferred fixes' edits, grouped by file. */
export function editsByFile(fixes: readonly PreferredFix[]): Map<string, FileEdit[]> {
  const byFile = new Map<string, FileEdit[]>();
  for (const fix of fixes) for (const edit of fix.edits) byFile.set(edit.uri, [...(byFile.get(edit.uri) ?? []), edit]);
  return byFile;
}

function sameEdit(a: FileEdit, b: FileEdit): boolean {
  return a.uri === b.uri && a.newText === b.newText && comparePositions(a.range.start, b.range.start) === 0 && comparePositions(a.range.end, b.range.end) === 0;
}

/** Two edits in one file touch the same text; an insertion at another's edge counts, as their order would be ambiguous. */
function overlaps(a: FileEdit, b: FileEdit): boolean {
  if (a.uri !== b.uri) return false;
  return comparePositions(a.range.start, b.range.end) <= 0 && comparePositions(b.range.start, a.range.end) <= 0;
}
