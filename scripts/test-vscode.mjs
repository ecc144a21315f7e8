// Runs the real VS Code test suite (test/vscode, compiled to out/test/vscode/index.js)
// inside VS Code 1.100.3 on machines that cannot download VS Code:
//   - VS Code comes from the npm package code-server (4.100.3 = VS Code 1.100.3),
//     installed on first use into a cache folder outside the source tree;
//   - Debian's chromium, driven by playwright-core (also in the cache folder), opens
//     it with this repository as the extension under development and the compiled
//     tests module as extensionTestsPath (the `payload` URL parameter);
//   - the tests module writes mocha's JSON results to $PLANWRIGHT_TEST_RESULTS,
//     which this script waits for, prints, and sums up in test-results/vscode-summary.json.
// Exit code: 0 all passed, 1 some failed, 2 the harness itself could not run.
//
// Usage (after `npm run build`):
//   node scripts/test-vscode.mjs                 run the suite
//   node scripts/test-vscode.mjs --screenshots   also save docs/images/vscode-*.png
//   node scripts/test-vscode.mjs --install-only  only fill the cache
//   node scripts/test-vscode.mjs --untrusted --vsix FILE   the Restricted Mode suite (test/vscode/untrusted)
//                                                in a workspace that is not trusted (scripts/vscode-untrusted.mjs)
// Options: --extension DIR, --tests FILE, --workspace DIR (copied; default examples/anyshire),
//          --keep (keep the temp folder), --timeout SECONDS (default 480),
//          --label NAME (names the files in test-results/; default vscode),
//          --results-in-workspace FILE (the tests write their results there, in the workspace copy:
//          how tests in the web-worker extension host report; see scripts/test-vscode-web.mjs),
//          --development-kind web (run the extension and its tests in the web-worker extension host).
// Environment: PLANWRIGHT_VSCODE_CACHE (default ~/.cache/planwright-vscode-test),
//              PLANWRIGHT_VSCODE_TIMEOUT (seconds), PLANWRIGHT_CHROMIUM (browser binary).
// Where VS Code can be downloaded, scripts/test-vscode-electron.mjs runs the same suite
// with @vscode/test-electron.
import {
  copyFileSync,
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCodeServer, ensureDebianPackages, HarnessError, VSCODE_VERSION } from './vscode-install.mjs';
import { delay, freePort, installVsix, readFrom, sizeOf, startCodeServer, tailOf, withTimeout } from './vscode-code-server.mjs';
import { takeDocScreenshots } from './vscode-doc-screenshots.mjs';
import { printResults, writeSummary } from './vscode-results.mjs';
import { startScreenBridge } from './vscode-screen.mjs';
import { UNTRUSTED_SETTINGS, writeStandInExtension } from './vscode-untrusted.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'test-results');
let summaryPath = join(resultsDir, 'vscode-summary.json');
const imagesDir = join(root, 'docs', 'images');

