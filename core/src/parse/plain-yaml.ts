import { readFolded } from './plain-yaml-folded';
import { afterLine, atLineEnd, lineEnd, lineStart, skipSpaces } from './plain-yaml-lines';
import { MAX_YAML_ENTRIES } from './yaml-bounds';
import { PlainMap, PlainPair, PlainScalar, PlainSeq, type NodeRange, type PlainNode } from './yaml-nodes';
import { addToObject, INDICATOR_START, INT, KEY, OUTSIDE, resolvePlain, type ScalarValue } from './plain-yaml-values';

/**
 * A fast reader for the YAML plan blocks are written in: block mappings and
 * lists, one-line plain and quoted scalars, one-line flow lists and mappings,
 * comments and blank lines. It builds nodes with the same kinds, values,
 * sources and ranges as the `yaml` library's lexer, parser and composer give
 * (the light ones of `yaml-nodes.ts`), and the same plain value its `toJS`
 * gives, in one pass and without the intermediate tokens or a document.
 *
 * It reads only YAML it is sure of and gives up (returns undefined) on
 * anything else: anchors, aliases, tags, block scalars other than simple
 * `>-` ones (`plain-yaml-folded.ts`), multi-line plain or quoted scalars,
 * escapes, empty values, duplicate keys, directives, tabs, numbers written
 * in octal, hex or with exponents. `parseYaml` then uses the library, which
 * remains the reference; `test/core/plain-yaml.test.ts` checks, with
 * fast-check and over real blocks, that both give identical results.
 */
export interface PlainYaml {
  readonly root: PlainNode;
  /** The document's range, as the library's `Document.range`. */
  readonly range: NodeRange;
  readonly value: unknown;
  /** Entries of all the lists and mappings, as the library's tokens count them. */
  readonly entries: number;
}

const MAX_DEPTH = 32;

/** The options `parseYaml` composes with. */
export const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true, version: '1.2', logLevel: 'error' } as const;

interface Read {
  readonly node: PlainNode;
  readonly value: unknown;
}

interface ScalarRead extends Read {
  readonly node: PlainScalar;
  readonly value: ScalarValue;
}

const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;
const COLON = 58;

export function readPlainYaml(text: string): PlainYaml | undefined {
  if (text.includes('\t') || text.includes('\r')) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}

class Reader {
  private entries = 0;
  private depth = 0;
  /** The deepest indent of the comment lines the last `contentLine` passed, or -1. */
  private commentIndent = -1;

  constructor(private readonly text: string) {}

  document(): PlainYaml {
    const line = this.contentLine(0);
    if (line === undefined) throw OUTSIDE;
    const read = this.blockNode(line.at, line.indent);
    const end = read.node.end;
    if (this.contentLine(end, 0) !== undefined) throw OUTSIDE;
    return { root: read.node, range: [line.at - line.indent, end, this.text.length], value: read.value, entries: this.entries };
  }

  /**
   * The next line from `from` (a line start) with content other than a
   * comment: its content's offset and indent. The library counts a comment
   * indented deeper than `commentIndent` as part of the value before it, so
   * such comments are left to it.
   */
  private contentLine(from: number, commentIndent = Infinity): { at: number; indent: number } | undefined {
    const text = this.text;
    let start = from;
    this.commentIndent = -1;
    while (start < text.length) {
      let at = start;
      while (text.charCodeAt(at) === SPACE) at++;
      const code = text.charCodeAt(at);
      if (at < text.length && code !== NEWLINE && code !== HASH) return { at, indent: at - start };
      if (code === HASH) {
        if (at - start > commentIndent) throw OUTSIDE;
        this.commentIndent = Math.max(this.commentIndent, at - start);
      }
      const end = text.indexOf('\n', at);
      if (end === -1) return undefined;
      start = end + 1;
    }
    return undefined;
  }

  private blockNode(at: number, indent: number): Read {
    if (++this.depth > MAX_DEPTH) throw OUTSIDE;
    const read = this.isSeqItem(at) ? this.blockSeq(at, indent) : this.blockMap(at, indent);
    this.depth--;
    return read;
  }

  private isSeqItem(at: number): boolean {
    if (this.text.charCodeAt(at) !== 45) return false;
    const next = this.text.charCodeAt(at + 1);
    return next === SPACE || next === NEWLINE || at + 1 === this.text.length;
  }

  private blockSeq(start: number, indent: number): Read {
    const seq = new PlainSeq(false, start);
    const value: unknown[] = [];
    let at = start;
    let end: number;
    for (;;) {
      const content = skipSpaces(this.text, at + 1);
      let item: Read;
      if (atLineEnd(this.text, content)) {
        const line = this.contentLine(afterLine(this.text, content));
        if (!line || line.indent <= indent) throw OUTSIDE;
        item = this.blockNode(line.at, line.indent);
      } else if (this.isSeqItem(content)) {
        throw OUTSIDE;
      } else if (this.keyEnd(content) !== undefined) {
        item = this.blockNode(content, content - lineStart(this.text, content));
      } else {
        item = this.inlineValue(content);
      }
      seq.items.push(item.node);
      value.push(item.value);
      this.counted();
      end = item.node.end;
      const line = this.contentLine(end, indent);
      if (line && line.indent === indent && this.isSeqItem(line.at)) {
        at = line.at;
        continue;
      }
      if (line && line.indent > indent) throw OUTSIDE;
      this.endOfCollection(indent);
      break;
    }
    seq.valueEnd = seq.end = end;
    return { node: seq, value };
  }

