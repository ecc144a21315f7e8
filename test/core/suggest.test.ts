import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { editDistance, suggest } from '../../core/src/text/suggest';

/** The textbook table (optimal string alignment), whole, for comparison. */
function referenceDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => (d[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = value;
    }
  }
  return at(a.length, b.length);
}

/** What suggest did before it was memoised, over the textbook distance. */
function referenceSuggest(w: string, candidates: readonly string[]): string[] {
  const limit = Math.max(2, Math.floor(w.length / 3));
  const prefixLength = (c: string) => [...c].findIndex((ch, i) => w[i] !== ch) === -1 ? Math.min(c.length, w.length) : [...c].findIndex((ch, i) => w[i] !== ch);
  const scored: [string, number][] = [];
  for (const c of candidates) {
    if (c === w) continue;
    const exact = referenceDistance(w, c);
    let d = exact > limit ? limit + 1 : exact;
    if (d > limit && prefixLength(c) >= 5 && (c.startsWith(w) || w.startsWith(c))) d = limit;
    if (d <= limit) scored.push([c, d]);
  }
  const prefix = (c: string) => (c.startsWith(w) ? 0 : 1);
  scored.sort((x, y) => prefix(x[0]) - prefix(y[0]) || x[1] - y[1] || (x[0] < y[0] ? -1 : 1));
  return scored.slice(0, 3).map(([c]) => c);
}

/** Short words over a small alphabet, so near misses are common; now and then a long one (the reused rows grow). */
const word = fc.oneof({ arbitrary: fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 9 }), weight: 9 }, { arbitrary: fc.string({ unit: fc.constantFrom('a', 'b'), minLength: 60, maxLength: 200 }), weight: 1 });

describe('suggest (did you mean)', () => {
  it('editDistance equals the textbook table within the limit, and is past the limit beyond it', () => {
    fc.assert(
      fc.property(word, word, fc.option(fc.nat({ max: 6 }), { nil: undefined }), (a, b, limit) => {
        const exact = referenceDistance(a, b);
        if (limit === undefined) assert.equal(editDistance(a, b), exact);
        else if (exact <= limit) assert.equal(editDistance(a, b, limit), exact);
        else assert.ok(editDistance(a, b, limit) > limit);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives, from its memo, what a fresh look gives: per word and per candidate list', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.array(word, { maxLength: 8 })), { minLength: 1, maxLength: 12 }), (asks) => {
        for (const [w, candidates] of asks) {
          const got = suggest(w, candidates);
          assert.deepEqual(got, referenceSuggest(w, candidates), `${w} among ${candidates.join(', ')}`);
          assert.deepEqual(suggest(w, [...candidates]), got, 'a new list with the same entries');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keys its memo by the candidates, not only the word', () => {
    assert.deepEqual(suggest('hospitl', ['hospital', 'clinic']), ['hospital']);
    assert.deepEqual(suggest('hospitl', ['hospitals', 'clinic']), ['hospitals']);
    assert.deepEqual(suggest('hospitl', ['clinic']), []);
    assert.deepEqual(suggest('-', ['']), ['']);
    assert.deepEqual(suggest('-', []), []);
    assert.deepEqual(suggest('ab', ['a\nb', 'c']), ['a\nb', 'c']);
    assert.deepEqual(suggest('ab', ['a', 'b\nc']), ['a']);
    assert.deepEqual(suggest('hospitl', new Set(['hospital'])), ['hospital']);
  });

  it('an id that only starts or ends like a candidate: offered when one begins the other and they share 5+ characters', () => {
    // 'anyshire-hospital-trust' is 15 edits from 'anyshire' (limit 7), but begins with it.
    assert.deepEqual(suggest('anyshire-hospital-trust', ['anyshire', 'hospital-trust']), ['anyshire']);
    assert.deepEqual(suggest('anys', ['anyshire-hospital-trust']), []);
    assert.deepEqual(suggest('anysh', ['anyshire-hospital-trust']), ['anyshire-hospital-trust']);
  });

  it('hands out copies: changing an answer does not change the next one', () => {
    const first = suggest('anyshire-ccc', ['anyshire-ccg', 'wessex-council']);
    first.push('changed');
    assert.deepEqual(suggest('anyshire-ccc', ['anyshire-ccg', 'wessex-council']), ['anyshire-ccg']);
  });
});
