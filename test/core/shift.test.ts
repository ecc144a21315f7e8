import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyShift, internedPlanCount, moveOf, recordMove, shiftLines, shiftPlan } from '../../core/src/parse/shift';

/** The block cache's former whole copy, kept here as the meaning of a shift: every position moved by `delta`. */
function deepCopyShift(value: unknown, delta: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => deepCopyShift(item, delta));
  const source = value as Record<string, unknown>;
  const line = source['line'];
  if (typeof line === 'number' && typeof source['character'] === 'number') return { line: line + delta, character: source['character'] };
  const copy: Record<string, unknown> = {};
  for (const key in source) {
    const item = source[key];
    copy[key] = (key === 'startLine' || key === 'endLine') && typeof item === 'number' ? item + delta : deepCopyShift(item, delta);
  }
  return copy;
}

/** Whether `value` holds a position anywhere (as the deep copy reads one). */
function holdsPosition(value: unknown, key = ''): boolean {
  if (typeof value === 'number') return key === 'startLine' || key === 'endLine';
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => holdsPosition(item));
  const source = value as Record<string, unknown>;
  if (typeof source['line'] === 'number' && typeof source['character'] === 'number') return true;
  return Object.keys(source).some((k) => holdsPosition(source[k], k));
}

/** Walks the old and the shifted value together: a subtree without positions is the same object, one with them a new object. */
function checkSharing(before: unknown, after: unknown, path = '$'): void {
  if (typeof before !== 'object' || before === null) return;
  if (!holdsPosition(before)) {
    assert.equal(after, before, `${path} holds no position: shared, not copied`);
    return;
  }
  assert.notEqual(after, before, `${path} holds a position: copied`);
  if (typeof before['line' as keyof typeof before] === 'number' && typeof before['character' as keyof typeof before] === 'number') return;
  for (const key of Object.keys(before)) checkSharing((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], `${path}.${key}`);
}

const range = (a: number, b: number, c: number, d: number) => ({ start: { line: a, character: b }, end: { line: c, character: d } });

/** What the parser makes, and the corners of the deep copy's reading of a position. */
const CASES: readonly { readonly name: string; readonly value: unknown }[] = [
  { name: 'a range', value: range(3, 0, 5, 7) },
  { name: 'a position', value: { line: 2, character: 4 } },
  { name: 'a position with more keys (copied as line and character only)', value: { line: 2, character: 4, extra: { a: 1 } } },
  { name: 'a range with more keys', value: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 }, label: 'x', data: { n: [1, 2] } } },
  { name: 'a range whose end is missing', value: { start: { line: 1, character: 0 }, end: undefined } },
  { name: 'line without character (not a position)', value: { line: 3, other: range(0, 0, 0, 1) } },
  { name: 'startLine and endLine', value: { uri: 'file:///a.md', startLine: 4, endLine: 9, range: range(3, 0, 3, 20), rules: [{ value: 'schema', range: range(3, 5, 3, 11) }] } },
  { name: 'startLine as a string, and line numbers in arrays (not moved)', value: { startLine: '4', lines: [1, 2, 3], endLine: null } },
  { name: 'null, undefined and primitives', value: { a: null, b: undefined, c: 'text', d: 4, e: true, f: [null, undefined, 'x'] } },
  { name: 'no position at all', value: { kind: 'percent', value: 75, names: ['a', 'b'], nested: { deeper: [{ x: 1 }] } } },
  { name: 'an array of ranges and plain values', value: [range(1, 0, 1, 2), 'x', { kind: 'number', value: 3 }, [range(2, 1, 2, 2), ['y']]] },
  { name: 'an empty array and object', value: { list: [], map: {} } },
  {
    name: 'a fenced block result',
    value: {
      block: { type: 'commitment', range: range(10, 0, 14, 3), typeRange: range(10, 3, 10, 13), contentRange: range(11, 0, 13, 9), closed: true },
      problems: [{ ruleId: 'schema', message: 'm', range: range(12, 2, 12, 8), data: { suggestions: ['on-track'] } }],
      items: {
        responses: [{ uri: 'u', form: 'block', range: range(10, 0, 14, 3), id: { value: 'x', range: range(11, 4, 11, 5) }, partners: [], organisations: [], actions: [{ value: 'Act', range: range(13, 4, 13, 7) }], trajectory: { range: range(12, 0, 12, 30), keyRange: range(12, 0, 12, 10), points: [{ year: { value: '2019/20', range: range(12, 14, 12, 21) }, value: { value: { kind: 'number', value: 5 }, range: range(12, 23, 12, 24) } }] } }],
        finance: [],
      },
      suppressions: [{ uri: 'u', range: range(11, 0, 11, 30), rules: [], reason: 'why', startLine: 11, endLine: 13 }],
    },
  },
  { name: 'a bare number, string, null and undefined', value: [7, 'x', null, undefined] },
];

