import type { ParseProblem } from '../findings';
import { BLOCK_TYPES, type BlockType, type CommitmentResponse, type FencedBlock, type Heading, type PlanDocument, type Suppression } from '../model/types';
import type { SchemaSet } from '../schema/schema-set';
import { EmbeddedText } from '../text/embedded';
import { LineIndex, type Range } from '../text/positions';
import { listOr, suggest } from '../text/suggest';
import { emptyItems, readItems, type ItemSink } from './items';
import { MAX_NESTING, type Fence, type MarkdownStructure } from './markdown';
import { readMarkdownStructure, type ReadMarkdown } from './markdown-incremental';
import { readYaml } from './read-yaml';
import { applyShift, recordMove, shiftPlan, type ShiftPlan } from './shift';
import { findReferences } from './references';
import { readDirective, yamlSuppressions } from './suppressions';

/** What one fenced block contributes to its chapter. */
interface FenceResult {
  readonly block?: FencedBlock;
  readonly problems: readonly ParseProblem[];
  readonly items: ItemSink;
  readonly suppressions: readonly Suppression[];
}

/** A block's result at the line it was read or moved to; `plan` once found (`planOf`), when it was moved or readied to move. */
interface CachedBlock {
  readonly line: number;
  readonly result: FenceResult;
  readonly plan: ShiftPlan | null | undefined;
}

/**
 * The previous parse of one file, for reuse: its Markdown structure (an edit
 * re-tokenises only the top-level elements it touched,
 * `markdown-incremental.ts`) and its fenced blocks. A block whose text is
 * unchanged is reused as it was, its ranges moved by as many lines as the
 * block moved: typing in one block, or adding a line above it, re-reads only
 * what changed.
 */
export class BlockCache {
  /** The chapter's text and structure as last read, so an edit re-tokenises only what it touched. */
  markdown: ReadMarkdown | undefined;
  private previous = new Map<string, CachedBlock>();
  private current = new Map<string, CachedBlock>();
  /** Whether a block's plan of positions is found when it is read (see `prepareMoves`). */
  private eager = false;

  /**
   * The result for the block `key` at `line`: the cached one (moved by lines
   * when the block moved, copying only what holds a position, `shift.ts`), or
   * `read()`'s when there is none. Either is kept for the next parse.
   */
  reuse(key: string, line: number, read: () => FenceResult): FenceResult {
    const found = this.current.get(key) ?? this.previous.get(key);
    if (!found) {
      const result = read();
      this.current.set(key, { line, result, plan: this.eager ? planOf(result) : undefined });
      return result;
    }
    if (found.line === line) {
      this.current.set(key, found);
      return found.result;
    }
    // A moved copy has its source's shape: the plan of where its positions are holds for it too.
    const plan = planOf(found.result, found.plan);
    const result = applyShift(found.result, plan, line - found.line);
    this.current.set(key, { line, result, plan });
    // What was checked of each response can be moved along with it (rules/per-response.ts).
    const before = found.result.items.responses;
    result.items.responses.forEach((response, i) => recordMove(before[i] as CommitmentResponse, response, line - found.line));
    return result;
  }

  /**
   * For a chapter open in an editor: finds now, for every block kept and from
   * here on for every block read, where its positions are, so that the first
   * line typed above them only copies what moves. Finding them for the 1,000
   * blocks of a 250 KB chapter takes 10-30 ms, which the first line break
   * otherwise waited for; a chapter read only to be checked never needs them.
   */
  prepareMoves(): void {
    this.eager = true;
    for (const [key, entry] of this.previous) {
      if (entry.plan === undefined) this.previous.set(key, { ...entry, plan: planOf(entry.result) });
    }
  }

