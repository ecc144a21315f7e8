import type { Located, Suppression } from '../model/types';
import type { LineIndex } from '../text/positions';

/**
 * `planwright-disable rule-a, rule-b: reason`, in an HTML comment (Markdown)
 * or a `#` comment (YAML). The rules are ids; the reason follows a colon.
 */
const DIRECTIVE = /planwright-disable\b([^:]*)(?::(.*))?$/s;

export interface Directive {
  readonly rules: readonly Located<string>[];
  readonly reason?: string;
  readonly owner?: string;
  readonly until?: string;
}

/** `(owner: x, until: 2020-03-31)` at the end of the reason: who reviews the waiver, and by when. */
const WAIVER = /\(\s*((?:owner|until)\s*:[^()]*)\)\s*$/i;

/** Splits the owner and review date off a reason. */
export function readWaiver(reason: string): { reason?: string; owner?: string; until?: string } {
  const match = WAIVER.exec(reason);
  if (!match?.[1]) return { reason };
  const fields: Record<string, string> = {};
  for (const part of match[1].split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const value = part.slice(colon + 1).trim();
    if (value !== '') fields[part.slice(0, colon).trim().toLowerCase()] = value;
  }
  const rest = reason.slice(0, match.index).trim();
  return { ...(rest ? { reason: rest } : {}), ...(fields['owner'] ? { owner: fields['owner'] } : {}), ...(fields['until'] ? { until: fields['until'] } : {}) };
}

/** Reads a directive from comment text starting at `offset` in the document; undefined when it is not one. */
export function readDirective(index: LineIndex, body: string, offset: number): Directive | undefined {
  const match = DIRECTIVE.exec(body);
  if (!match) return undefined;
  const listStart = offset + (match.index ?? 0) + 'planwright-disable'.length;
  const list = match[1] ?? '';
  const rules: Located<string>[] = [];
  for (const rule of list.matchAll(/[^\s,]+/g)) {
    const start = listStart + (rule.index ?? 0);
    rules.push({ value: rule[0], range: index.rangeOf(start, start + rule[0].length) });
  }
  const reason = match[2]?.trim();
  return { rules, ...(reason ? readWaiver(reason) : {}) };
}

const YAML_COMMENT = /^(\s*)#\s*(planwright-disable\b.*)$/;

/**
 * Directives in YAML comments. Each covers the next entry: from the next line
 * with content to the last line indented deeper than it.
 */
export function yamlSuppressions(uri: string, index: LineIndex, firstLine: number, lastLine: number): Suppression[] {
  const found: Suppression[] = [];
  for (let line = firstLine; line <= lastLine; line++) {
    const text = index.lineText(line);
    const match = YAML_COMMENT.exec(text);
    if (!match?.[2]) continue;
    const bodyOffset = index.lineStart(line) + text.indexOf(match[2]);
    const directive = readDirective(index, match[2], bodyOffset);
    if (!directive) continue;
    const [startLine, endLine] = coveredEntry(index, line + 1, lastLine);
    found.push({ uri, range: index.rangeOf(index.lineStart(line) + (match[1]?.length ?? 0), index.lineEnd(line)), ...directive, startLine, endLine });
  }
  return found;
}

function coveredEntry(index: LineIndex, from: number, lastLine: number): [number, number] {
  let start = from;
  while (start <= lastLine && isBlankOrComment(index.lineText(start))) start++;
  if (start > lastLine) return [from, from];
  const indent = indentation(index.lineText(start));
  let end = start;
  for (let line = start + 1; line <= lastLine; line++) {
    const text = index.lineText(line);
    if (isBlankOrComment(text)) continue;
    if (indentation(text) <= indent) break;
    end = line;
  }
  return [start, end];
}

function isBlankOrComment(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || trimmed.startsWith('#');
}

function indentation(text: string): number {
  return text.length - text.trimStart().length;
}
