// Runs the real VS Code test suite (out/test/vscode/index.js) with @vscode/test-electron,
// for machines that can download VS Code. scripts/test-vscode.mjs runs the same suite
// on machines that cannot (code-server from npm + Debian's chromium).
//
// Usage (after `npm run build`): node scripts/test-vscode-electron.mjs
// Environment: PLANWRIGHT_VSCODE_VERSION (default 1.100.3, the version the offline harness
// runs; "stable" for the newest), PLANWRIGHT_VSCODE_EXECUTABLE (an installed VS Code to
// use instead of downloading one). On Linux without a display it re-runs itself under
// xvfb-run when that is installed (Debian: apt-get install xvfb).
// Writes test-results/vscode-summary.json ({"passed": N, "failed": N}) like the offline
// harness; exit 0 all passed, 1 some failed, 2 the run itself failed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printResults, writeSummary } from './vscode-results.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const version = process.env.PLANWRIGHT_VSCODE_VERSION ?? '1.100.3';
const extensionTestsPath = join(root, 'out', 'test', 'vscode', 'index.js');
const workspaceSource = join(root, 'examples', 'anyshire');
const resultsDir = join(root, 'test-results');
const summaryPath = join(resultsDir, 'vscode-summary.json');

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !process.env.PLANWRIGHT_UNDER_XVFB) {
  const xvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' });
  if (xvfb.status === 0) {
    const rerun = spawnSync(xvfb.stdout.trim(), ['-a', process.execPath, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, PLANWRIGHT_UNDER_XVFB: '1' },
    });
    process.exit(rerun.status ?? 2);
  }
  console.log('no display and no xvfb-run: VS Code may fail to start (apt-get install xvfb)');
}

mkdirSync(resultsDir, { recursive: true });
writeSummary(summaryPath, 0, 1); // replaced when the run gets to the end

for (const [what, path] of [
  ['extension bundle', join(root, 'dist', 'client.js')],
  ['tests module', extensionTestsPath],
]) {
  if (!existsSync(path)) {
    console.error(`${what} not found: ${path} (run \`npm run build\` first)`);
    process.exit(2);
  }
}

const { runTests } = await import('@vscode/test-electron');

const temp = mkdtempSync(join(tmpdir(), 'planwright-vscode-electron-'));
const resultsFile = join(temp, 'results.json');
const workspace = join(temp, 'workspace', basename(workspaceSource));
cpSync(workspaceSource, workspace, { recursive: true }); // the tests may edit files
const userDataDir = join(temp, 'user-data');
mkdirSync(join(userDataDir, 'User'), { recursive: true });
writeFileSync(
  join(userDataDir, 'User', 'settings.json'),
  JSON.stringify({
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
  }),
);

let exitCode;
try {
  console.log(`> VS Code ${version} (@vscode/test-electron)`);
  try {
    await runTests({
      version,
      vscodeExecutablePath: process.env.PLANWRIGHT_VSCODE_EXECUTABLE || undefined,
      extensionDevelopmentPath: root,
      extensionTestsPath,
      extensionTestsEnv: { PLANWRIGHT_TEST_RESULTS: resultsFile },
      launchArgs: [
        workspace,
        '--disable-workspace-trust',
        '--disable-telemetry',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${userDataDir}`,
        `--extensions-dir=${join(temp, 'extensions')}`,
      ],
    });
  } catch (error) {
    // runTests rejects when VS Code exits non-zero, which failing tests also cause.
    if (!existsSync(resultsFile)) throw error;
  }
  if (!existsSync(resultsFile)) throw new Error(`the tests wrote no results to ${resultsFile}`);
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  cpSync(resultsFile, join(resultsDir, 'vscode-results.json'));
  const { passed, failed } = printResults(results, version);
  if (passed + failed === 0) {
    console.error('no tests ran');
    writeSummary(summaryPath, 0, 1);
    exitCode = 2;
  } else {
    writeSummary(summaryPath, passed, failed);
    exitCode = failed > 0 ? 1 : 0;
  }
} catch (error) {
  console.error(`\nvscode (electron) run failed: ${error?.stack ?? error}`);
  writeSummary(summaryPath, 0, 1);
  exitCode = 2;
} finally {
  rmSync(temp, { recursive: true, force: true });
}
process.exit(exitCode);


