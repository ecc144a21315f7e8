import type { Position } from '../../core/src/index';

/** A fixture with the cursor written as `$0`: the text without it, and the cursor's position. */
export function withCursor(text: string): { text: string; position: Position } {
  const offset = text.indexOf('$0');
  if (offset < 0) throw new Error('the fixture needs a $0 cursor marker');
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { text: before + text.slice(offset + 2), position: { line, character: offset - (before.lastIndexOf('\n') + 1) } };
}