  /** Keeps only the blocks of the latest parse. */
  rotate(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** Where a block's positions are: `known` when already found, else found now; null when it holds none. */
function planOf(result: FenceResult, known?: ShiftPlan | null): ShiftPlan | null {
  return known === undefined ? (shiftPlan(result) ?? null) : known;
}

/** Reads a Markdown chapter: front matter, fenced plan blocks, `[[id]]` references and disable comments. */
export function parseChapter(uri: string, text: string, schemas: SchemaSet, cache?: BlockCache): PlanDocument {
  const index = new LineIndex(text);
  const structure = readMarkdownStructure(index, cache?.markdown);
  if (cache) cache.markdown = { text, lineCount: index.lineCount, structure };
  const problems: ParseProblem[] = [];
  if (structure.unreadFrom !== undefined) {
    const line = structure.unreadFrom;
    problems.push({
      ruleId: 'yaml-syntax',
      message: `the Markdown from line ${line + 1} is nested too deeply (lists or quotes more than ${MAX_NESTING} levels deep) and was not read`,
      range: index.rangeOf(index.lineStart(line), index.lineEnd(line)),
    });
  }
  const items = emptyItems();
  const blocks: FencedBlock[] = [];
  const suppressions: Suppression[] = [];

  let frontMatter: PlanDocument['frontMatter'];
  if (structure.frontMatter) {
    const { text: yaml, firstLine, endLine } = structure.frontMatter;
    const embedded = new EmbeddedText(index, firstLine, yaml);
    const read = readYaml(yaml, embedded, schemas, 'front-matter', index.rangeOf(0, index.lineEnd(0)));
    problems.push(...read.problems);
    if (read.view) {
      frontMatter = { title: read.view.get('title')?.string(), lead: read.view.get('lead')?.string(), area: read.view.get('area')?.string() };
    }
    suppressions.push(...yamlSuppressions(uri, index, firstLine, endLine - 1));
  }

  for (const fence of structure.fences) {
    const lastLine = Math.max(fence.openLine, fence.endLine - 1);
    const key = text.slice(index.lineStart(fence.openLine), index.lineEnd(lastLine));
    const read = (): FenceResult => readFence(uri, index, fence, schemas);
    const result = cache ? cache.reuse(key, fence.openLine, read) : read();
    if (result.block) blocks.push(result.block);
    problems.push(...result.problems);
    suppressions.push(...result.suppressions);
    appendItems(items, result.items);
  }
  cache?.rotate();

  suppressions.push(...markdownSuppressions(uri, index, structure));
  const headings: Heading[] = structure.headings.map((heading) => ({
    level: heading.level,
    text: heading.text,
    range: index.rangeOf(index.lineStart(heading.line), index.lineEnd(heading.line)),
  }));

  return {
    uri,
    kind: 'chapter',
    text,
    lines: index,
    problems,
    frontMatter,
    headings,
    blocks,
    references: findReferences(uri, index, structure.prose),
    suppressions,
    proseLines: structure.prose.map(([start, end]) => [start, end - 1] as const),
    ...items,
  };
}

function readFence(uri: string, index: LineIndex, fence: Fence, schemas: SchemaSet): FenceResult {
  const items = emptyItems();
  const problems: ParseProblem[] = [];
  const word = fence.info.split(/\s+/)[0] ?? '';
  const openLineText = index.lineText(fence.openLine);
  const wordStart = index.lineStart(fence.openLine) + Math.max(0, openLineText.indexOf(word));
  const typeRange = index.rangeOf(wordStart, wordStart + word.length);
  if (!(BLOCK_TYPES as readonly string[]).includes(word)) {
    const near = word.length > 3 ? suggest(word, BLOCK_TYPES, 1) : [];
    if (near.length > 0) {
      problems.push({ ruleId: 'schema', message: `\`${word}\` is not a plan block type: did you mean ${listOr(near)}? (other fenced blocks are ignored)`, range: typeRange, data: { suggestions: near } });
    }
    return { problems, items, suppressions: [] };
  }
  const type = word as BlockType;
  const lastLine = Math.max(fence.openLine, fence.endLine - 1);
  const range = index.rangeOf(index.lineStart(fence.openLine), index.lineEnd(lastLine));
  const contentFirst = fence.openLine + 1;
  const contentLast = fence.closed ? fence.endLine - 2 : fence.endLine - 1;
  const contentRange = index.rangeOf(index.lineStart(contentFirst), index.lineEnd(Math.max(contentFirst, contentLast)));
  if (!fence.closed) {
    problems.push({ ruleId: 'yaml-syntax', message: `the ${type} block is not closed: add a closing fence line`, range: typeRange });
  }
  const embedded = new EmbeddedText(index, contentFirst, fence.content);
  const read = readYaml(fence.content, embedded, schemas, type, typeRange);
  problems.push(...read.problems);
  if (read.view) {
    readItems(type, read.view, { uri, form: 'block', range: type === 'commitment' || type === 'finance' ? range : undefined }, items);
  } else if (read.problems.length === 0) {
    problems.push({ ruleId: 'schema', message: `the ${type} block is empty`, range: typeRange });
  }
  const suppressions = contentLast >= contentFirst ? yamlSuppressions(uri, index, contentFirst, contentLast) : [];
  const unreadableId = type === 'commitment' && !read.view ? UNREADABLE_ID.exec(fence.content)?.[1] : undefined;
  return { block: { type, range, typeRange, contentRange, closed: fence.closed, ...(unreadableId ? { unreadableId } : {}) }, problems, items, suppressions };
}

/** The id on a top-level `id:` line, as written (optionally quoted), for a block that does not parse. */
const UNREADABLE_ID = /^id:[ \t]*["']?([a-z0-9][a-z0-9-]*)["']?[ \t]*(?:#.*)?$/m;

function appendItems(into: ItemSink, from: ItemSink): void {
  into.responses.push(...from.responses);
  into.finance.push(...from.finance);
  into.workforce.push(...from.workforce);
  into.inequalities.push(...from.inequalities);
  into.assumptions.push(...from.assumptions);
  into.milestones.push(...from.milestones);
}

/** `<!-- planwright-disable rule: reason -->` covers the next top-level element after the comment. */
function markdownSuppressions(uri: string, index: LineIndex, structure: MarkdownStructure): Suppression[] {
  const found: Suppression[] = [];
  for (const comment of structure.comments) {
    const directive = readDirective(index, comment.body, comment.offset + 4);
    if (!directive) continue;
    const commentRange: Range = index.rangeOf(comment.offset, comment.offset + comment.length);
    const next = structure.elements.find(([start]) => start > commentRange.end.line);
    const [startLine, endLine] = next ? [next[0], next[1] - 1] : [commentRange.end.line + 1, commentRange.end.line + 1];
    found.push({ uri, range: commentRange, ...directive, startLine, endLine });
  }
  return found;
}
