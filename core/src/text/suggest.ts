import { remember } from '../cache/remember';
import { textCache } from '../cache/text-cache';

/** Three rows of the distance table, reused from call to call (grown when a longer word comes). */
let rows: [Uint32Array, Uint32Array, Uint32Array] = [new Uint32Array(64), new Uint32Array(64), new Uint32Array(64)];

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions),
 * stopping early once the distance exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rows[0].length <= b.length) rows = [new Uint32Array(b.length * 2 + 1), new Uint32Array(b.length * 2 + 1), new Uint32Array(b.length * 2 + 1)];
  // Rows i-2, i-1 and i of the table, rotated as i grows.
  let [older, previous, row] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, (older[j - 2] as number) + 1);
      }
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [older, previous, row] = [previous, row, older];
  }
  return previous[b.length] as number;
}

/**
 * Suggestions already worked out, by candidate list (its entries, exactly) and
 * word: rules ask again for the same misspelt ids on every analysis, and a
 * plan's catalogs have thousands of candidates.
 */
const memo = textCache<Map<string, readonly string[]>>(4 * 1024 * 1024, (byWord) => byWord.size * 64);
const MAX_WORDS_PER_LIST = 2000;
const listKeys = new WeakMap<readonly string[], string>();

/**
 * Candidates close to `word`, best first: within a third of the word's length
 * (at least 2 edits), or sharing a prefix of 5+ characters.
 */
export function suggest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const list: readonly string[] = Array.isArray(candidates) ? (candidates as readonly string[]) : [...candidates];
  const listKey = remember(listKeys, list, () => JSON.stringify([max, list]));
  const byWord = remember(memo, listKey, () => new Map<string, readonly string[]>());
  let found = byWord.get(word);
  if (!found) {
    found = closest(word, list, max);
    // Every prefix of an id typed in an editor is a new word: keep the memo of one list bounded.
    if (byWord.size >= MAX_WORDS_PER_LIST) byWord.clear();
    byWord.set(word, found);
  }
  return [...found];
}

function closest(word: string, candidates: readonly string[], max: number): string[] {
  const limit = Math.max(2, Math.floor(word.length / 3));
  const scored: [string, number][] = [];
  for (const candidate of candidates) {
    if (candidate === word) continue;
    let distance = editDistance(word, candidate, limit);
    if (distance > limit && commonPrefix(word, candidate) >= 5 && (candidate.startsWith(word) || word.startsWith(candidate))) {
      distance = limit;
    }
    if (distance <= limit) scored.push([candidate, distance]);
  }
  // Completions of what was typed ("test-hosp" → "test-hospital") come first.
  const prefix = (candidate: string) => (candidate.startsWith(word) ? 0 : 1);
  scored.sort((x, y) => prefix(x[0]) - prefix(y[0]) || x[1] - y[1] || (x[0] < y[0] ? -1 : 1));
  return scored.slice(0, max).map(([candidate]) => candidate);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** "`a`, `b` or `c`" for messages. */
export function listOr(items: readonly string[]): string {
  const quoted = items.map((item) => `\`${item}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
