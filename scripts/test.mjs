// The whole test suite, as `npm test` and CI run it:
//   1. type-check (tsc -b, which also compiles the tests to out/), lint, bundle;
//   2. mocha: core, CLI and protocol tests (the protocol tests on the shipped server bundle, a child
//      process), then test/protocol/server.test.js again with the server in-process
//      (PLANWRIGHT_LSP_IN_PROCESS=1), the transport mutation testing uses, so it cannot rot unseen;
//   3. the real VS Code suite (test/vscode), on the tree and on the packaged .vsix, and the
//      Restricted Mode suite (test/vscode/untrusted) in an untrusted workspace;
//   4. the web extension's suite (test/vscode/web) in VS Code's web-worker extension host.
// Ends with one summary line: "N passed, N failed".
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const step = (title, command, args) => {
  console.log(`\n> ${title}`);
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
};

let passed = 0;
let failed = 0;
try {
  step('type-check (tsc -b)', bin('tsc'), ['-b']);
  step('lint (eslint)', bin('eslint'), ['--max-warnings', '0', '.']);
  step('bundle (esbuild)', process.execPath, [join(root, 'scripts', 'build.mjs')]);
} catch {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

const { default: Mocha } = await import('mocha');
const mocha = new Mocha({ reporter: 'spec', timeout: 20000, slow: 2000 });
for (const file of findTests(join(root, 'out', 'test'))) mocha.addFile(file);
await new Promise((resolve) => {
  const runner = mocha.run(() => resolve());
  runner.on('end', () => {
    passed += runner.stats?.passes ?? 0;
    failed += runner.stats?.failures ?? 0;
  });
});

// The in-process transport of the protocol tests (what `npm run mutate` measures the server with),
// in a separate mocha process: the transport is chosen when the test helper is loaded.
{
  console.log('\n> protocol tests with the server in-process (test/protocol/server.test.js)');
  const output = join(root, 'test-results', 'in-process.json');
  rmSync(output, { force: true });
  const result = spawnSync(process.execPath, [bin('mocha'), '--timeout', '20000', '--reporter', 'json', '--reporter-option', `output=${output}`, join(root, 'out', 'test', 'protocol', 'server.test.js')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PLANWRIGHT_LSP_IN_PROCESS: '1' },
  });
  const stats = readSummary(output)?.stats;
  console.log(stats ? `  ${stats.passes} passing, ${stats.failures} failing` : `  mocha exited with ${result.status}`);
  passed += stats?.passes ?? 0;
  failed += stats ? stats.failures : 1;
}

// The real VS Code suite runs twice: on the source tree as a development
// extension, then on the packaged .vsix installed as a user would install it.
// Each run has its own label, so that a failed run's screenshot and logs in
// test-results/ are not cleared by the runs after it.
const e2e = join(root, 'scripts', 'test-vscode.mjs');
const vsix = join(root, 'test-results', 'planwright.vsix');
const runE2e = (title, args, label, script = e2e) => {
  console.log(`\n> ${title}`);
  const labelled = script === e2e ? [...args, '--label', label] : args;
  const result = spawnSync(process.execPath, [script, ...labelled], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  const summary = result.status === 0 || result.status === 1 ? readSummary(join(root, 'test-results', `${label}-summary.json`)) : undefined;
  passed += summary?.passed ?? 0;
  failed += summary ? summary.failed : 1;
};
runE2e('real VS Code tests (development extension)', [], 'vscode');
runE2e('VS Code for the Web tests (the web worker extension host)', [], 'vscode-web', join(root, 'scripts', 'test-vscode-web.mjs'));
try {
  step('package the .vsix', bin('vsce'), ['package', '--no-dependencies', '--out', vsix]);
  runE2e('real VS Code tests (the packaged .vsix, installed)', ['--vsix', vsix], 'vscode-vsix');
  runE2e('real VS Code tests (Restricted Mode: the .vsix in an untrusted workspace)', ['--untrusted', '--vsix', vsix], 'vscode-untrusted');
} catch {
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'vscode' ? [] : findTests(path);
      return name.endsWith('.test.js') ? [path] : [];
    })
    .sort();
}

function readSummary(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
