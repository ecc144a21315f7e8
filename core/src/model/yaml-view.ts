import { isMapNode as isMap, isScalarNode as isScalar, isSeqNode as isSeq, isYamlNode as isNode, nodeSpan, type YamlNode as Node } from '../parse/yaml-nodes';
import type { OffsetMapper } from '../text/embedded';
import type { Range } from '../text/positions';
import type { BaselineValue, Located, YearlySeries } from './types';
import { toPlanValue, type PlanValue } from './values';

/**
 * A read-only view of a YAML node that knows where it was written. Model
 * builders read plan data through it leniently: a value of the wrong type
 * reads as absent (the schema rule reports it), so one bad field never hides
 * the rest of a block.
 */
export class YamlView {
  constructor(
    readonly node: Node,
    private readonly mapper: OffsetMapper,
    /** The key this node was found under, if any. */
    private readonly keyNode?: Node,
  ) {}

  get range(): Range {
    const [start, end] = nodeSpan(this.node);
    return this.mapper.rangeOf(start, end);
  }

  /** The key's range (`trajectory:`), or the node's own range. */
  get keyRange(): Range {
    if (!this.keyNode) return this.range;
    const [start, end] = nodeSpan(this.keyNode);
    return this.mapper.rangeOf(start, end);
  }

  /** Key and value together, for findings about a whole entry. */
  get entryRange(): Range {
    return this.keyNode ? { start: this.keyRange.start, end: this.range.end } : this.range;
  }

  get(key: string): YamlView | undefined {
    if (!isMap(this.node)) return undefined;
    for (const pair of this.node.items) {
      if (isScalar(pair.key) && String(pair.key.value) === key && isNode(pair.value)) {
        return new YamlView(pair.value, this.mapper, pair.key);
      }
    }
    return undefined;
  }

  /** Entries of a mapping whose keys are scalars. */
  entries(): [Located<string>, YamlView][] {
    if (!isMap(this.node)) return [];
    const result: [Located<string>, YamlView][] = [];
    for (const pair of this.node.items) {
      if (!isScalar(pair.key) || !isNode(pair.value)) continue;
      const [start, end] = nodeSpan(pair.key);
      result.push([{ value: String(pair.key.value), range: this.mapper.rangeOf(start, end) }, new YamlView(pair.value, this.mapper, pair.key)]);
    }
    return result;
  }

  /** Whether the node is a list (a YAML sequence, block or flow), even an empty one. */
  isList(): boolean {
    return isSeq(this.node);
  }

  items(): YamlView[] {
    if (!isSeq(this.node)) return [];
    const views: YamlView[] = [];
    for (const item of this.node.items) if (isNode(item)) views.push(new YamlView(item, this.mapper));
    return views;
  }

  scalar(): unknown {
    return isScalar(this.node) ? this.node.value : undefined;
  }

  string(): Located<string> | undefined {
    const value = this.scalar();
    return typeof value === 'string' ? { value, range: this.range } : undefined;
  }

  number(): Located<number> | undefined {
    const value = this.scalar();
    return typeof value === 'number' && Number.isFinite(value) ? { value, range: this.range } : undefined;
  }

  planValue(): Located<PlanValue> | undefined {
    const value = toPlanValue(this.scalar());
    return value ? { value, range: this.range } : undefined;
  }

  strings(): Located<string>[] {
    return this.items().flatMap((item) => item.string() ?? []);
  }

  /** `{ 2019/20: 23000, ... }` as a series; entries whose value is not a figure are skipped. */
  series(): YearlySeries | undefined {
    if (!isMap(this.node)) return undefined;
    const entries = this.entries().map(([year, view]) => ({ year, value: view.planValue() }));
    const points = entries.flatMap(({ year, value }) => (value ? [{ year, value }] : []));
    const unreadable = entries.filter((entry) => !entry.value).map((entry) => entry.year);
    return { range: this.range, keyRange: this.keyRange, points, ...(unreadable.length > 0 ? { unreadable } : {}) };
  }

  /** `{ year: 2018/19, value: 21000 }`. */
  yearValue(): BaselineValue | undefined {
    if (!isMap(this.node)) return undefined;
    const year = this.get('year')?.string();
    const value = this.get('value')?.planValue();
    return { range: this.entryRange, year, value };
  }
}

