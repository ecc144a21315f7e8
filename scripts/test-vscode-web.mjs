// Runs the web extension (package.json `browser`: dist/web/client.js, whose language
// server is dist/web/server.js in a web worker) in code-server's web-worker extension
// host — the browser environment of vscode.dev — with the tests of test/vscode/web,
// bundled by scripts/build.mjs into out/test/vscode-web/index.js.
//   - The extension is a copy of this repository's with the manifest's `main` removed,
//     so VS Code has only the browser entry to run, and with no activation events, so
//     the tests activate it themselves and time it to the first diagnostics.
//   - scripts/test-vscode.mjs does the rest (code-server and chromium, its cache); the
//     tests write their results into the workspace copy through vscode.workspace.fs.
// Writes test-results/vscode-web-summary.json and vscode-web-results.json (with the
// measured times under `measures`). Exit code as scripts/test-vscode.mjs.
// Usage (after `npm run build`): node scripts/test-vscode-web.mjs [--keep] [--timeout SECONDS]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** As test/vscode/web/runner.ts writes it. */
const RESULTS_FILE = 'planwright-web-results.json';
/** What the web extension reads at run time: its bundles and the data the manifest contributes. */
const PARTS = ['dist/web/client.js', 'dist/web/server.js', 'dist/chart.css', 'media', 'schemas', 'catalogs', 'syntaxes', 'snippets', 'examples/anyshire', 'docs/walkthrough', 'README.md'];

const tests = join(root, 'out', 'test', 'vscode-web', 'index.js');
for (const needed of [tests, ...PARTS.slice(0, 2).map((part) => join(root, part))]) {
  if (!existsSync(needed)) {
    console.error(`not found: ${needed} (run \`npm run build\` first)`);
    process.exit(2);
  }
}

const extension = mkdtempSync(join(tmpdir(), 'planwright-web-extension-'));
let status;
try {
  for (const part of PARTS) cpSync(join(root, part), join(extension, part), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  delete manifest.main;
  manifest.activationEvents = [];
  writeFileSync(join(extension, 'package.json'), JSON.stringify(manifest, null, 2));
  // VS Code runs the tests in the extension host of the extension whose folder holds them.
  const testsCopy = join(extension, 'web-tests', 'index.js');
  cpSync(tests, testsCopy);
  const args = ['--extension', extension, '--tests', testsCopy, '--label', 'vscode-web', '--results-in-workspace', RESULTS_FILE, '--development-kind', 'web', ...process.argv.slice(2)];
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'test-vscode.mjs'), ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  status = run.status ?? 2;
  const resultsPath = join(root, 'test-results', 'vscode-web-results.json');
  if (existsSync(resultsPath)) {
    const { measures } = JSON.parse(readFileSync(resultsPath, 'utf8'));
    for (const [name, value] of Object.entries(measures ?? {})) console.log(`  measure ${name}: ${value}`);
  }
} finally {
  rmSync(extension, { recursive: true, force: true });
}
process.exit(status ?? 2);
