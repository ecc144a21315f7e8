import { registered } from '../cache/registry';

/**
 * Moving a cached parse result by whole lines, for a block reused at another
 * line (`BlockCache.reuse`). The result's objects are shared with findings and
 * diagnostics of the previous analysis, so nothing is moved in place: the
 * objects on the way to a position are copied, and every subtree that holds no
 * position (strings, values, lists of names, a problem's data) is shared with
 * the old result. A position is an object with numeric `line` and `character`
 * (copied as just those two), or a numeric `startLine` / `endLine` property.
 *
 * The value equals a deep copy with the positions moved (for plain data: own,
 * enumerable properties, as the parser makes); only the untouched subtrees
 * are the same objects as before.
 *
 * Where the positions are is found once per value (`shiftPlan`): a shifted
 * copy has the same shape as its source, so the cache keeps the plan with the
 * copy and the next shift follows it without looking at anything else; values
 * of one shape share one plan.
 */

const POSITION = 0;
const RANGE = 1;
const LINE = 2;
const OBJECT = 3;
const ARRAY = 4;

/**
 * Where a value's positions are: the keys (or indexes) to follow, and what is
 * at the end of each. Plans are interned (`id` names the structure), so blocks
 * of the same shape share one: a chapter of 1,000 commitment blocks has a
 * handful of plans, not 1,000 (which held 11 MB).
 */
export type ShiftPlan =
  | { readonly id: number; readonly kind: typeof POSITION | typeof RANGE | typeof LINE }
  | { readonly id: number; readonly kind: typeof OBJECT; readonly keys: readonly string[]; readonly plans: readonly ShiftPlan[] }
  | { readonly id: number; readonly kind: typeof ARRAY; readonly indexes: readonly number[]; readonly plans: readonly ShiftPlan[] };

const POSITION_PLAN: ShiftPlan = { id: 0, kind: POSITION };
const RANGE_PLAN: ShiftPlan = { id: 1, kind: RANGE };
const LINE_PLAN: ShiftPlan = { id: 2, kind: LINE };

/**
 * Interned plans, as a trie: from a root per kind, one step per (key or index, plan id) pair,
 * the plan at the node where the pairs end. Finding a plan allocates nothing on the way (a key
 * string per structure cost a third of finding a chapter's plans). Emptied when it holds
 * `MAX_PLANS` plans (plans handed out stay valid, just unshared).
 */
interface TrieNode {
  plan?: ShiftPlan;
  /** By key or index, then by the id of the plan found there. */
  next?: Map<string | number, Map<number, TrieNode>>;
}
const roots = registered(new Map<typeof OBJECT | typeof ARRAY, TrieNode>());
const MAX_PLANS = 10_000;
let internedCount = 0;
let nextId = 3;

function intern(kind: typeof OBJECT | typeof ARRAY, names: readonly (string | number)[], plans: readonly ShiftPlan[]): ShiftPlan {
  if (internedCount >= MAX_PLANS) {
    roots.clear();
    internedCount = 0;
  }
  let node = roots.get(kind);
  if (!node) roots.set(kind, (node = {}));
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string | number;
    const id = (plans[i] as ShiftPlan).id;
    node.next ??= new Map();
    let byId = node.next.get(name);
    if (!byId) node.next.set(name, (byId = new Map<number, TrieNode>()));
    let child = byId.get(id);
    if (!child) byId.set(id, (child = {}));
    node = child;
  }
  if (node.plan) return node.plan;
  internedCount++;
  node.plan = kind === OBJECT ? { id: nextId++, kind, keys: names as string[], plans } : { id: nextId++, kind, indexes: names as number[], plans };
  return node.plan;
}

/** How many plans are interned now (for the tests of the bound). */
export function internedPlanCount(): number {
  return internedCount;
}

interface Position {
  readonly line: number;
  readonly character: number;
}

/** `value` with every position moved by `delta` lines (see above). */
export function shiftLines<T>(value: T, delta: number): T {
  return applyShift(value, shiftPlan(value), delta);
}

/** Where `value`'s positions are; undefined when it holds none. */
export function shiftPlan(value: unknown): ShiftPlan | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    const indexes: number[] = [];
    const plans: ShiftPlan[] = [];
    for (let i = 0; i < value.length; i++) {
      const plan = shiftPlan(value[i]);
      if (!plan) continue;
      indexes.push(i);
      plans.push(plan);
    }
    return plans.length > 0 ? intern(ARRAY, indexes, plans) : undefined;
  }
  const source = value as Record<string, unknown>;
  if (typeof source['line'] === 'number' && typeof source['character'] === 'number') return POSITION_PLAN;
  const keys: string[] = [];
  const plans: ShiftPlan[] = [];
  let count = 0;
  for (const key in source) {
    count++;
    const item = source[key];
    const plan = typeof item === 'number' ? (key === 'startLine' || key === 'endLine' ? LINE_PLAN : undefined) : shiftPlan(item);
    if (!plan) continue;
    keys.push(key);
    plans.push(plan);
  }
  if (plans.length === 0) return undefined;
  // A range and nothing else: copied in one expression.
  if (count === 2 && keys[0] === 'start' && keys[1] === 'end' && plans[0] === POSITION_PLAN && plans[1] === POSITION_PLAN) return RANGE_PLAN;
  return intern(OBJECT, keys, plans);
}

/** `value` moved by `delta` lines along `plan`, which must be `shiftPlan(value)` or the plan of a value `value` was shifted from. */
export function applyShift<T>(value: T, plan: ShiftPlan | null | undefined, delta: number): T {
  return plan ? (moved(value, plan, delta) as T) : value;
}

function moved(value: unknown, plan: ShiftPlan, delta: number): unknown {
  switch (plan.kind) {
    case POSITION: {
      const { line, character } = value as Position;
      return { line: line + delta, character };
    }
    case RANGE: {
      const { start, end } = value as { start: Position; end: Position };
      return { start: { line: start.line + delta, character: start.character }, end: { line: end.line + delta, character: end.character } };
    }
    case LINE:
      return (value as number) + delta;
    case OBJECT: {
      const source = value as Record<string, unknown>;
      const copy = { ...source };
      for (let i = 0; i < plan.keys.length; i++) {
        const key = plan.keys[i] as string;
        copy[key] = moved(source[key], plan.plans[i] as ShiftPlan, delta);
      }
      return copy;
    }
    case ARRAY: {
      const source = value as readonly unknown[];
      const copy = source.slice();
      for (let i = 0; i < plan.indexes.length; i++) {
        const index = plan.indexes[i] as number;
        copy[index] = moved(source[index], plan.plans[i] as ShiftPlan, delta);
      }
      return copy;
    }
  }
}

/** A moved value's source and how far it moved (see `recordMove`). */
export interface Move<T> {
  readonly from: T;
  readonly delta: number;
}

const moves = new WeakMap<object, Move<object>>();

/**
 * Records that `to` is `from` shifted by `delta` lines, so that what was
 * worked out from `from` can be moved along instead of worked out again
 * (`rules/per-response.ts`). Held weakly: it goes with the moved value. Only
 * the latest move is kept: `from`'s own record is dropped, or each record
 * would hold the value before it, and a long session every version ever
 * moved (nearly a gigabyte after 300 line breaks above 1,000 blocks).
 */
export function recordMove<T extends object>(from: T, to: T, delta: number): void {
  if (from === to) return;
  moves.delete(from);
  moves.set(to, { from, delta });
}

/** Where `value` was moved from, when the block cache moved it. */
export function moveOf<T extends object>(value: T): Move<T> | undefined {
  return moves.get(value) as Move<T> | undefined;
}
