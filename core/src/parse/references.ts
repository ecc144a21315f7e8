import { textCache } from '../cache/text-cache';
import type { CommitmentReference } from '../model/types';
import { htmlComments } from '../text/html-comments';
import type { LineIndex } from '../text/positions';

const REFERENCE = /\[\[([^[\]\n]*)\]\]/g;

/**
 * `[[id]]` references in prose spans (line ranges [start, end)). Code spans
 * and HTML comments are blanked first, so an id shown as code is not a
 * reference.
 */
export function findReferences(uri: string, index: LineIndex, spans: readonly (readonly [number, number])[]): CommitmentReference[] {
  const references: CommitmentReference[] = [];
  for (const [startLine, endLine] of spans) {
    const start = index.lineStart(startLine);
    const prose = index.text.slice(start, index.lineEnd(endLine - 1));
    if (!prose.includes('[[')) continue;
    for (const { offset, id } of referencesIn(prose)) {
      references.push({ uri, id, range: index.rangeOf(start + offset, start + offset + id.length) });
    }
  }
  return references;
}

/** Memoised by the paragraph's text (bounded by memory: about 64 bytes a reference found besides the text). */
const memo = textCache<readonly { offset: number; id: string }[]>(16 * 1024 * 1024, (found) => 64 + found.length * 64);

/** The ids referenced in one span of prose and their offsets in it, memoised by the span's text. */
function referencesIn(prose: string): readonly { offset: number; id: string }[] {
  const cached = memo.get(prose);
  if (cached) return cached;
  const found: { offset: number; id: string }[] = [];
  for (const match of blankCode(prose).matchAll(REFERENCE)) {
    const inner = match[1] ?? '';
    const id = inner.trim();
    if (id !== '') found.push({ offset: (match.index ?? 0) + 2 + (inner.length - inner.trimStart().length), id });
  }
  memo.set(prose, found);
  return found;
}

/** Replaces code spans and HTML comments with spaces, keeping offsets. */
export function blankCode(text: string): string {
  // Most paragraphs have neither: the jargon check blanks every one.
  if (!text.includes('`') && !text.includes('<!--')) return text;
  const blank = (part: string) => part.replace(/[^\r\n]/g, ' ');
  const withoutComments = blankComments(text, blank);
  // A code span opens with a run of backticks and closes at the next run of
  // exactly the same length (CommonMark 6.1).
  const runs = [...withoutComments.matchAll(/`+/g)].map((m) => ({ start: m.index ?? 0, length: m[0].length }));
  const byLength = new Map<number, number[]>();
  runs.forEach((run, i) => {
    const list = byLength.get(run.length);
    if (list) list.push(i);
    else byLength.set(run.length, [i]);
  });
  let result = '';
  let copied = 0;
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i];
    if (!open) continue;
    const closeIndex = firstAfter(byLength.get(open.length) ?? [], i);
    const close = closeIndex === undefined ? undefined : runs[closeIndex];
    if (closeIndex === undefined || !close) continue;
    const end = close.start + close.length;
    result += withoutComments.slice(copied, open.start) + blank(withoutComments.slice(open.start, end));
    copied = end;
    i = closeIndex;
  }
  return result + withoutComments.slice(copied);
}

/** `text` with each HTML comment (`htmlComments`) passed through `blank`. */
function blankComments(text: string, blank: (part: string) => string): string {
  let result = '';
  let copied = 0;
  for (const { start, end } of htmlComments(text)) {
    result += text.slice(copied, start) + blank(text.slice(start, end));
    copied = end;
  }
  return result + text.slice(copied);
}

/** The first element of an ascending list greater than `value`. */
function firstAfter(sorted: readonly number[], value: number): number | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return sorted[low];
}
