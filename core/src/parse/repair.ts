import { Pair, YAMLMap, type Document } from 'yaml';
import { remember } from '../cache/remember';
import type { SchemaName } from '../schema/schema-set';
import { financialYearOf } from '../model/dates';
import type { ParsedYaml } from './yaml';
import { isMapNode as isMap, isScalarNode as isScalar, isSeqNode as isSeq, nodeSpan as span, type MapNode, type PairNode, type SeqNode, type YamlNode } from './yaml-nodes';

/**
 * A common slip in plan YAML, found, explained once and read as intended, so
 * that one cause gives one finding and the data behind it is still judged.
 * Offsets are into the YAML text; `replacement` is the corrected text of that
 * span (a quick fix), when one can be written.
 */
export interface Repair {
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly replacement?: string;
}

export interface RepairedYaml {
  /** The nodes to read: the parsed ones, or a repaired copy of the library's document's. */
  readonly root: YamlNode;
  readonly value: unknown;
  readonly repairs: readonly Repair[];
}

const YEAR = /^\d{4}\/\d{2}$/;
const GROUPED_NUMBER = /^(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?)(%?)$/;

const memo = new WeakMap<ParsedYaml, Map<SchemaName, RepairedYaml>>();

/**
 * The repaired form of a parse (`root` is its root node), memoised with it
 * (parses are themselves cached by text). Repairs are made on a copy of the
 * library's document of the text, whose nodes equal the plain reader's.
 */
export function repairYaml(parsed: ParsedYaml, root: YamlNode, schema: SchemaName): RepairedYaml {
  const bySchema = remember(memo, parsed, () => new Map<SchemaName, RepairedYaml>());
  const cached = bySchema.get(schema);
  if (cached) return cached;
  let result: RepairedYaml = { root, value: parsed.value, repairs: [] };
  // Look first without changing anything: most YAML needs no repair, and the parse is shared.
  // Only then is the library's document asked for (the plain reader's texts have it composed now).
  const doc = walk(root, schema, undefined).length > 0 ? parsed.doc : undefined;
  if (doc) {
    // A copy is a parsed document too, with every node's range kept.
    const copy = doc.clone() as Document.Parsed;
    const repairs = walk(copy.contents, schema, copy);
    try {
      result = { root: copy.contents as YamlNode, value: copy.toJS({ maxAliasCount: 100 }), repairs };
    } catch {
      // The copy expands the same aliases the original did; keep the original if it does not.
    }
  }
  bySchema.set(schema, result);
  return result;
}

