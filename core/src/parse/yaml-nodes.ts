import { isMap, isNode, isScalar, isSeq } from 'yaml';

/**
 * The YAML nodes the engine reads: what a node is, its value, how it was
 * written and where. The yaml library's own nodes have these fields; the
 * plain reader (`plain-yaml.ts`) builds the light classes below instead,
 * which hold only these (a library node sets up a hidden type tag and
 * methods per node, and a document per text, none of which reading needs).
 * Everything that walks parsed YAML (`YamlView`, `nodeAtPath`, the repairs'
 * search) takes either kind through the guards here. Only repairing changes
 * nodes, and it does so on a library document (`ParsedYaml.doc`).
 */

/** Offsets [start, end of the value, end of the node with what follows on its line], as the library's `range`. */
export type NodeRange = [number, number, number];

export interface ScalarNode {
  value: unknown;
  source?: string | undefined;
  type?: string | undefined;
  range?: NodeRange | null | undefined;
  minFractionDigits?: number | undefined;
}

export interface PairNode {
  key: unknown;
  value: unknown;
}

export interface MapNode {
  items: PairNode[];
  flow?: boolean | undefined;
  range?: NodeRange | null | undefined;
}

export interface SeqNode {
  items: unknown[];
  flow?: boolean | undefined;
  range?: NodeRange | null | undefined;
}

/** `*name`: only the library reads aliases (the value it gives has them resolved). */
export interface AliasNode {
  source: string;
  range?: NodeRange | null | undefined;
}

export type YamlNode = ScalarNode | MapNode | SeqNode | AliasNode;

/**
 * The light nodes keep their three offsets as fields, not as the library's
 * `range` array (an array and its backing store per node, held as long as the
 * parse); `range` makes one when asked for, and `nodeSpan` reads the fields.
 */
export class PlainScalar implements ScalarNode {
  minFractionDigits?: number;
  constructor(
    public value: string | number | boolean | null,
    public source: string,
    public type: 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_FOLDED',
    public start: number,
    public valueEnd: number,
    public end: number,
  ) {}

  get range(): NodeRange {
    return [this.start, this.valueEnd, this.end];
  }
}

export class PlainPair implements PairNode {
  constructor(
    public key: PlainScalar,
    public value: PlainNode,
  ) {}
}

/** A mapping's or list's items, block or flow, starting at `at` (the reader sets where it ends). */
abstract class PlainCollection<Item> {
  items: Item[] = [];
  valueEnd: number;
  end: number;
  constructor(
    public flow: boolean,
    public start: number,
  ) {
    this.valueEnd = this.end = start;
  }

  get range(): NodeRange {
    return [this.start, this.valueEnd, this.end];
  }
}

export class PlainMap extends PlainCollection<PlainPair> implements MapNode {}

export class PlainSeq extends PlainCollection<PlainNode> implements SeqNode {}

export type PlainNode = PlainScalar | PlainMap | PlainSeq;

export function isScalarNode(node: unknown): node is ScalarNode {
  return node instanceof PlainScalar || isScalar(node);
}

export function isMapNode(node: unknown): node is MapNode {
  return node instanceof PlainMap || isMap(node);
}

export function isSeqNode(node: unknown): node is SeqNode {
  return node instanceof PlainSeq || isSeq(node);
}

/** A scalar, mapping or list (an alias, which only the library reads, too). */
export function isYamlNode(node: unknown): node is YamlNode {
  return node instanceof PlainScalar || node instanceof PlainMap || node instanceof PlainSeq || isNode(node);
}

/** Offsets [start, end) of a node's value, without trailing comments or space. */
export function nodeSpan(node: YamlNode): [number, number] {
  if (node instanceof PlainScalar || node instanceof PlainCollection) return [node.start, Math.max(node.valueEnd, node.start + 1)];
  const [start, valueEnd] = node.range ?? [0, 0, 0];
  return [start, Math.max(valueEnd, start + 1)];
}

/** The YAML node at a path of keys and indexes, or the deepest existing parent. */
export function nodeAtPath(root: YamlNode, path: readonly (string | number)[]): { node: YamlNode; exact: boolean; key?: YamlNode } {
  let current: YamlNode = root;
  let key: YamlNode | undefined;
  for (const segment of path) {
    if (isMapNode(current)) {
      const pair = current.items.find((item) => isScalarNode(item.key) && String(item.key.value) === String(segment));
      if (!pair || !isYamlNode(pair.value)) return { node: current, exact: false, ...(pair && isYamlNode(pair.key) ? { key: pair.key } : {}) };
      key = isYamlNode(pair.key) ? pair.key : undefined;
      current = pair.value;
    } else if (isSeqNode(current)) {
      const item = current.items[Number(segment)];
      if (!isYamlNode(item)) return { node: current, exact: false };
      key = undefined;
      current = item;
    } else {
      break;
    }
  }
  return { node: current, exact: true, ...(key ? { key } : {}) };
}
