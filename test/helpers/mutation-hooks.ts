// Loaded first by the scoped mutation runs of server/src (docs/mutation.md), never by `npm test`.
//
// Under per-test coverage, Stryker's mocha runner names the running test in a
// root `beforeEach` and never clears the name, so code run by a `before` hook
// (a protocol test starting its server) is counted as covered by the test
// that ran last, often in another file, and a mutant there is then tried only
// against that test. Clearing the name after each test makes such code
// "static": its mutants are tried against every selected test.
afterEach(() => {
  const stryker: unknown = (globalThis as Record<string, unknown>)['__stryker__'];
  if (typeof stryker === 'object' && stryker !== null) (stryker as { currentTestId?: string }).currentTestId = undefined;
});
