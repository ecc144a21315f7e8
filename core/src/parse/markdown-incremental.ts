import type { LineIndex } from '../text/positions';
import { collectStructure, emptyStructure, firstNonBlankLine, opensFrontMatter, parseMarkdownStructure, tokenize, type MarkdownStructure, type StructureParts } from './markdown';

/** A chapter's text as last read, with its structure, for the next read of the same file. */
export interface ReadMarkdown {
  readonly text: string;
  readonly lineCount: number;
  readonly structure: MarkdownStructure;
}

/**
 * The structure of a chapter, re-tokenising only the part an edit touched
 * when the previous read of the same file is given (the whole-chapter pass
 * is ~3 ms of every keystroke on a 250 KB chapter).
 *
 * CommonMark block structure is decided line by line from a top-level
 * element's start: where a top-level element starts, nothing is open, and
 * what follows depends only on the lines from there on. So the lines before
 * the top-level element that holds the edit keep their structure, and the
 * window from that element's start is tokenised alone. The window ends with
 * the first unchanged top-level element after the edit, and is taken only if
 * it ends with that very element, starting on the same line (nothing the
 * edit opened runs into it): from there on the structure is the previous
 * one, moved by the lines the edit added. Otherwise (an unclosed fence or
 * HTML block, an edit in the front matter or at the top, markdown-it's
 * nesting limit) the rest, or the whole chapter, is tokenised as before.
 * `test/core/markdown-incremental.test.ts` checks the result against a whole
 * pass over generated chapters and edits.
 */
export function readMarkdownStructure(index: LineIndex, previous?: ReadMarkdown): MarkdownStructure {
  return (previous && reread(index, previous)) ?? parseMarkdownStructure(index);
}

function reread(index: LineIndex, previous: ReadMarkdown): MarkdownStructure | undefined {
  const { text: before, structure } = previous;
  const text = index.text;
  if (before === text) return structure;
  if (structure.unreadFrom !== undefined) return undefined;

  // The edited lines: from the line where the texts first differ to the line where their common end starts.
  const [prefix, suffix] = commonEnds(before, text);
  // One line more on each side, so a line break that changed kind ("\r\n" and "\r") stays inside the window.
  const firstEdited = Math.max(0, index.positionAt(prefix).line - 1);
  const lineDelta = index.lineCount - previous.lineCount;
  const lastEditedBefore = index.positionAt(text.length - suffix).line + 1 - lineDelta;

  // The front matter is read apart from the Markdown: an edit in or next to it, or one that may close
  // front matter the chapter opened without closing, is read from the top.
  if (!structure.frontMatter && opensFrontMatter(index)) return undefined;
  const frontMatterEnd = structure.frontMatter?.endLine ?? -1;
  const elements = structure.elements;
  const restart = lastIndexWhere(elements, (element) => element[0] < firstEdited);
  const from = restart < 0 ? -1 : (elements[restart] as readonly [number, number])[0];
  if (from <= frontMatterEnd + 1) return undefined;

  const next = elements.findIndex((element) => element[0] > lastEditedBefore);
  const anchor = next < 0 ? undefined : (elements[next] as readonly [number, number]);
  const windowEnd = anchor ? anchor[1] + lineDelta : index.lineCount;
  const found = windowStructure(index, from, windowEnd);
  if (!found) return undefined;
  if (anchor) {
    const last = found.elements[found.elements.length - 1];
    const aligned = last !== undefined && last[0] === anchor[0] + lineDelta && last[1] === windowEnd;
    // The edit opened something that runs into the unchanged part: read the rest of the chapter.
    if (!aligned) return rest(index, structure, from);
  }
  const kept = (line: number) => line < from;
  const moved = (line: number) => anchor !== undefined && line >= anchor[1];
  const characterDelta = text.length - before.length;
  const span = (element: readonly [number, number]) => [element[0] + lineDelta, element[1] + lineDelta] as const;
  return {
    ...(structure.frontMatter ? { frontMatter: structure.frontMatter } : {}),
    fences: [
      ...structure.fences.filter((fence) => kept(fence.openLine)),
      ...found.fences,
      ...structure.fences.filter((fence) => moved(fence.openLine)).map((fence) => ({ ...fence, openLine: fence.openLine + lineDelta, endLine: fence.endLine + lineDelta })),
    ],
    comments: [
      ...structure.comments.filter((comment) => kept(comment.line)),
      ...found.comments,
      ...structure.comments.filter((comment) => moved(comment.line)).map((comment) => ({ ...comment, line: comment.line + lineDelta, offset: comment.offset + characterDelta })),
    ],
    headings: [
      ...structure.headings.filter((heading) => kept(heading.line)),
      ...found.headings,
      ...structure.headings.filter((heading) => moved(heading.line)).map((heading) => ({ ...heading, line: heading.line + lineDelta })),
    ],
    prose: [...structure.prose.filter((p) => kept(p[0])), ...found.prose, ...structure.prose.filter((p) => moved(p[0])).map(span)],
    elements: [...elements.filter((e) => kept(e[0])), ...found.elements, ...elements.filter((e) => moved(e[0])).map(span)],
  };
}

/** Everything from line `from` (a top-level element's start) to the end, tokenised again; the lines before kept. */
function rest(index: LineIndex, structure: MarkdownStructure, from: number): MarkdownStructure | undefined {
  const found = windowStructure(index, from, index.lineCount);
  if (!found) return undefined;
  const kept = (line: number) => line < from;
  return {
    ...(structure.frontMatter ? { frontMatter: structure.frontMatter } : {}),
    fences: [...structure.fences.filter((fence) => kept(fence.openLine)), ...found.fences],
    comments: [...structure.comments.filter((comment) => kept(comment.line)), ...found.comments],
    headings: [...structure.headings.filter((heading) => kept(heading.line)), ...found.headings],
    prose: [...structure.prose.filter((p) => kept(p[0])), ...found.prose],
    elements: [...structure.elements.filter((e) => kept(e[0])), ...found.elements],
  };
}

/** The structure of lines [from, to) tokenised alone; undefined when markdown-it stopped short of `to` (nesting). */
function windowStructure(index: LineIndex, from: number, to: number): StructureParts | undefined {
  const start = index.lineStart(from);
  const end = to < index.lineCount ? index.lineStart(to) : index.text.length;
  const tokens = tokenize(index.text.slice(start, end));
  if (!tokens) return undefined;
  const found = emptyStructure();
  const lastRead = collectStructure(tokens, index, from, found);
  return firstNonBlankLine(index, lastRead, to) === undefined ? found : undefined;
}

/**
 * The lengths of the longest common start and end of two texts (not
 * overlapping). Compared in slices of 4,096, 512, 64, 8 and 1 characters:
 * string equality is a memory compare, several times faster than a loop
 * over characters on a 250 KB chapter.
 */
export function commonEnds(a: string, b: string): [prefix: number, suffix: number] {
  const shortest = Math.min(a.length, b.length);
  let prefix = 0;
  for (let step = 4096; step >= 1; step >>= 3) {
    while (prefix + step <= shortest && a.slice(prefix, prefix + step) === b.slice(prefix, prefix + step)) prefix += step;
  }
  let suffix = 0;
  for (let step = 4096; step >= 1; step >>= 3) {
    while (suffix + step <= shortest - prefix && a.slice(a.length - suffix - step, a.length - suffix) === b.slice(b.length - suffix - step, b.length - suffix)) suffix += step;
  }
  return [prefix, suffix];
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
