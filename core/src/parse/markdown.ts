import MarkdownIt from 'markdown-it';
import { htmlComments } from '../text/html-comments';
import type { LineIndex } from '../text/positions';

type Token = MarkdownIt.Token;

/** The structure of a chapter that Planwright reads; everything else is prose. */
export interface MarkdownStructure {
  /** Front matter between `---` lines at the very top: content and its first line. */
  readonly frontMatter?: { readonly text: string; readonly firstLine: number; readonly endLine: number };
  readonly fences: readonly Fence[];
  readonly comments: readonly HtmlComment[];
  readonly headings: readonly { level: number; text: string; line: number }[];
  /** Inline prose, as line spans [start, end) in the document. */
  readonly prose: readonly (readonly [number, number])[];
  /** Top-level block elements as line spans [start, end), in order, for "the next block". */
  readonly elements: readonly (readonly [number, number])[];
  /** The first line not read because the Markdown is nested too deeply, if any. */
  readonly unreadFrom?: number;
}

export interface Fence {
  readonly info: string;
  /** Line of the opening fence. */
  readonly openLine: number;
  /** Line after the closing fence (or the document's line count when unclosed). */
  readonly endLine: number;
  readonly closed: boolean;
  readonly content: string;
}

export interface HtmlComment {
  readonly body: string;
  readonly line: number;
  /** Offset of the comment in the document. */
  readonly offset: number;
  readonly length: number;
}

/** Deeper nesting of lists and quotes than this is not read (markdown-it recurses per level). */
export const MAX_NESTING = 100;

// One tokenizer for the whole process: markdown-it is configured once and is
// stateless between parses. CommonMark rules, with HTML so comments are seen.
const markdown = new MarkdownIt('commonmark', { html: true });
// The presets set maxNesting (20 for CommonMark); the typings do not declare it.
(markdown.options as { maxNesting?: number }).maxNesting = MAX_NESTING;
// Only the block structure is read (fences, comments, headings, where prose
// is); inline parsing would be most of the cost, so it is switched off.
markdown.core.ruler.disable(['inline', 'text_join']);

const FRONT_MATTER_OPEN = /^---\s*$/;
const FRONT_MATTER_CLOSE = /^(---|\.\.\.)\s*$/;

export function parseMarkdownStructure(index: LineIndex): MarkdownStructure {
  let source = index.text;
  let frontMatter: MarkdownStructure['frontMatter'];
  if (opensFrontMatter(index)) {
    for (let line = 1; line < index.lineCount; line++) {
      if (FRONT_MATTER_CLOSE.test(index.lineText(line))) {
        const lines: string[] = [];
        for (let l = 1; l < line; l++) lines.push(index.lineText(l));
        frontMatter = { text: lines.join('\n'), firstLine: 1, endLine: line };
        // Blank the front matter out (keeping its line breaks) so line numbers stay true.
        const end = index.lineEnd(line);
        source = source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
        break;
      }
    }
  }

  const tokens = tokenize(source);
  if (!tokens) return { ...emptyStructure(), unreadFrom: 0 };
  const found = emptyStructure();
  const lastRead = collectStructure(tokens, index, 0, found);
  const unreadFrom = firstNonBlankLine(index, lastRead, index.lineCount);
  return { ...(frontMatter ? { frontMatter } : {}), ...found, ...(unreadFrom !== undefined ? { unreadFrom } : {}) };
}

/** Whether the first line opens front matter (which is front matter if a closing line follows). */
export function opensFrontMatter(index: LineIndex): boolean {
  return index.lineCount > 1 && FRONT_MATTER_OPEN.test(index.lineText(0));
}

/** The parts of a structure collected from tokens, as mutable lists. */
export interface StructureParts {
  fences: Fence[];
  comments: HtmlComment[];
  headings: { level: number; text: string; line: number }[];
  prose: (readonly [number, number])[];
  elements: (readonly [number, number])[];
}

export function emptyStructure(): StructureParts {
  return { fences: [], comments: [], headings: [], prose: [], elements: [] };
}

/** Tokenises `source` (whole lines of a document) with the block rules only; undefined when markdown-it gives up on the nesting. */
export function tokenize(source: string): Token[] | undefined {
  try {
    return markdown.parse(source, {});
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return undefined;
  }
}

/**
 * Collects fences, comments, headings, prose and top-level elements from the
 * tokens of lines starting at `firstLine` of the document; returns the line
 * after the last one the tokens cover (markdown-it silently stops at its
 * nesting limit).
 */
export function collectStructure(tokens: readonly Token[], index: LineIndex, firstLine: number, into: StructureParts): number {
  let lastRead = firstLine;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.map) continue;
    const start = token.map[0] + firstLine;
    const end = token.map[1] + firstLine;
    if (end > lastRead) lastRead = end;
    if (token.level === 0 && token.nesting !== -1) into.elements.push([start, end]);
    switch (token.type) {
      case 'fence': {
        const closed = isClosedFence(index, token, start, end);
        into.fences.push({ info: token.info.trim(), openLine: start, endLine: end, closed, content: token.content });
        break;
      }
      case 'html_block':
        collectComments(index, start, end, into.comments);
        break;
      case 'inline':
        into.prose.push([start, end]);
        break;
      case 'heading_open': {
        const inline = tokens[i + 1];
        into.headings.push({ level: Number(token.tag.slice(1)), text: inline?.content.trim() ?? '', line: start });
        break;
      }
      default:
        break;
    }
  }
  return lastRead;
}

/** The first line in [from, to) with more than white space, if any. */
export function firstNonBlankLine(index: LineIndex, from: number, to: number): number | undefined {
  for (let line = from; line < to; line++) if (index.lineText(line).trim() !== '') return line;
  return undefined;
}

function isClosedFence(index: LineIndex, token: Token, openLine: number, endLine: number): boolean {
  const last = endLine - 1;
  if (last <= openLine) return false;
  // The closing line keeps its container prefix ("> " in a blockquote); the fence follows it.
  const closing = index.lineText(last).replace(/^(?:\s*>)*/, '').trim();
  // A closing fence is the opening's character only, at least as many of it (CommonMark 4.5).
  const char = token.markup[0] ?? '`';
  return closing.length >= token.markup.length && [...closing].every((c) => c === char);
}

/** HTML comments in an HTML block (`htmlComments`), with their bodies and where they are. */
function collectComments(index: LineIndex, startLine: number, endLine: number, into: HtmlComment[]): void {
  const start = index.lineStart(startLine);
  const text = index.text.slice(start, index.lineEnd(endLine - 1));
  for (const comment of htmlComments(text)) {
    const offset = start + comment.start;
    // `slice` gives '' for the empty bodies of `<!-->` and `<!--->`, whose end comes before the body's start.
    into.push({ body: text.slice(comment.start + 4, comment.end - 3), line: index.positionAt(offset).line, offset, length: comment.end - comment.start });
  }
}
