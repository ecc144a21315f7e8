/**
 * Where the cursor is in YAML that may be half-typed (so no parser can be
 * trusted): the chain of keys above it, found from indentation. "[]" marks a
 * list item. Lines are the YAML's own lines, first to the cursor's line.
 */
export function yamlPathAt(lines: readonly string[], cursorLine: number, cursorCharacter?: number): string[] {
  const current = parseLine(lines[cursorLine] ?? '');
  const path: string[] = [];
  // On a line with nothing typed yet, the cursor's column is the indentation.
  let limit = current.blank ? (cursorCharacter ?? 0) : current.contentColumn;
  if (current.isItem) {
    path.unshift('[]');
    limit = current.indent;
  }
  for (let i = cursorLine - 1; i >= 0 && limit > 0; i--) {
    const line = parseLine(lines[i] ?? '');
    if (line.blank) continue;
    if (line.contentColumn < limit && line.key !== undefined && line.rest === '') {
      path.unshift(line.key);
      limit = line.contentColumn;
      if (line.isItem) {
        path.unshift('[]');
        limit = line.indent;
      }
    } else if (line.isItem && line.indent < limit) {
      path.unshift('[]');
      limit = line.indent;
    }
  }
  return path;
}

interface LineShape {
  readonly blank: boolean;
  readonly indent: number;
  readonly isItem: boolean;
  /** Column where the key (or scalar) starts, after any "- ". */
  readonly contentColumn: number;
  readonly key?: string;
  /** What follows "key:", trimmed, without a trailing comment. */
  readonly rest: string;
}

function parseLine(text: string): LineShape {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return { blank: true, indent: 0, isItem: false, contentColumn: 0, rest: '' };
  const indent = text.length - text.trimStart().length;
  const item = /^-(\s+|$)/.exec(text.slice(indent));
  const contentColumn = indent + (item ? item[0].length : 0);
  const content = text.slice(contentColumn);
  const keyMatch = /^([^\s:#'"{[][^:#]*?)\s*:(\s|$)(.*)$/.exec(content);
  // A comment starts at "#" after white space; the space after "key:" is already taken.
  const rest = (keyMatch?.[3] ?? '').replace(/(?:^|\s+)#.*$/, '').trim();
  return { blank: false, indent, isItem: Boolean(item), contentColumn, ...(keyMatch?.[1] !== undefined ? { key: keyMatch[1] } : {}), rest };
}
