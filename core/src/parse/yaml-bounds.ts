import { CST, isAlias, isCollection, isNode, Lexer, visit, type Document } from 'yaml';

/**
 * Structural bounds checked before a YAML text is composed into nodes or
 * converted to plain values. The yaml library's lexer and parser are
 * iterative, but composing nodes and converting them recurse once per level,
 * and converting a key that is itself a list or mapping stringifies it, which
 * grows steeply with depth. Plan YAML needs a handful of levels and plain
 * keys, so these bounds cost real plans nothing.
 */

/** Lists and mappings nested deeper than this are refused before composition. */
export const MAX_YAML_DEPTH = 64;

/**
 * A YAML text with more list and mapping entries than this is not read. The
 * yaml library's parser slows down steeply on one collection of hundreds of
 * thousands of entries (a million took 30 s and 700 MB here); the largest
 * built-in catalog has about 1,100 entries.
 */
export const MAX_YAML_ENTRIES = 50_000;

/**
 * True when the text has more entries than MAX_YAML_ENTRIES, counted from the
 * lexer's indicators (commas, `-`, `:` and `?`), which is linear and keeps
 * nothing. A text shorter than the limit cannot exceed it and is not lexed.
 */
export function tooManyEntries(text: string): boolean {
  if (text.length <= MAX_YAML_ENTRIES) return false;
  let count = 0;
  for (const source of new Lexer().lex(text)) {
    const type = CST.tokenType(source);
    if (type === 'comma' || type === 'seq-item-ind' || type === 'map-value-ind' || type === 'explicit-key-ind') {
      count++;
      if (count > MAX_YAML_ENTRIES) return true;
    }
  }
  return false;
}

/** At most this many problems are listed for one YAML text; the rest are counted. */
export const MAX_YAML_PROBLEMS = 20;

/** What a YAML text holds, measured on its tokens. */
export interface YamlMeasure {
  /** Offset of the first list or mapping nested deeper than the limit, if any (then `entries` is partial). */
  readonly tooDeepAt?: number;
  /** Entries of all its lists and mappings. */
  readonly entries: number;
}

/**
 * Measures the parsed tokens: the first list or mapping nested deeper than
 * `limit`, and how many entries the lists and mappings have. Walks with an
 * explicit stack, so it never recurses however deep the text is.
 */
export function measureTokens(tokens: readonly CST.Token[], limit = MAX_YAML_DEPTH): YamlMeasure {
  let entries = 0;
  const stack: { token: CST.Token | undefined; depth: number }[] = tokens.map((token) => ({ token, depth: 0 })).reverse();
  while (stack.length > 0) {
    const { token, depth } = stack.pop() as { token: CST.Token | undefined; depth: number };
    if (!token) continue;
    switch (token.type) {
      case 'document':
        stack.push({ token: token.value, depth });
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        const inner = depth + 1;
        if (inner > limit) return { tooDeepAt: token.offset, entries };
        entries += token.items.length;
        // Pushed in reverse so the first item is looked at first: the reported place is the earliest.
        for (let i = token.items.length - 1; i >= 0; i--) {
          const item = token.items[i] as CST.CollectionItem;
          stack.push({ token: item.value, depth: inner });
          stack.push({ token: item.key ?? undefined, depth: inner });
        }
        break;
      }
      default:
        break;
    }
  }
  return { entries };
}

/**
 * The first mapping key that is a list or a mapping (`? [a, b]: c`, or an
 * alias of one), with its offsets. Plan YAML has plain keys only, and
 * converting such a key to a plain value would stringify it.
 */
export function collectionKey(doc: Document.Parsed): { start: number; end: number } | undefined {
  let found: { start: number; end: number } | undefined;
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (!isNode(key)) return undefined;
      const target = isAlias(key) ? key.resolve(doc) : key;
      if (!isCollection(target)) return undefined;
      const [start, end] = key.range ?? [0, 1];
      found = { start, end: Math.max(end, start + 1) };
      return visit.BREAK;
    },
  });
  return found;
}
