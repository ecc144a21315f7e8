// Positions within the text of the plain YAML reader (plain-yaml.ts): spaces, line ends and starts.
const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;

/** The first offset from `at` that is not a space. */
export function skipSpaces(text: string, at: number): number {
  let next = at;
  while (text.charCodeAt(next) === SPACE) next++;
  return next;
}

/** True at a line's end or a comment (the text from `at` is spaces, then `#` or the line end). */
export function atLineEnd(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return at >= text.length || code === NEWLINE || code === HASH;
}

/** The offset of the line break ending the line of `at` (or the text's length). */
export function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
}

/** The offset of the line after the line of `at` (or the text's length). */
export function afterLine(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end + 1;
}

/** The offset where the line of `at` starts. */
export function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}