const opts = parseOptions();
function parseOptions() {
  try {
    return parseArgs({
      options: {
        screenshots: { type: 'boolean', default: false },
        'install-only': { type: 'boolean', default: false },
        untrusted: { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        extension: { type: 'string', default: root },
        vsix: { type: 'string' },
        tests: { type: 'string' },
        workspace: { type: 'string' },
        timeout: { type: 'string', default: process.env.PLANWRIGHT_VSCODE_TIMEOUT ?? '480' },
        label: { type: 'string', default: 'vscode' },
        'development-kind': { type: 'string' },
        'results-in-workspace': { type: 'string' },
      },
    }).values;
  } catch (error) {
    console.error(`${error.message}\nusage: node scripts/test-vscode.mjs [--screenshots] [--install-only] [--untrusted] [--keep] [--extension DIR | --vsix FILE] [--tests FILE] [--workspace DIR] [--timeout SECONDS] [--label NAME] [--results-in-workspace FILE] [--development-kind web]`);
    writeSummary(summaryPath, 0, 1);
    process.exit(2);
  }
}
// --label names this run's files in test-results/ (LABEL-summary.json, LABEL-results.json, …).
const label = opts.label;
summaryPath = join(resultsDir, `${label}-summary.json`);
const screenshotPath = join(resultsDir, `${label}-failure.png`);
if (opts.untrusted && !opts.vsix) {
  console.error('--untrusted needs --vsix FILE: VS Code exempts an extension under development from workspace trust');
  writeSummary(summaryPath, 0, 1);
  process.exit(2);
}
let extensionPath = resolve(opts.extension);
const testsPath = resolve(opts.tests ?? join(root, 'out', 'test', 'vscode', ...(opts.untrusted ? ['untrusted'] : []), 'index.js'));
const workspaceSource = resolve(opts.workspace ?? (opts.untrusted ? join(root, 'test', 'vscode', 'untrusted', 'workspace') : join(root, 'examples', 'anyshire')));
const timeoutMs = Number(opts.timeout) * 1000;
if (!(timeoutMs > 0)) {
  console.error(`--timeout / PLANWRIGHT_VSCODE_TIMEOUT must be a number of seconds, not ${opts.timeout}`);
  writeSummary(summaryPath, 0, 1);
  process.exit(2);
}
const cacheRoot = resolve(process.env.PLANWRIGHT_VSCODE_CACHE ?? join(homedir(), '.cache', 'planwright-vscode-test'));
const chromiumPath = process.env.PLANWRIGHT_CHROMIUM ?? '/usr/bin/chromium';

const started = Date.now();
const say = (line) => console.log(`[vscode ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}`);

/** Everything that must be undone on exit, newest first. */
const cleanups = [];
let cleaningUp;
async function cleanup() {
  cleaningUp ??= (async () => {
    while (cleanups.length > 0) {
      try {
        await cleanups.pop()();
      } catch (error) {
        console.error(`cleanup: ${error.message}`);
      }
    }
  })();
  return cleaningUp;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping VS Code`);
    writeSummary(summaryPath, 0, 1);
    cleanup().finally(() => process.exit(2));
  });
}

// ---------------------------------------------------------------------------------------
// Running

/** Fails fast, before any install, when there is nothing to test. */
function checkInputs() {
  const manifestPath = join(extensionPath, 'package.json');
  if (!existsSync(manifestPath)) throw new HarnessError(`no package.json in ${extensionPath}`);
  const { main, browser } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entry = (file) => file && join(extensionPath, file.endsWith('.js') ? file : `${file}.js`);
  for (const [what, path] of [
    ['extension entry point', entry(main)],
    ['web extension entry point', entry(browser)],
    ['tests module', testsPath],
    ['workspace', workspaceSource],
  ]) {
    if (path && !existsSync(path)) throw new HarnessError(`${what} not found: ${path} (run \`npm run build\` first)`);
  }
}

