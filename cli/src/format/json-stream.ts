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
    yield* lazyItems(value.items, indent);
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

/** About this many characters of a lazy array's items are written by one `JSON.stringify`. */
const BATCH_CHARS = 8 * 1024;

/**
 * A lazy array's items (plain JSON data), a batch at a time: each batch is
 * written by `JSON.stringify` nested in as many arrays as the lazy array is
 * deep, so its items come out at their own indent with no re-indenting (on the
 * 42-plan corpus that was a fifth of writing the report). Batches are sized
 * from the items written so far to about BATCH_CHARS, so a chunk passes CHUNK
 * by about that much at most.
 */
function* lazyItems(list: Iterable<unknown>, indent: string): Generator<string> {
  const depth = indent.length / 2;
  let batch: unknown[] = [];
  let size = 1;
  let first = true;
  const write = (): string => {
    const json = nestedItems(batch, depth);
    const text = `${first ? '[' : ','}\n${json}`;
    size = Math.max(1, Math.min(1024, Math.round((BATCH_CHARS * batch.length) / json.length)));
    first = false;
    batch = [];
    return text;
  };
  for (const item of list) {
    batch.push(item);
    if (batch.length >= size) yield write();
  }
  if (batch.length > 0) yield write();
  yield first ? '[]' : `\n${indent}]`;
}

/**
 * `items` as `JSON.stringify(…, null, 2)` writes them inside an array at
 * `depth` (undefined as null): the array wrapped in `depth` more, written,
 * and the brackets of all of them taken off. Each level writes `[` and a line
 * break before and a line break and `]` after, indented by two spaces a level.
 */
function nestedItems(items: unknown[], depth: number): string {
  let nest: unknown = items;
  for (let level = 0; level < depth; level++) nest = [nest];
  const json = JSON.stringify(nest, null, 2);
  const brackets = (depth + 1) * (depth + 2);
  return json.slice(brackets, json.length - brackets);
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
