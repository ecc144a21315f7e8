// code-server for the real VS Code harness (scripts/test-vscode.mjs): installing a .vsix, starting
// the server on a free loopback port with an isolated profile, and stopping everything it started.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { CODE_SERVER_VERSION, HarnessError } from './vscode-install.mjs';

/** Installs the .vsix into a fresh extensions folder `dir`; returns the installed extension's folder. */
export function installVsix(codeServerEntry, vsix, dir, say) {
  if (!existsSync(vsix)) throw new HarnessError(`no such .vsix: ${vsix}`);
  say(`installing ${basename(vsix)} into a fresh extensions folder`);
  mkdirSync(dir, { recursive: true });
  execFileSync(process.execPath, [codeServerEntry, '--extensions-dir', dir, '--install-extension', vsix], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, HOME: dirname(dir) } });
  const installed = readdirSync(dir).find((name) => /^planwright\.planwright-/.test(name));
  if (!installed) throw new HarnessError(`${basename(vsix)} did not install`);
  return join(dir, installed);
}

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/**
 * Starts code-server for one run and waits until it answers. `untrusted`: workspace trust stays on
 * (the Restricted Mode suite); otherwise it is off, and the language server's first start is made to
 * fail (the suite's first test checks it is reported with a way to start again). Pushes its own stop
 * onto `cleanups`; resolves with its state ({ exited, code, logPath }).
 */
export async function startCodeServer(entry, { temp, port, userDataDir, extensionsDir, workspace, resultsFile, screenUrl, untrusted, say, cleanups }) {
  const logPath = join(temp, 'code-server.log');
  const log = createWriteStream(logPath);
  const configFile = join(temp, 'code-server.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const xdg = join(temp, 'xdg');
  // The extension host is a descendant of this process and inherits its environment:
  // that is how PLANWRIGHT_TEST_RESULTS reaches the tests module.
  const env = {
    ...process.env,
    PLANWRIGHT_TEST_RESULTS: resultsFile,
    PLANWRIGHT_SCREEN: screenUrl,
    // The suite's first test checks that a failed first start of the language server is
    // reported with a way to start it again: this makes that first start fail.
    // (The Restricted Mode suite checks a normal start instead.)
    ...(untrusted ? {} : { PLANWRIGHT_SERVER_MODULE: join(temp, 'no-such-server.js') }),
    XDG_CONFIG_HOME: join(xdg, 'config'),
    XDG_DATA_HOME: join(xdg, 'data'),
    XDG_CACHE_HOME: join(xdg, 'cache'),
    // No extension gallery (code-server defaults to open-vsx.org): nothing is installed
    // from one, and the machine may not reach out anyway.
    EXTENSIONS_GALLERY: '{}',
  };
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.VSCODE_IPC_HOOK_CLI;
  const args = [
    entry,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    workspace,
  ];
  say(`starting code-server ${CODE_SERVER_VERSION} on 127.0.0.1:${port}`);
  const child = spawn(process.execPath, args, { cwd: temp, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const state = { exited: false, code: null, logPath };
  child.on('exit', (code, signal) => Object.assign(state, { exited: true, code: code ?? signal }));
  cleanups.push(() => stopProcessTree(child, state, resultsFile).finally(() => log.end()));

  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    if (state.exited) throw new HarnessError(`code-server exited (${state.code}) before it was ready:\n${tailOf(logPath)}`);
    try {
      const response = await globalThis.fetch(`http://127.0.0.1:${port}/healthz`, { signal: globalThis.AbortSignal.timeout(2000) });
      if (response.ok) return state;
    } catch {
      // not listening yet
    }
    await delay(250);
  }
  throw new HarnessError(`code-server did not answer on 127.0.0.1:${port} within 60 s:\n${tailOf(logPath)}`);
}

/** Stops code-server's process group, then any other process that still carries this run's results path. */
async function stopProcessTree(child, state, marker) {
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  if (!state.exited) {
    signalGroup('SIGTERM');
    const deadline = Date.now() + 5000;
    while (!state.exited && Date.now() < deadline) await delay(100);
  }
  signalGroup('SIGKILL');
  // Extension hosts and language servers may have left the group; they all inherited
  // PLANWRIGHT_TEST_RESULTS=<this run's temp file>, which names them exactly.
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    if (Number(pid) === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
      if (environ.split('\0').includes(`PLANWRIGHT_TEST_RESULTS=${marker}`)) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // gone or not ours to read
    }
  }
}

/** The last lines of a log file, for an error message. */
export function tailOf(path, lines = 20) {
  try {
    return readFileSync(path, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export function delay(ms) {
  return new Promise((done) => setTimeout(done, ms));
}

/** The size of a (log) file in bytes, 0 when there is none. */
export function sizeOf(path) {
  try {
    return readFileSync(path).length;
  } catch {
    return 0;
  }
}

/** A (log) file's text from byte `offset`, '' when there is none. */
export function readFrom(path, offset) {
  try {
    return readFileSync(path).subarray(offset).toString('utf8');
  } catch {
    return '';
  }
}

/** `promise`, or a rejection naming `what` after `ms`. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`${what} timed out`)), ms))),
  ]);
}
