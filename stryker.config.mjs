// Mutation testing (StrykerJS): `npm run mutate`. See README, "Testing".
//
// Stryker mutates the TypeScript sources in a sandbox copy. The tests run on
// compiled JavaScript (out/) and the CLI and server tests on the bundles
// (dist/), so the sandbox is built with the project's own build
// (`buildCommand`) after the mutants are placed: every mutant is compiled in
// once and switched on at run time, also in the child processes the CLI and
// protocol tests start. The TypeScript checker drops mutants that do not
// type-check before any test runs.
//
// A full run over core/, cli/, server/ and host/ takes hours on two cores.
// Scope a run with `--mutate` and, to keep the initial test run short, name
// the compiled specs that exercise those files in PLANWRIGHT_MUTATE_SPECS
// (comma-separated globs), e.g.
//   PLANWRIGHT_MUTATE_SPECS='out/test/cli/loader.test.js' npm run mutate -- --mutate 'host/src/loader/**/*.ts'
const specs = process.env.PLANWRIGHT_MUTATE_SPECS?.split(',').filter(Boolean) ?? ['out/test/core/**/*.test.js', 'out/test/cli/**/*.test.js', 'out/test/protocol/**/*.test.js'];
// Optionally only the tests whose titles match (PLANWRIGHT_MUTATE_GREP), and per-test coverage
// (PLANWRIGHT_MUTATE_COVERAGE=perTest) when the scoped code is exercised in-process: each mutant then
// runs only the tests that reach it.
const grep = process.env.PLANWRIGHT_MUTATE_GREP;
const coverageAnalysis = process.env.PLANWRIGHT_MUTATE_COVERAGE ?? 'all';

export default {
  packageManager: 'npm',
  testRunner: 'mocha',
  // Mocha's own options for these runs (the per-test timeout) are in .mocharc.stryker.json.
  mochaOptions: { spec: specs, config: '.mocharc.stryker.json', ...(grep ? { grep } : {}) },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.stryker.json',
  buildCommand: 'npm run build',
  mutate: ['core/src/**/*.ts', 'cli/src/**/*.ts', 'server/src/**/*.ts', 'host/src/**/*.ts'],
  // Child processes (the CLI, the server) are not seen by per-test coverage, so the default is "all"
  // (every mutant runs every selected test); "perTest" is much faster for code the tests call in-process.
  coverageAnalysis,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['html', 'clear-text', 'progress', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // The compiled specs (out/test) stay in Stryker's view of the project: its incremental diff
  // keeps a test's earlier results only while the test's file is there and unchanged (with out/
  // ignored, every test counted as removed and every re-run was a full run). The build in the
  // sandbox compiles them again.
  ignorePatterns: ['out/*', '!out/test', 'dist', 'reports', '.vscode-test', '.cache', 'test-results', '*.vsix'],
  concurrency: 1,
  timeoutMS: 30000,
  thresholds: { high: 85, low: 75, break: null },
};
