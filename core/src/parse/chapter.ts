import type { ParseProblem } from '../findings';
import { BLOCK_TYPES, type BlockType, type FencedBlock, type Heading, type PlanDocument, type Suppression } from '../model/types';
import type { SchemaSet } from '../schema/schema-set';
import { EmbeddedText } from '../text/embedded';
import { LineIndex, type Range } from '../text/positions';
import { listOr, suggest } from '../text/suggest';
import { emptyItems, readItems } from './items';
import { MAX_NESTING, parseMarkdownStructure, type MarkdownStructure } from './markdown';
import { readYaml } from './read-yaml';
import { findReferences } from './references';
import { readDirective, yamlSuppressions } from './suppressions';

/** Reads a Markdown chapter: front matter, fenced plan blocks, `[[id]]` references and disable comments. */
export function parseChapter(uri: string, text: string, schemas: SchemaSet): PlanDocument {
  const index = new LineIndex(text);
  const structure = parseMarkdownStructure(index);
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
    const word = fence.info.split(/\s+/)[0] ?? '';
    const openLineText = index.lineText(fence.openLine);
    const wordStart = index.lineStart(fence.openLine) + Math.max(0, openLineText.indexOf(word));
    const typeRange = index.rangeOf(wordStart, wordStart + word.length);
    if (!(BLOCK_TYPES as readonly string[]).includes(word)) {
      const near = word.length > 3 ? suggest(word, BLOCK_TYPES, 1) : [];
      if (near.length > 0) {
        problems.push({ ruleId: 'schema', message: `\`${word}\` is not a plan block type: did you mean ${listOr(near)}? (other fenced blocks are ignored)`, range: typeRange, data: { suggestions: near } });
      }
      continue;
    }
    const type = word as BlockType;
    const lastLine = Math.max(fence.openLine, fence.endLine - 1);
    const range = index.rangeOf(index.lineStart(fence.openLine), index.lineEnd(lastLine));
    const contentFirst = fence.openLine + 1;
    const contentLast = fence.closed ? fence.endLine - 2 : fence.endLine - 1;
    const contentRange = index.rangeOf(index.lineStart(contentFirst), index.lineEnd(Math.max(contentFirst, contentLast)));
    blocks.push({ type, range, typeRange, contentRange });
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
    if (contentLast >= contentFirst) suppressions.push(...yamlSuppressions(uri, index, contentFirst, contentLast));
  }

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
