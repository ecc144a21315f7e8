import { textCache } from '../cache/text-cache';
import { Composer, isNode, Parser, YAMLParseError, type CST, type Document } from 'yaml';
import { readPlainYaml, YAML_OPTIONS } from './plain-yaml';
import { collectionKey, MAX_YAML_ENTRIES, MAX_YAML_PROBLEMS, measureTokens, tooManyEntries } from './yaml-bounds';
import type { YamlNode } from './yaml-nodes';

export interface YamlProblem {
  readonly message: string;
  /** Offsets into the YAML text. */
  readonly start: number;
  readonly end: number;
}

export interface ParsedYaml {
  readonly text: string;
  /** The root node, when the text has one (light nodes when the plain reader read it: see `yaml-nodes.ts`). */
  readonly root: YamlNode | undefined;
  /**
   * The library's document, for what changes nodes (repairs) or needs the
   * library's own (tests): composed when first asked for if the plain reader
   * read the text; undefined when the text was refused before composing.
   */
  readonly doc: Document.Parsed | undefined;
  /** The plain JavaScript value, or undefined when the YAML is unusable. */
  readonly value: unknown;
  readonly problems: readonly YamlProblem[];
  /** Entries of all the text's lists and mappings (0 when it could not be read). */
  readonly entries: number;
}

/** Aliases beyond this count are refused: the "billion laughs" guard. */
const MAX_ALIAS_COUNT = 100;

/**
 * A cache of parses keyed by the YAML text itself. Editing one block of a
 * large chapter re-parses that block only; every other block's text is
 * unchanged and comes from here. Bounded by memory: a parsed document (node
 * tree, ranges, plain value) takes roughly forty bytes a character of its text.
 */
const YAML_CACHE_BYTES = 64 * 1024 * 1024;
const PARSED_BYTES_PER_CHAR = 40;
const newCache = (bytes: number) => textCache<ParsedYaml>(bytes, (_parsed, text) => text.length * PARSED_BYTES_PER_CHAR);
let cache = newCache(YAML_CACHE_BYTES);

/**
 * The bound for a run that reads each plan once and lets it go (the CLI's
 * check, coverage and rollup): enough for the blocks plans repeat (a
 * template's, a shared table's), not every plan's parses. The full bound
 * kept the last ~64 MB of parses of plans already reported alive, for the
 * collector to copy and mark: 30-80 MB more peak memory on the national
 * benchmark corpus.
 */
export const ONE_PASS_YAML_CACHE_BYTES = 4 * 1024 * 1024;

/**
 * Sets the bound of the parse cache (an estimate of the bytes its parses
 * hold, a whole number from 1), keeping the most recent parses that fit, and
 * returns the bound it had.
 */
export function setYamlCacheBytes(bytes: number): number {
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new RangeError(`the YAML parse cache's bound is a whole number of bytes from 1, not ${String(bytes)}`);
  const before = cache.maxSize;
  if (bytes !== before) {
    const next = newCache(bytes);
    // Least recent first, so that what the smaller bound drops is the oldest.
    cache.rforEach((parsed, text) => next.set(text, parsed));
    cache.clear();
    cache = next;
  }
  return before;
}

export function parseYaml(text: string): ParsedYaml {
  const cached = cache.get(text);
  if (cached) return cached;
  const parsed = parseUncached(text);
  cache.set(text, parsed);
  return parsed;
}

