/** Anything that holds remembered results and can drop them. */
interface Clearable {
  clear(): void;
}

/** Every memo made at module level or per word list, held weakly so that a dropped memo can go. */
const memos = new Set<WeakRef<Clearable>>();

/** Past this many registrations the dead references are dropped (a server makes a memo per word list it sees). */
const SWEEP_AT = 256;

/** Registers a memo so that `clearMemos` empties it; returns it. */
export function registered<T extends Clearable>(memo: T): T {
  if (memos.size >= SWEEP_AT) for (const ref of memos) if (!ref.deref()) memos.delete(ref);
  memos.add(new WeakRef(memo));
  return memo;
}

/**
 * Empties every registered memo. Results stay correct without this (the memos are keyed by
 * text); it is for a host that wants each run to compute afresh, such as a mutation run, which
 * must see every test reach the code it tests rather than a result remembered from another test.
 */
export function clearMemos(): void {
  for (const ref of memos) {
    const memo = ref.deref();
    if (memo) memo.clear();
    else memos.delete(ref);
  }
}