  private blockMap(start: number, indent: number): Read {
    const map = new PlainMap(false, start);
    const value: Record<string, unknown> = {};
    const keys = new Set<unknown>();
    let at = start;
    let end: number;
    for (;;) {
      const colon = this.keyEnd(at);
      if (colon === undefined) throw OUTSIDE;
      const key = this.plainScalar(at, colon, colon);
      if (keys.has(key.value) || key.value === '<<') throw OUTSIDE;
      keys.add(key.value);
      const content = skipSpaces(this.text, colon + 1);
      let item: Read;
      if (atLineEnd(this.text, content)) {
        const line = this.contentLine(afterLine(this.text, content));
        if (!line || line.indent < indent || (line.indent === indent && !this.isSeqItem(line.at))) throw OUTSIDE;
        item = this.blockNode(line.at, line.indent);
      } else if (this.text.charCodeAt(content) === 62) {
        item = this.folded(content, indent);
      } else {
        item = this.inlineValue(content);
      }
      map.items.push(new PlainPair(key.node, item.node));
      addToObject(value, key.value, item.value);
      this.counted();
      end = item.node.end;
      const line = this.contentLine(end, indent);
      if (line && line.indent === indent && !this.isSeqItem(line.at)) {
        at = line.at;
        continue;
      }
      if (line && line.indent > indent) throw OUTSIDE;
      this.endOfCollection(indent);
      break;
    }
    map.valueEnd = map.end = end;
    return { node: map, value };
  }

  /** One more list or mapping entry; past the library's bound, the library reports the text. */
  private counted(): void {
    if (++this.entries > MAX_YAML_ENTRIES) throw OUTSIDE;
  }

  /** The library counts comments at a collection's own indent after its last entry as part of it: left to it. */
  private endOfCollection(indent: number): void {
    if (this.commentIndent >= indent && indent > 0) throw OUTSIDE;
  }

  /** The offset of the `:` ending a plain key written from `at` (followed by a space or line end), if there is one. */
  private keyEnd(at: number): number | undefined {
    const text = this.text;
    const end = lineEnd(text, at);
    // Searched within the line: an unbounded indexOf would scan to the next colon of the whole text
    // from every line (quadratic on a long list of plain items).
    for (let colon = at; colon < end; colon++) {
      if (text.charCodeAt(colon) !== COLON) continue;
      const next = text.charCodeAt(colon + 1);
      if (next === SPACE || next === NEWLINE || colon + 1 === text.length) return KEY.test(text.slice(at, colon)) ? colon : undefined;
    }
    return undefined;
  }

  /** A scalar or flow collection written on one line in block context, with the rest of its line. */
  private inlineValue(at: number): Read {
    const text = this.text;
    const code = text.charCodeAt(at);
    let read: Read;
    let valueEnd: number;
    if (code === 91 || code === 123) {
      read = this.flowCollection(at);
      valueEnd = read.node.valueEnd;
    } else if (code === 34 || code === 39) {
      valueEnd = this.quotedEnd(at);
      read = this.quoted(at, valueEnd);
    } else {
      const end = lineEnd(text, at);
      // The comment looked for in this line only (see keyEnd).
      const comment = text.slice(at, end).indexOf(' #');
      let stop = comment !== -1 ? at + comment : end;
      while (text.charCodeAt(stop - 1) === SPACE) stop--;
      const source = text.slice(at, stop);
      if (source.includes(': ') || source.endsWith(':')) throw OUTSIDE;
      valueEnd = stop;
      read = this.plainScalar(at, stop, stop);
    }
    const after = skipSpaces(this.text, valueEnd);
    if (!atLineEnd(this.text, after) || (text.charCodeAt(after) === HASH && after === valueEnd)) throw OUTSIDE;
    const nodeEnd = afterLine(this.text, after);
    read.node.end = nodeEnd;
    return read;
  }

  /** A `>-` folded scalar as the value of a key at `indent`. */
  private folded(at: number, indent: number): ScalarRead {
    const folded = readFolded(this.text, at, indent);
    if (!folded) throw OUTSIDE;
    return { node: new PlainScalar(folded.value, folded.value, 'BLOCK_FOLDED', at, folded.end, folded.end), value: folded.value };
  }