async function runSuite(codeServerEntry, playwright) {
  if (!existsSync(chromiumPath)) throw new HarnessError(`browser not found: ${chromiumPath}`);
  const temp = mkdtempSync(join(tmpdir(), 'planwright-vscode-'));
  cleanups.push(() => {
    if (opts.keep) say(`kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  });
  // Everything started from here on (code-server, its extension hosts and sockets, the
  // TypeScript server, chromium and its profile) keeps its temporary files in here.
  mkdirSync(join(temp, 'tmp'));
  process.env.TMPDIR = join(temp, 'tmp');
  let resultsFile = join(temp, 'results.json');
  const userDataDir = join(temp, 'user-data');
  const extensionsDir = join(temp, 'extensions');
  const workspace = copyWorkspace(temp, 'workspace');
  // Tests in the web-worker extension host have no environment and no disk: they write their
  // results into the workspace through vscode.workspace.fs (--results-in-workspace NAME).
  if (opts['results-in-workspace']) resultsFile = join(workspace, opts['results-in-workspace']);
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'security.workspace.trust.enabled': false,
        ...(opts.untrusted ? UNTRUSTED_SETTINGS : {}),
        'git.enabled': false,
        'git.autoRepositoryDetection': false,
      },
      null,
      2,
    ),
  );

  if (opts.vsix) extensionPath = installVsix(codeServerEntry, resolve(opts.vsix), opts.untrusted ? extensionsDir : join(temp, 'vsix'), say);
  if (opts.untrusted) extensionPath = writeStandInExtension(join(temp, 'stand-in'));

  // The tests look at the screen through this bridge (scripts/vscode-screen.mjs).
  let currentPage;
  const screen = await startScreenBridge(() => currentPage);
  cleanups.push(() => screen.close());
  const port = await freePort();
  const codeServer = await startCodeServer(codeServerEntry, { temp, port, userDataDir, extensionsDir, workspace, resultsFile, screenUrl: screen.url, untrusted: Boolean(opts.untrusted), say, cleanups });

  say(`starting ${basename(chromiumPath)}`);
  const browser = await playwright.chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    env: { ...process.env, XDG_CONFIG_HOME: join(temp, 'xdg', 'config'), XDG_CACHE_HOME: join(temp, 'xdg', 'cache') },
    // This script's own signal handlers close the browser along with everything else.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  cleanups.push(() => withTimeout(browser.close(), 10000, 'browser close').catch(() => {}));
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const browserLog = createWriteStream(join(temp, 'browser.log'));
  cleanups.push(() => new Promise((done) => browserLog.end(done)));

  // ---- the suite
  say(`opening VS Code on ${workspace}`);
  const logStart = sizeOf(codeServer.logPath);
  const { page, state } = await openWindow(context, browserLog, port, workspace, { extensionPath, testsPath, developmentKind: opts['development-kind'] });
  currentPage = page;
  const outcome = await waitForResults({ file: resultsFile, state, codeServer, logStart, browserLogPath: join(temp, 'browser.log'), timeoutMs });
  let passed = 0;
  let failed = 1;
  let harnessFailed = false;
  if (outcome.results) {
    copyFileSync(resultsFile, join(resultsDir, `${label}-results.json`));
    ({ passed, failed } = printResults(outcome.results, VSCODE_VERSION));
    if (passed + failed === 0) {
      console.log('  no tests ran: counting that as a failure');
      failed = 1;
      harnessFailed = true;
    }
  } else {
    console.error(`\nvscode harness error: ${outcome.error}`);
    harnessFailed = true;
  }
  if (failed > 0) {
    await saveScreenshot(page, screenshotPath);
    saveLogs(temp, userDataDir);
  }
  writeSummary(summaryPath, passed, failed);

  // ---- documentation screenshots
  if (opts.screenshots) {
    try {
      await page.close().catch(() => {});
      await takeDocScreenshots({
        extensionPath,
        workspace: copyWorkspace(temp, 'workspace-screenshots'),
        temp,
        codeServer,
        open: (folder, options) => openWindow(context, browserLog, port, folder, options),
        imagesDir,
        root,
        say,
      });
    } catch (error) {
      console.error(`screenshots: FAILED: ${error instanceof HarnessError ? error.message : error.stack}`);
      await saveScreenshot(context.pages().at(-1), join(resultsDir, 'vscode-screenshots-failure.png'));
    }
  }

  return harnessFailed ? 2 : failed > 0 ? 1 : 0;
}

/**
 * Installs a packaged .vsix the way a user would (code-server --install-extension)
 * into its own folder, and returns the installed extension's folder, so the suite
 * runs against exactly what the package contains.
 */

function copyWorkspace(temp, name) {
  const dir = join(temp, name);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, basename(workspaceSource));
  cpSync(workspaceSource, target, { recursive: true });
  return target;
}

async function openWindow(context, browserLog, port, folder, { extensionPath: devPath, testsPath: tests, developmentKind }) {
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [['extensionDevelopmentPath', remote(devPath)]];
  // "web": the extension and its tests run in the web-worker extension host, as on vscode.dev.
  if (developmentKind) payload.push(['extensionDevelopmentKind', developmentKind]);
  if (tests) payload.push(['extensionTestsPath', remote(tests)]);
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const page = await context.newPage();
  const state = { closed: false, crashed: false };
  // When the tests finish, VS Code closes its window; keep the page open instead so
  // there is something to screenshot.
  await page.addInitScript('window.close = () => { window.__planwrightCloseRequested = true; };');
  page.on('console', (message) => browserLog.write(`[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => browserLog.write(`[pageerror] ${error.stack ?? error}\n`));
  page.on('close', () => (state.closed = true));
  page.on('crash', () => (state.crashed = true));
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
  return { page, state };
}

async function waitForResults({ file, state, codeServer, logStart, browserLogPath, timeoutMs: limit }) {
  const deadline = Date.now() + limit;
  let lastParseError;
  let goneSince;
  let hostExitedSince;
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      try {
        return { results: JSON.parse(readFileSync(file, 'utf8')) };
      } catch (error) {
        lastParseError = error; // still being written
      }
    }
    if (codeServer.exited) return { error: `code-server exited (${codeServer.code}) before the tests finished:\n${tailOf(codeServer.logPath)}` };
    if (state.crashed || state.closed) {
      goneSince ??= Date.now();
      if (Date.now() - goneSince > 5000) return { error: `the VS Code page ${state.crashed ? 'crashed' : 'closed'} before the tests wrote results` };
    }
    // With extensionTestsPath the extension host exits once run() settles; the results
    // are written before that, so an exit without them means run() never got going.
    if (!hostExitedSince) {
      const exit = /Extension Host Process exited with code: (\S+?),/.exec(readFrom(codeServer.logPath, logStart));
      if (exit) hostExitedSince = { at: Date.now(), code: exit[1] };
    } else if (Date.now() - hostExitedSince.at > 5000) {
      const errors = readFrom(browserLogPath, 0)
        .split('\n')
        .filter((line) => line.startsWith('[error]') && !/extensionquery|vsda/.test(line))
        .slice(-3)
        .join('\n');
      return { error: `the extension host exited (code ${hostExitedSince.code}) without writing test results${errors ? `; last errors in the page:\n${errors}` : ''}` };
    }
    await delay(250);
  }
  return {
    error: `no test results after ${limit / 1000} s${lastParseError ? ` (results file unreadable: ${lastParseError.message})` : ''}; ` +
      `the tests module may have failed to load (see test-results/${label}-logs/)`,
  };
}

async function saveScreenshot(page, path) {
  if (!page || page.isClosed()) return;
  try {
    mkdirSync(dirname(path), { recursive: true });
    await page.screenshot({ path, timeout: 15000 });
    say(`screenshot saved: ${path}`);
  } catch (error) {
    say(`could not take a screenshot: ${error.message.split('\n')[0]}`);
  }
}

function saveLogs(temp, userDataDir) {
  try {
    for (const name of ['code-server.log', 'browser.log']) {
      if (existsSync(join(temp, name))) copyFileSync(join(temp, name), join(resultsDir, `${label}-${name}`));
    }
    if (existsSync(join(userDataDir, 'logs'))) cpSync(join(userDataDir, 'logs'), join(resultsDir, `${label}-logs`), { recursive: true });
    say(`logs saved under ${resultsDir}`);
  } catch (error) {
    say(`could not save logs: ${error.message}`);
  }
}

// ---------------------------------------------------------------------------------------
// Documentation screenshots (--screenshots)

// ---------------------------------------------------------------------------------------
// Main (last, so that every declaration above is initialised)

mkdirSync(resultsDir, { recursive: true });
for (const stale of ['failure.png', 'results.json', 'code-server.log', 'browser.log', 'logs'].map((name) => `${label}-${name}`)) {
  rmSync(join(resultsDir, stale), { recursive: true, force: true });
}
if (!opts['install-only']) writeSummary(summaryPath, 0, 1); // replaced when the run gets to the end

let exitCode;
try {
  if (!opts['install-only']) checkInputs();
  const install = { cacheRoot, say };
  ensureDebianPackages(install);
  const { codeServerEntry, playwright } = await ensureCodeServer(install);
  if (opts['install-only']) {
    say('cache ready');
    exitCode = 0;
  } else {
    exitCode = await runSuite(codeServerEntry, playwright);
  }
} catch (error) {
  console.error(`\nvscode harness error: ${error instanceof HarnessError ? error.message : error.stack}`);
  writeSummary(summaryPath, 0, 1);
  exitCode = 2;
} finally {
  await cleanup();
}
say(`done (exit ${exitCode})`);
process.exit(exitCode);
