import type { Finding } from '../findings';
import type { PlanProject } from '../project';
import { comparePositions as compare } from '../text/positions';
import { codeActions } from './actions';
import type { CodeAction, FileEdit } from './types';

/**
 * One action applying every preferred quick fix for the findings of a file (the editor's
 * "fix all"). Fixes are taken in the findings' order; a fix whose edits overlap one already
 * taken is left for a second pass, since applying both could corrupt the text. Undefined when
 * nothing preferred applies.
 */
export function fixAll(project: PlanProject, uri: string, findings: readonly Finding[]): CodeAction | undefined {
  const taken: FileEdit[] = [];
  let count = 0;
  for (const finding of findings) {
    for (const action of codeActions(project, uri, [finding])) {
      if (!action.isPreferred || action.edits.length === 0) continue;
      const fresh = action.edits.filter((edit) => !taken.some((t) => sameEdit(t, edit)));
      if (fresh.length === 0) continue; // the same fix offered by another finding
      if (fresh.some((edit) => taken.some((t) => overlaps(t, edit)))) continue;
      taken.push(...fresh);
      count += 1;
    }
  }
  if (count === 0) return undefined;
  return { title: `Fix all (${count} preferred ${count === 1 ? 'fix' : 'fixes'})`, edits: taken, isPreferred: false };
}

function sameEdit(a: FileEdit, b: FileEdit): boolean {
  return a.uri === b.uri && a.newText === b.newText && compare(a.range.start, b.range.start) === 0 && compare(a.range.end, b.range.end) === 0;
}

/** Two edits in one file touch the same text (an insertion at another's edge counts, as its order would be ambiguous). */
function overlaps(a: FileEdit, b: FileEdit): boolean {
  if (a.uri !== b.uri) return false;
  return compare(a.range.start, b.range.end) <= 0 && compare(b.range.start, a.range.end) <= 0;
}