function parseUncached(text: string): ParsedYaml {
  // Most plan YAML is in the subset the plain reader knows; it builds the same nodes in a fraction of the time.
  const plain = readPlainYaml(text);
  if (plain) {
    let doc: Document.Parsed | undefined;
    return {
      text,
      root: plain.root,
      get doc(): Document.Parsed {
        // The same text the plain reader read: the library reads it without a problem, to the same nodes.
        return (doc ??= composeOne([...new Parser().parse(text)], text.length));
      },
      value: plain.value,
      entries: plain.entries,
      problems: [],
    };
  }
  let doc: Document.Parsed;
  let entries: number;
  if (tooManyEntries(text)) {
    const end = Math.min(text.length, Math.max(1, text.indexOf('\n')));
    return { text, root: undefined, doc: undefined, value: undefined, entries: 0, problems: [{ message: `the YAML has more than ${MAX_YAML_ENTRIES.toLocaleString('en-GB')} list and mapping entries and was not read: split it across files`, start: 0, end }] };
  }
  try {
    // Tokens first (the yaml parser is iterative), so nesting is measured before anything recurses over it.
    const tokens = [...new Parser().parse(text)];
    const measure = measureTokens(tokens);
    const deep = measure.tooDeepAt;
    if (deep !== undefined) return { text, root: undefined, doc: undefined, value: undefined, entries: 0, problems: [{ message: NESTED_TOO_DEEPLY, ...withinContent(text, deep, deep + 1) }] };
    entries = measure.entries;
    doc = composeOne(tokens, text.length);
  } catch (error) {
    return { text, root: undefined, doc: undefined, value: undefined, entries: 0, problems: [unusable(text, error)] };
  }
  const problems: YamlProblem[] = [];
  for (const error of doc.errors) {
    // The yaml library reports a stack overflow on deep nesting (once per level it unwinds) as RESOURCE_EXHAUSTION.
    const tooDeep = error.code === 'RESOURCE_EXHAUSTION';
    if (tooDeep && problems.some((p) => p.message === NESTED_TOO_DEEPLY)) continue;
    problems.push({
      message: tooDeep ? NESTED_TOO_DEEPLY : describeYamlError(error.message),
      ...withinContent(text, error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)),
    });
  }
  if (problems.length > 0) return { text, root: rootOf(doc), doc, value: undefined, entries, problems: listed(problems) };
  const key = collectionKey(doc);
  if (key) return { text, root: rootOf(doc), doc, value: undefined, entries, problems: [{ message: COLLECTION_KEY, ...key }] };
  try {
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { text, root: rootOf(doc), doc, value, entries, problems };
  } catch (error) {
    return { text, root: rootOf(doc), doc, value: undefined, entries, problems: [unusable(text, error)] };
  }
}

/**
 * What `parseDocument` does, from tokens already read: the first document,
 * with an error on a second. `logLevel: 'error'` keeps the library from
 * printing warnings (it would call process.emitWarning); every problem it
 * has is in `doc.errors`, and collection keys are reported by us.
 */
function composeOne(tokens: readonly CST.Token[], length: number): Document.Parsed {
  const composer = new Composer(YAML_OPTIONS);
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) {
      doc = next;
      continue;
    }
    doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
    break;
  }
  // compose(…, forceDoc = true) always yields a document.
  return doc as Document.Parsed;
}

/** The first problems of a text, and one more saying how many were left unlisted. */
function listed(problems: YamlProblem[]): YamlProblem[] {
  if (problems.length <= MAX_YAML_PROBLEMS) return problems;
  const next = problems[MAX_YAML_PROBLEMS] as YamlProblem;
  const more = problems.length - MAX_YAML_PROBLEMS;
  return [...problems.slice(0, MAX_YAML_PROBLEMS), { message: `${more} more YAML problems from here on are not listed: fix the ones above first`, start: next.start, end: next.end }];
}

const COLLECTION_KEY = 'a list or mapping cannot be used as a key: write a plain name before the colon';

/**
 * An error found at the end of the text (an unclosed bracket or quote) points
 * at the last character written, not past it: in a fenced block, the end of
 * the text is the closing fence line.
 */
function withinContent(text: string, start: number, end: number): { start: number; end: number } {
  const contentEnd = text.trimEnd().length;
  if (contentEnd === 0 || start < contentEnd) return { start, end };
  return { start: contentEnd - 1, end: contentEnd };
}

const NESTED_TOO_DEEPLY = 'the YAML is nested too deeply to read';

function unusable(text: string, error: unknown): YamlProblem {
  const end = Math.min(text.length, Math.max(1, text.indexOf('\n')));
  if (error instanceof RangeError) {
    return { message: NESTED_TOO_DEEPLY, start: 0, end };
  }
  const message = error instanceof Error ? error.message : String(error);
  const unresolved = /^Unresolved alias.*: (.+)$/.exec(message);
  if (unresolved) {
    // The alias itself where it can be found, else the first line.
    const name = unresolved[1] ?? '';
    const at = text.indexOf(`*${name}`);
    const said = `\`*${name}\` names no anchor set before it: write \`&${name}\` on the value it repeats, above this line, or write the value out`;
    return at < 0 ? { message: said, start: 0, end } : { message: said, start: at, end: at + name.length + 1 };
  }
  if (/alias/i.test(message)) {
    return { message: `the YAML expands too many aliases (more than ${MAX_ALIAS_COUNT}); write the values out`, start: 0, end };
  }
  return { message: describeYamlError(message), start: 0, end };
}

/** The yaml library's first sentence, without its code excerpt. */
function describeYamlError(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function rootOf(doc: Document.Parsed): YamlNode | undefined {
  return isNode(doc.contents) ? doc.contents : undefined;
}