/** The repairs the nodes under `root` need; made on them when `applyTo` (their library document) is given. */
function walk(root: unknown, schema: SchemaName, applyTo: Document.Parsed | undefined): Repair[] {
  const repairs: Repair[] = [];
  if (!root) return repairs;
  const apply = applyTo !== undefined;
  const workforceList = workforceAsList(root, schema, applyTo);
  if (workforceList) repairs.push(workforceList);
  const visit = (node: unknown, depth: number): void => {
    if (depth > 64) return;
    if (isMap(node)) {
      if (isYearly(node)) repairs.push(...yearlyRepairs(node, apply));
      for (const pair of node.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if ((name === 'year' || name === 'start' || name === 'end') && isScalar(pair.value) && typeof pair.value.value === 'string') {
          const year = financialYearOf(pair.value.value);
          if (year && !YEAR.test(pair.value.value)) {
            repairs.push(yearRepair(pair.value, pair.value.value, year));
            if (apply) pair.value.value = year;
          }
        }
        const asMap = name !== undefined && isSeq(pair.value) ? listAsYearly(pair.value, name) : undefined;
        let value = pair.value;
        if (asMap) {
          repairs.push(asMap.repair);
          if (apply) pair.value = value = yearlyMap(asMap.pairs, pair.value as SeqNode);
        }
        visit(value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, depth + 1);
    }
  };
  visit(root, 0);
  return repairs;
}

function yearRepair(node: YamlNode, written: string, year: string): Repair {
  const [start, end] = span(node);
  return { message: `\`${written}\` is the financial year ${year}: write it \`${year}\``, start, end, replacement: year };
}

/** A mapping whose keys are all financial years (however spelt), allowing, in a flow mapping, the pieces of a figure split by a comma. */
function isYearly(map: MapNode): boolean {
  let years = 0;
  for (const pair of map.items) {
    if (!isScalar(pair.key)) return false;
    const key = pair.key.value;
    if (typeof key === 'string' && (YEAR.test(key) || financialYearOf(key))) years++;
    else if (!(map.flow && isCommaPiece(pair))) return false;
  }
  return years > 0;
}

/** `010` in `{ 2023/24: 1,010 }`: a three-digit key with no value, left by a thousands comma. */
function isCommaPiece(pair: PairNode): boolean {
  return isScalar(pair.key) && typeof pair.key.value === 'number' && /^\d{3}$/.test(pair.key.source ?? '') && (pair.value === null || (isScalar(pair.value) && pair.value.value === null && !pair.value.source));
}

function yearlyRepairs(map: MapNode, apply: boolean): Repair[] {
  const repairs: Repair[] = [];
  const keys = new Set(map.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')));
  const kept: PairNode[] = [];
  for (let i = 0; i < map.items.length; i++) {
    const pair = map.items[i] as PairNode;
    const key = isScalar(pair.key) ? pair.key : undefined;
    if (!key) {
      kept.push(pair);
      continue;
    }
    const written = String(key.value);
    const year = financialYearOf(written);
    if (year && !YEAR.test(written) && !keys.has(year)) {
      repairs.push(yearRepair(key, written, year));
      if (apply) key.value = year;
    }
    const value = pair.value;
    // `2023/24: 1,010` in a flow mapping: the comma ends the entry, and `010` becomes a key with no value.
    // Only there: in a block mapping the figure stays one scalar (`1,010` is read as text, repaired elsewhere).
    if (map.flow && isScalar(value) && typeof value.value === 'number' && /^-?\d{1,3}$/.test(value.source ?? '')) {
      const pieces: PairNode[] = [];
      for (let j = i + 1; j < map.items.length && isCommaPiece(map.items[j] as PairNode); j++) pieces.push(map.items[j] as PairNode);
      const lastPiece = pieces[pieces.length - 1];
      if (lastPiece && isScalar(lastPiece.key)) {
        const digits = [value.source ?? '', ...pieces.map((p) => (isScalar(p.key) ? p.key.source ?? '' : ''))];
        const written = digits.join(',');
        const joined = digits.join('');
        const [start] = span(value);
        const [, end] = span(lastPiece.key);
        repairs.push({ message: `\`${written}\` is one figure: write ${joined}, without the comma (in a \`{ }\` mapping a comma starts the next entry)`, start, end, replacement: joined });
        if (apply) {
          value.value = Number(joined);
          value.source = joined;
          if (value.range) value.range = [start, end, end];
        }
        kept.push(pair);
        i += pieces.length;
        continue;
      }
    }
    // `2023/24: 1,010` in a block mapping reads as text.
    if (isScalar(value) && typeof value.value === 'string') {
      const grouped = GROUPED_NUMBER.exec(value.value.trim());
      if (grouped?.[1] !== undefined) {
        const joined = grouped[1].replace(/,/g, '') + (grouped[2] ?? '');
        const [start, end] = span(value);
        repairs.push({ message: `\`${value.value.trim()}\` is one figure: write ${joined}, without the comma`, start, end, replacement: joined });
        if (apply) value.value = grouped[2] ? joined : Number(joined);
      }
    }
    kept.push(pair);
  }
  if (apply) map.items = kept;
  return repairs;
}

/**
 * `trajectory: [2019/20: 120, 2020/21: 130]` or a `- 2019/20: 120` list: values by
 * year written as a list of one-entry mappings. Read as the mapping it means.
 */
function listAsYearly(seq: SeqNode, key: string): { repair: Repair; pairs: PairNode[] } | undefined {
  if (seq.items.length === 0) return undefined;
  const pairs: PairNode[] = [];
  for (const item of seq.items) {
    if (!isMap(item) || item.items.length !== 1) return undefined;
    const pair = item.items[0] as PairNode;
    if (!isScalar(pair.key) || !isScalar(pair.value)) return undefined;
    const year = String(pair.key.value);
    if (!YEAR.test(year) && !financialYearOf(year)) return undefined;
    pairs.push(pair);
  }
  const entries = pairs.map((pair) => `${isScalar(pair.key) ? pair.key.source ?? String(pair.key.value) : ''}: ${isScalar(pair.value) ? pair.value.source ?? String(pair.value.value) : ''}`);
  const shown = entries.length > 2 ? `${entries.slice(0, 2).join(', ')}, ...` : entries.join(', ');
  const [start, end] = span(seq);
  const repair: Repair = {
    message: `\`${key}\` is written as a list: values by year are a mapping, like \`${key}: { ${shown} }\``,
    start,
    end,
    replacement: `{ ${entries.join(', ')} }`,
  };
  return { repair, pairs };
}

/** The mapping a list of one-entry mappings means (the pairs are the library's, in its document). */
function yearlyMap(pairs: PairNode[], seq: SeqNode): YAMLMap {
  const map = new YAMLMap();
  map.flow = true;
  map.items = pairs as Pair[];
  map.range = seq.range ?? null;
  return map;
}

/**
 * A workforce block written as a list of staff groups (`- staff-group: registered nursing`)
 * instead of `groups:`. Read as the groups it lists, `staff-group` as `group`.
 */
function workforceAsList(root: unknown, schema: SchemaName, applyTo: Document.Parsed | undefined): Repair | undefined {
  let list: unknown;
  let holder: PairNode | undefined;
  if (schema === 'workforce') {
    list = root;
  } else if (schema === 'data-file' && isMap(root)) {
    holder = root.items.find((pair) => isScalar(pair.key) && pair.key.value === 'workforce');
    list = holder?.value;
  }
  if (!isSeq(list) || list.items.length === 0 || !list.items.every((item) => isMap(item))) return undefined;
  const renamed = list.items.some((item) => isMap(item) && item.items.some((pair) => isScalar(pair.key) && pair.key.value === 'staff-group'));
  const [start, end] = span(list);
  const repair: Repair = {
    message: `the workforce block is a list of staff groups: put the list under \`groups:\`${renamed ? ' and name each with `group:` (not `staff-group:`)' : ''}, like \`groups: [ { group: registered nurses, demand: { ... }, supply: { ... } } ]\``,
    start,
    end,
  };
  if (applyTo) {
    for (const item of list.items) {
      if (!isMap(item)) continue;
      for (const pair of item.items) if (isScalar(pair.key) && pair.key.value === 'staff-group') pair.key.value = 'group';
    }
    const wrapper = new YAMLMap();
    const pair = new Pair(applyTo.createNode('groups'), list);
    wrapper.items = [pair];
    wrapper.range = list.range ?? null;
    if (holder) holder.value = wrapper;
    else (applyTo as Document).contents = wrapper;
  }
  return repair;
}