  /** A plain scalar `text[start, end)`, resolved as the core schema does. */
  private plainScalar(start: number, end: number, nodeEnd: number): ScalarRead {
    const source = this.text.slice(start, end);
    if (source.length === 0 || (INDICATOR_START.test(source) && !/^-[^ ]/.test(source)) || source.includes(' #')) throw OUTSIDE;
    const value = resolvePlain(source);
    const scalar = new PlainScalar(value, source, 'PLAIN', start, end, nodeEnd);
    if (typeof value === 'number' && !INT.test(source) && source.endsWith('0')) {
      scalar.minFractionDigits = source.length - source.indexOf('.') - 1;
    }
    return { node: scalar, value };
  }

  /** The offset after the closing quote of a one-line quoted scalar starting at `at`. */
  private quotedEnd(at: number): number {
    const text = this.text;
    const quote = text[at] as string;
    let close = at + 1;
    for (;;) {
      close = text.indexOf(quote, close);
      if (close === -1 || close > lineEnd(this.text, at)) throw OUTSIDE;
      if (quote === "'" && text[close + 1] === "'") {
        close += 2;
        continue;
      }
      return close + 1;
    }
  }

  private quoted(start: number, end: number): ScalarRead {
    const inner = this.text.slice(start + 1, end - 1);
    const double = this.text[start] === '"';
    if (double && inner.includes('\\')) throw OUTSIDE;
    const source = double ? inner : inner.replaceAll("''", "'");
    return { node: new PlainScalar(source, source, double ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', start, end, end), value: source };
  }

  /** `[a, b]` or `{ k: v }` closed on its own line; items are scalars or flow collections. */
  private flowCollection(start: number): Read {
    if (++this.depth > MAX_DEPTH) throw OUTSIDE;
    const text = this.text;
    const isMap = text[start] === '{';
    const close = isMap ? '}' : ']';
    const node = isMap ? new PlainMap(true, start) : new PlainSeq(true, start);
    const list: unknown[] = [];
    const object: Record<string, unknown> = {};
    const keys = new Set<unknown>();
    let at = skipSpaces(this.text, start + 1);
    if (text[at] !== close) {
      for (;;) {
        if (isMap) {
          const key = this.flowScalar(at, true);
          if (text[key.end] !== ':' || text.charCodeAt(key.end + 1) !== SPACE) throw OUTSIDE;
          if (keys.has(key.read.value) || key.read.value === '<<') throw OUTSIDE;
          keys.add(key.read.value);
          const item = this.flowItem(skipSpaces(this.text, key.end + 1));
          (node as PlainMap).items.push(new PlainPair(key.read.node, item.read.node));
          addToObject(object, key.read.value, item.read.value);
          at = item.end;
        } else {
          const item = this.flowItem(at);
          (node as PlainSeq).items.push(item.read.node);
          list.push(item.read.value);
          at = item.end;
        }
        this.counted();
        if (text[at] === ',') {
          at = skipSpaces(this.text, at + 1);
          if (text[at] === close || text[at] === ',') throw OUTSIDE;
          continue;
        }
        if (text[at] === close) break;
        throw OUTSIDE;
      }
    }
    node.valueEnd = node.end = at + 1;
    this.depth--;
    return { node, value: isMap ? object : list };
  }

  /** A flow item at `at` and the offset after it and the spaces that follow. */
  private flowItem(at: number): { read: Read; end: number } {
    const code = this.text.charCodeAt(at);
    if (code === 91 || code === 123) {
      const read = this.flowCollection(at);
      const end = skipSpaces(this.text, read.node.valueEnd);
      read.node.end = end;
      return { read, end };
    }
    const scalar = this.flowScalar(at, false);
    return { read: scalar.read, end: scalar.end };
  }

  /** A scalar in a flow collection; `end` is after its trailing spaces. */
  private flowScalar(at: number, isKey: boolean): { read: ScalarRead; end: number } {
    const text = this.text;
    const code = text.charCodeAt(at);
    if (code === 34 || code === 39) {
      if (isKey) throw OUTSIDE;
      const valueEnd = this.quotedEnd(at);
      const read = this.quoted(at, valueEnd);
      const end = skipSpaces(this.text, valueEnd);
      read.node.end = end;
      return { read, end };
    }
    let stop = at;
    for (; stop < text.length; stop++) {
      const c = text.charCodeAt(stop);
      if (c === 44 || c === 93 || c === 125 || c === 91 || c === 123 || c === NEWLINE) break;
      if (c === 58 && isKey) break;
      if (c === 58 && (text.charCodeAt(stop + 1) === SPACE || text.charCodeAt(stop + 1) === 44 || text.charCodeAt(stop + 1) === 93 || text.charCodeAt(stop + 1) === 125)) throw OUTSIDE;
      if (c === HASH && text.charCodeAt(stop - 1) === SPACE) throw OUTSIDE;
    }
    let valueEnd = stop;
    while (text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
    if (isKey && (valueEnd !== stop || !KEY.test(text.slice(at, valueEnd)))) throw OUTSIDE;
    const read = this.plainScalar(at, valueEnd, stop);
    return { read, end: stop };
  }
}
