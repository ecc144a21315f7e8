/**
 * An array whose items (plain JSON data) are made one at a time as the JSON is written, so a
 * report of tens of thousands of findings is never held as one object tree
 * and one string (on the 42-plan corpus that was ~200 MB at the end of a run).
 */
export class LazyArray {
  constructor(readonly items: Iterable<unknown>) {}
}

const CHUNK = 64 * 1024;

/**
 * Exactly `JSON.stringify(value, null, 2)` and a final line break, in chunks
 * of about 64 K characters; a LazyArray anywhere on the way is written item
 * by item. Everything else is plain JSON data (no toJSON, no functions).
 */
export function* prettyJson(value: unknown): Generator<string> {
  let buffer = '';
  for (const piece of pieces(value, '')) {
    buffer += piece;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  yield `${buffer}\n`;
}

/** The whole text at once, for small reports and tests. */
export function prettyJsonText(value: unknown): string {
  return [...prettyJson(value)].join('');
}

function* pieces(value: unknown, indent: string): Generator<string> {
  if (value instanceof LazyArray) {
    yield* items(value.items, indent, (item, inner) => [indented(JSON.stringify(item, null, 2), inner)]);
    return;
  }
  if (!holdsLazy(value)) {
    yield indented(JSON.stringify(value, null, 2), indent);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    yield* items(value, indent, pieces);
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  yield '{';
  for (const [i, [key, item]] of entries.entries()) {
    yield `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
    yield* pieces(item, inner);
  }
  yield `\n${indent}}`;
}

/** An array's items, each written by `write` (the items of a LazyArray are plain: no need to look inside them). */
function* items(list: Iterable<unknown>, indent: string, write: (item: unknown, indent: string) => Iterable<string>): Generator<string> {
  const inner = `${indent}  `;
  let first = true;
  for (const item of list) {
    yield `${first ? '[' : ','}\n${inner}`;
    yield* write(item === undefined ? null : item, inner);
    first = false;
  }
  yield first ? '[]' : `\n${indent}]`;
}

/** JSON text placed at `indent`: its own line breaks (never inside strings, which JSON escapes) indented too. */
function indented(json: string, indent: string): string {
  return indent === '' ? json : json.replace(/\n/g, `\n${indent}`);
}

function holdsLazy(value: unknown): boolean {
  if (value instanceof LazyArray) return true;
  if (typeof value !== 'object' || value === null) return false;
  return (Array.isArray(value) ? value : Object.values(value)).some(holdsLazy);
}
