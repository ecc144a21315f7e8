// Mutation testing, module by module: `npm run mutate` runs every group below in turn and prints
// each group's score against the target; `npm run mutate -- server-core host-runners` runs those
// groups; `npm run mutate -- --report` only prints the table from the reports already made;
// `npm run mutate -- --list` names the groups. See docs/mutation.md.
//
// A group is a scoped StrykerJS run (stryker.config.mjs): the files it mutates, the compiled specs
// that exercise them, run per test (`perTest`: each mutant runs only the tests that reach it).
// Each group keeps its own incremental file, so a re-run after a change tests only the mutants
// whose code or tests changed: minutes, where the first run of every group takes hours on two
// cores. Reports go to reports/mutation/<group>.html and .json (git-ignored).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'reports', 'mutation');

/** Root hooks every group loads first (test/helpers/mutation-hooks.ts). */
const HOOKS = 'out/test/helpers/mutation-hooks.js';

/** The server's specs: the protocol tests run the server in-process. */
const SERVER_SPECS = [
  'out/test/core/manifest.test.js',
  'out/test/server/*.test.js',
  ...['capabilities', 'show-locations', 'malformed-requests', 'server-edges', 'server', 'editor-features', 'closed-documents', 'author-mistakes', 'registration', 'rollup-compare', 'scheduling', 'client-capabilities', 'documents-and-files', 'completion-resolve'].map(
    (name) => `out/test/protocol/${name}.test.js`,
  ),
];

/**
 * Every core spec but the robustness ones (fuzzing, the CommonMark and YAML corpora, hostile
 * content): those reach nearly every mutant and take seconds each, and pin no verdict.
 */
const CORE_SPECS = readdirSync(join(root, 'test', 'core'))
  .filter((file) => file.endsWith('.test.ts') && !['fuzz-engine', 'spec-corpora', 'hostile-content'].some((slow) => file.startsWith(slow)))
  .map((file) => `out/test/core/${file.replace(/\.ts$/, '.js')}`);

/**
 * The specs for the parser, the schemas and the model: every core spec reaches them, so a surviving
 * mutant there would run all of CORE_SPECS (the first run of the parser alone was estimated at
 * 8 h 41 min). These are the specs that pin what is read, where, and what a reading problem says.
 */
const PARSE_SPECS = [
  'plain-yaml', 'yaml-syntax', 'markdown-incremental', 'shift', 'chapter-line-shift', 'incremental', 'positions', 'manifest', 'plan-config',
  'bad-input', 'author-mistakes', 'rule-parse-problems', 'schema', 'precompiled-validators', 'catalog-snapshots', 'rule-writes-data',
  'rule-schema-manifest-suggestions', 'rule-schema-organisation-ids', 'rule-missing-response-unreadable', 'rule-unknown-organisation-edges', 'quality-engagement',
  'responses', 'waivers', 'exclude', 'limits',
  // The parser's own specs: what each module gives, pinned whole (the plain reader's subset, blocks, items, repairs).
  'plain-reader-subset', 'plain-reader-subset-2', 'parse-chapter-blocks', 'parse-incremental-manifest', 'parse-items', 'parse-references-suppressions',
  'parse-yaml-reading', 'parse-repair',
  // The block cache's move records are there for the kept per-response checks: their spec is where a lost record shows.
  'per-response',
].map((name) => `out/test/core/${name}.test.js`);

/**
 * The groups: `mutate` (globs), `specs`, `target` (% of valid mutants killed), and
 * `ignoreStatic` where the tests run the code in-process and static mutants (module-level
 * constants) cannot be told apart per test; `inProcess` runs the protocol tests' server in the
 * test process.
 */
