// Loaded first by every scoped mutation run (scripts/mutate.mjs, docs/mutation.md), never by `npm test`.
//
// Under per-test coverage, Stryker's mocha runner names the running test in a
// root `beforeEach` and never clears the name, so code run by a `before` hook
// (a protocol test starting its server) is counted as covered by the test
// that ran last, often in another file, and a mutant there is then tried only
// against that test. Clearing the name after each test makes such code
// "static": its mutants are tried against every selected test.
//
// Stryker's mocha runner also loads the code once and runs every mutant in the same process, so
// the engine's memos (parses keyed by text, and the like) would hand a test what an earlier run
// computed — without the mutant, or with another one — and the mutated code would not run at all.
// They are emptied before each test.
import { clearMemos } from '../../core/src/cache/registry';

beforeEach(clearMemos);

afterEach(() => {
  const stryker: unknown = (globalThis as Record<string, unknown>)['__stryker__'];
  if (typeof stryker === 'object' && stryker !== null) (stryker as { currentTestId?: string }).currentTestId = undefined;
});
