import { LineIndex, type Range } from './positions';

export interface TextChange {
  readonly range: Range;
  readonly newText: string;
}

/**
 * Applies non-overlapping edits to a file's text, from the end backwards so
 * earlier positions stay valid. Positions are those of the analysed text
 * (without a byte-order mark); a BOM is kept. Line breaks in the new text
 * take the file's own style (CRLF files stay CRLF); every other character
 * outside the edited ranges is left as it was.
 */
export function applyEdits(text: string, edits: readonly TextChange[]): string {
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  let body = bom ? text.slice(1) : text;
  const index = new LineIndex(body);
  const eol = /\r\n|\r|\n/.exec(body)?.[0] ?? '\n';
  const located = edits
    .map((edit) => ({ start: index.offsetAt(edit.range.start), end: index.offsetAt(edit.range.end), text: edit.newText.replace(/\r\n|\r|\n/g, eol) }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let limit = Infinity;
  for (const edit of located) {
    if (edit.end > limit) throw new Error('overlapping edits');
    body = body.slice(0, edit.start) + edit.text + body.slice(edit.end);
    limit = edit.start;
  }
  return bom + body;
}