export const GROUPS = {
  'core-targets': {
    mutate: ['core/src/targets/**/*.ts'],
    specs: ['out/test/core/target-*.test.js', 'out/test/core/quality-*.test.js', 'out/test/core/language.test.js', 'out/test/core/hot-paths.test.js'],
    target: 85,
  },
  'core-coverage': {
    mutate: ['core/src/coverage/**/*.ts'],
    specs: ['out/test/core/coverage*.test.js', 'out/test/core/quality-coverage-targets.test.js', 'out/test/core/target-*.test.js'],
    target: 85,
  },
  'core-rules': {
    mutate: ['core/src/rules/**/*.ts', 'core/src/run-rules.ts'],
    specs: CORE_SPECS,
    target: 85,
  },
  'core-parse': {
    mutate: ['core/src/parse/**/*.ts'],
    specs: PARSE_SPECS,
    target: 85,
  },
  'core-model': {
    mutate: ['core/src/schema/**/*.ts', 'core/src/model/**/*.ts'],
    specs: [...PARSE_SPECS, ...['model-values', 'model-dates', 'yaml-view', 'schema-messages', 'schema-navigate', 'target-readings', 'target-timing', 'target-scales', 'coverage-target-text'].map((name) => `out/test/core/${name}.test.js`)],
    target: 85,
  },
  'core-language': {
    mutate: ['core/src/language/**/*.ts', 'core/src/render/**/*.ts'],
    // The editor features are pinned through the server too (hover, completion, code actions,
    // symbols, rename, previews), and the roll-up's HTML through the command.
    specs: [...CORE_SPECS, ...SERVER_SPECS, ...['rollup', 'format-rollup'].map((name) => `out/test/cli/${name}.test.js`)],
    target: 85,
    inProcess: true,
    // 36 module-level constants (help texts, the chart's CSS, tables of kinds): each would run all
    // 1,135 specs, 80% of the run's time by Stryker's estimate, for 1% of its mutants.
    ignoreStatic: true,
  },
  'core-plans': {
    mutate: ['core/src/catalog/**/*.ts', 'core/src/rollup/**/*.ts', 'core/src/diff/**/*.ts', 'core/src/text/**/*.ts', 'core/src/cache/**/*.ts', 'core/src/limits/**/*.ts', 'core/src/*.ts', '!core/src/index.ts', '!core/src/run-rules.ts'],
    // The roll-up and the diff are pinned end to end by the command's specs (run in-process here)
    // and their formats by the roll-up format spec.
    specs: [...CORE_SPECS, ...['rollup', 'diff', 'format-rollup', 'run-commands'].map((name) => `out/test/cli/${name}.test.js`)],
    target: 85,
  },
  'cli-format': {
    mutate: ['cli/src/format/**/*.ts'],
    specs: ['out/test/cli/format*.test.js'],
    target: 75,
  },
  'cli-commands': {
    mutate: ['cli/src/commands/**/*.ts', 'cli/src/main.ts', 'cli/src/fix/**/*.ts', 'cli/src/report/**/*.ts', 'cli/src/paths.ts'],
    specs: ['out/test/cli/run-*.test.js', 'out/test/cli/paths-fingerprint.test.js', 'out/test/cli/progress.test.js', 'out/test/cli/usage-layout.test.js', 'out/test/cli/formats.test.js'],
    target: 75,
    ignoreStatic: true,
  },
  'host-loader': {
    mutate: ['host/src/loader/**/*.ts', 'host/src/watchdog.ts', 'host/src/load-engine.ts', 'host/src/package-root.ts', 'host/src/report-date.ts'],
    specs: ['out/test/host/*.test.js', 'out/test/cli/loader.test.js', 'out/test/cli/watchdog.test.js', 'out/test/cli/report-date.test.js'],
    target: 75,
  },
  'host-runners': {
    mutate: ['host/src/check-plans.ts', 'host/src/git.ts'],
    specs: ['out/test/host/check-plans.test.js', 'out/test/host/git.test.js', 'out/test/cli/run-*.test.js'],
    target: 75,
    ignoreStatic: true,
  },
  'server-core': {
    mutate: ['server/src/server.ts', 'server/src/protocol.ts'],
    specs: SERVER_SPECS,
    target: 75,
    inProcess: true,
  },
  'server-features': {
    mutate: ['editor-features', 'completion', 'convert', 'is-record', 'settings', 'registrations', 'pull-diagnostics', 'report-ids'].map((name) => `server/src/${name}.ts`),
    specs: SERVER_SPECS,
    target: 75,
    inProcess: true,
  },
  'server-workspace': {
    mutate: [...['indexer', 'workspace', 'plan-workspace', 'compare', 'cancelled', 'next-turn', 'disk-deps', 'diagnostics'].map((name) => `server/src/${name}.ts`), 'server/src/web/client-workspace.ts'],
    specs: SERVER_SPECS,
    target: 75,
    inProcess: true,
  },
};

/**
 * The source files no group mutates, and why: process and worker entry points (wiring the
 * tested code to stdio, argv and the worker's messages, exercised by the process tests) and
 * modules of declarations and re-exports only.
 */
