/**
 * A folded block scalar with the strip indicator (`>-`), as plan catalogs
 * write their notes and guidance, read for the plain YAML reader: lines at
 * one indent, folded into one line, a blank line kept as a line break, the
 * final break stripped. More-indented lines, leading blank lines and
 * whitespace-only lines deeper than the text are left to the library
 * (undefined), as is a scalar with no content.
 */
export interface Folded {
  readonly value: string;
  /** After the last content line's line break (or the end of the text): where the library ends the node. */
  readonly end: number;
}

const SPACE = 32;

/** The folded scalar whose `>-` header starts at `header`, under a mapping key at `indent`. */
export function readFolded(text: string, header: number, indent: number): Folded | undefined {
  if (!text.startsWith('>-\n', header)) return undefined;
  let lineStart = header + 3;
  let contentIndent: number | undefined;
  let value = '';
  let lines = 0;
  let blanks = 0;
  let end = lineStart;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let spaces = 0;
    while (text.charCodeAt(lineStart + spaces) === SPACE) spaces++;
    if (lineStart + spaces === lineEnd) {
      // A blank line: a line break between paragraphs; leading ones and deep whitespace are the library's.
      if (contentIndent === undefined || spaces > contentIndent) return undefined;
      blanks++;
    } else {
      if (contentIndent === undefined) {
        if (spaces <= indent) return undefined;
        contentIndent = spaces;
      }
      if (spaces < contentIndent) break;
      if (spaces > contentIndent) return undefined;
      const line = text.slice(lineStart + spaces, lineEnd);
      value = lines === 0 ? line : `${value}${blanks === 0 ? ' ' : '\n'.repeat(blanks)}${line}`;
      lines++;
      blanks = 0;
      end = newline === -1 ? text.length : newline + 1;
    }
    lineStart = lineEnd + 1;
  }
  return contentIndent === undefined ? undefined : { value, end };
}