describe('moving a cached result by lines (parse/shift.ts)', () => {
  for (const { name, value } of CASES) {
    for (const delta of [3, -2, 1]) {
      it(`${name}, by ${delta}: equals the deep copy, shares what holds no position, leaves the old value alone`, () => {
        const before = structuredClone(value);
        const shifted = shiftLines(value, delta);
        assert.deepStrictEqual(shifted, deepCopyShift(value, delta));
        assert.deepStrictEqual(value, before);
        checkSharing(value, shifted);
      });
    }
  }

  it('returns a value without positions itself', () => {
    for (const value of [undefined, null, 4, 'x', { a: ['b', { c: 1 }] }, []]) {
      assert.equal(shiftLines(value, 5), value);
      assert.equal(shiftPlan(value), undefined);
    }
  });

  it("follows a value's plan for the values shifted from it (the cache's second and later moves)", () => {
    for (const { value } of CASES) {
      const plan = shiftPlan(value);
      const once = applyShift(value, plan, 4);
      const snapshot = structuredClone(once);
      const twice = applyShift(once, plan, -7);
      assert.deepStrictEqual(twice, deepCopyShift(deepCopyShift(value, 4), -7));
      assert.deepStrictEqual(once, snapshot);
      checkSharing(once, twice);
    }
  });

  it('gives values of one shape one plan, and values of other shapes others', () => {
    const response = (line: number, names: readonly string[]) => ({ uri: 'u', range: range(line, 0, line + 3, 3), id: { value: `id-${line}`, range: range(line + 1, 4, line + 1, 9) }, actions: names.map((name, i) => ({ value: name, range: range(line + 2 + i, 4, line + 2 + i, 9) })) });
    assert.equal(shiftPlan(response(10, ['a', 'b'])), shiftPlan(response(400, ['c', 'd'])));
    assert.equal(shiftPlan([range(1, 0, 1, 1), 'x']), shiftPlan([range(9, 2, 9, 5), 'y']));
    assert.notEqual(shiftPlan(response(10, ['a', 'b'])), shiftPlan(response(10, ['a'])));
    assert.notEqual(shiftPlan({ a: range(1, 0, 1, 1) }), shiftPlan({ b: range(1, 0, 1, 1) }));
    assert.notEqual(shiftPlan([range(1, 0, 1, 1), 'x']), shiftPlan(['x', range(1, 0, 1, 1)]));
  });

  it('still shares plans, and still moves by the plans handed out before, after more shapes than it keeps (10,000)', () => {
    const shaped = (i: number, line: number) => ({ [`key-${i}`]: range(line, 0, line, 4), note: 'n' });
    const early = shaped(0, 3);
    const earlyPlan = shiftPlan(early);
    let emptied = false;
    for (let i = 1; i <= 10_050; i++) {
      const count = internedPlanCount();
      shiftPlan(shaped(i, i));
      assert.ok(internedPlanCount() <= 10_000);
      if (internedPlanCount() < count - 1) emptied = true;
    }
    assert.ok(emptied, 'emptied once it held 10,000');
    assert.deepStrictEqual(applyShift(early, earlyPlan, 2), deepCopyShift(early, 2));
    assert.equal(shiftPlan(shaped(5, 1)), shiftPlan(shaped(5, 700)));
    assert.notEqual(shiftPlan(shaped(5, 1)), shiftPlan(shaped(6, 1)));
    const later = shaped(10_049, 8);
    assert.deepStrictEqual(shiftLines(later, -3), deepCopyShift(later, -3));
  });

  it('equals the deep copy on generated values with positions, ranges and line spans anywhere', () => {
    const position = fc.record({ line: fc.nat(1000), character: fc.nat(200) }, { noNullPrototype: true });
    const { value } = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.string({ maxLength: 3 }), fc.boolean()),
        position,
        fc.record({ start: position, end: position }, { noNullPrototype: true }),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.constantFrom('startLine', 'endLine', 'line', 'character', 'start', 'end', 'range', 'value', 'data'), tie('value'), { maxKeys: 4, noNullPrototype: true }),
      ),
    }));
    fc.assert(
      fc.property(value, fc.integer({ min: -50, max: 50 }), (generated, delta) => {
        const before = structuredClone(generated);
        const shifted = shiftLines(generated, delta);
        assert.deepStrictEqual(shifted, deepCopyShift(generated, delta));
        assert.deepStrictEqual(generated, before);
        checkSharing(generated, shifted);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps only the latest move of a value: a moved value does not hold every version before it', () => {
    const first = { range: range(1, 0, 1, 4) };
    const second = shiftLines(first, 2);
    const third = shiftLines(second, 3);
    recordMove(first, second, 2);
    assert.deepEqual(moveOf(second), { from: first, delta: 2 });
    recordMove(second, third, 3);
    assert.deepEqual(moveOf(third), { from: second, delta: 3 });
    assert.equal(moveOf(second), undefined, "the older record is dropped, so nothing holds `first` through it");
    recordMove(third, third, 0);
    assert.deepEqual(moveOf(third), { from: second, delta: 3 }, 'a value reused where it was is no move');
  });
});