export const NOT_MUTATED = {
  'cli/src/cli.ts': 'the command-line entry point: argv, stdio and the exit code to run()',
  'cli/src/io.ts': 'exit codes and the CliIO interface',
  'cli/src/version.ts': 'the version, written at build time',
  'core/src/index.ts': "core's exports",
  'host/src/index.ts': "host's exports",
  'host/src/library.ts': "the npm package's library exports",
  'host/src/limits-defaults.ts': 'two constants, pinned by the limits tests',
  'server/src/main.ts': 'the server process entry point: stdio to startServer',
  'server/src/web/main.ts': 'the web worker entry point: the worker port to startServer',
  'server/src/web/engine.ts': "the web worker's engine from the precompiled catalogs",
  'server/src/web/text-modules.d.ts': 'type declarations',
};

/** Killed (or timed out) of the valid mutants, and of those the tests reach. */
export function scoreOf(report) {
  const count = { killed: 0, survived: 0, noCoverage: 0 };
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      if (mutant.status === 'Killed' || mutant.status === 'Timeout') count.killed++;
      else if (mutant.status === 'Survived') count.survived++;
      else if (mutant.status === 'NoCoverage') count.noCoverage++;
    }
  }
  const valid = count.killed + count.survived + count.noCoverage;
  const percent = (part, whole) => (whole === 0 ? 100 : (100 * part) / whole);
  return { ...count, valid, total: percent(count.killed, valid), covered: percent(count.killed, valid - count.noCoverage) };
}

function run(name) {
  const group = GROUPS[name];
  console.log(`\n> ${name}: ${group.mutate.join(', ')}`);
  const started = Date.now();
  const args = ['stryker', 'run', '--mutate', group.mutate.join(','), '--incrementalFile', `reports/mutation/${name}-incremental.json`, ...(group.ignoreStatic ? ['--ignoreStatic'] : [])];
  // The hooks first (test/helpers/mutation-hooks.ts): memos emptied before each test, and code that
  // runs outside a test counted as reached by none.
  const specs = [HOOKS, ...group.specs.filter((spec) => spec !== HOOKS)];
  // The command-line specs written for both ways run the command in-process (test/cli/in-process.ts):
  // per-test coverage cannot see into a child process.
  const env = { ...process.env, PLANWRIGHT_MUTATE_SPECS: specs.join(','), PLANWRIGHT_MUTATE_COVERAGE: 'perTest', PLANWRIGHT_CLI_IN_PROCESS: '1', ...(group.inProcess ? { PLANWRIGHT_LSP_IN_PROCESS: '1' } : {}) };
  const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) return false;
  for (const ext of ['json', 'html']) copyFileSync(join(reports, `mutation.${ext}`), join(reports, `${name}.${ext}`));
  console.log(`  ${name} took ${Math.round((Date.now() - started) / 1000)} s`);
  return true;
}

function table(names) {
  console.log('\ngroup              valid  killed  survived  no cov   total  covered  target');
  let missed = 0;
  for (const name of names) {
    const file = join(reports, `${name}.json`);
    if (!existsSync(file)) {
      console.log(`${name.padEnd(18)} not run yet`);
      continue;
    }
    const s = scoreOf(JSON.parse(readFileSync(file, 'utf8')));
    const met = s.total >= GROUPS[name].target;
    if (!met) missed++;
    const cells = [s.valid, s.killed, s.survived, s.noCoverage].map((n, i) => String(n).padStart([5, 7, 9, 7][i]));
    console.log(`${name.padEnd(18)} ${cells.join(' ')}  ${s.total.toFixed(1).padStart(5)}%  ${s.covered.toFixed(1).padStart(6)}%  ≥${GROUPS[name].target}% ${met ? 'met' : 'NOT met'}`);
  }
  return missed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const names = args.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !(n in GROUPS));
  if (args.includes('--list') || unknown.length > 0) {
    if (unknown.length > 0) console.error(`unknown group: ${unknown.join(', ')}`);
    for (const [name, group] of Object.entries(GROUPS)) console.log(`${name.padEnd(18)} ${group.mutate.join(', ')}`);
    process.exit(unknown.length > 0 ? 2 : 0);
  }
  const chosen = names.length > 0 ? names : Object.keys(GROUPS);
  let failed = 0;
  if (!args.includes('--report')) {
    const built = spawnSync('npx', ['tsc', '-b'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(1);
    for (const name of chosen) if (!run(name)) failed++;
  }
  const missed = table(chosen);
  process.exit(failed > 0 ? 1 : missed > 0 ? 3 : 0);
}
