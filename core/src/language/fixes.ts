import { compareFindings, type Finding } from '../findings';
import type { PlanProject } from '../project';
import { comparePositions } from '../text/positions';
import { codeActions } from './actions';
import type { FileEdit } from './types';

/** One finding's preferred quick fix, as `planwright check --fix` applies it. */
export interface PreferredFix {
  readonly finding: Finding;
  readonly title: string;
  readonly edits: readonly FileEdit[];
}

/**
 * The preferred quick fix (the one an editor applies on "fix all") of each
 * finding in a plan, in finding order. A fix whose edits overlap an earlier
 * one's is left out, so the edits of the fixes returned never overlap; a
 * second run picks up what is left.
 */
export function preferredFixes(project: PlanProject, root: string): PreferredFix[] {
  const findings = [...project.analyze(root).findings].sort(compareFindings);
  const taken: FileEdit[] = [];
  const fixes: PreferredFix[] = [];
  for (const finding of findings) {
    const action = codeActions(project, finding.uri, [finding]).find((a) => a.isPreferred === true);
    if (!action || action.edits.length === 0) continue;
    if (action.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...action.edits);
    fixes.push({ finding, title: action.title, edits: action.edits });
  }
  return fixes;
}

/** The preferred fixes' edits, grouped by file. */
export function editsByFile(fixes: readonly PreferredFix[]): Map<string, FileEdit[]> {
  const byFile = new Map<string, FileEdit[]>();
  for (const fix of fixes) for (const edit of fix.edits) byFile.set(edit.uri, [...(byFile.get(edit.uri) ?? []), edit]);
  return byFile;
}

function overlaps(a: FileEdit, b: FileEdit): boolean {
  if (a.uri !== b.uri) return false;
  // Two insertions at one place would interleave; treat them as overlapping too.
  if (comparePositions(a.range.start, b.range.start) === 0) return true;
  return comparePositions(a.range.start, b.range.end) < 0 && comparePositions(b.range.start, a.range.end) < 0;
}
