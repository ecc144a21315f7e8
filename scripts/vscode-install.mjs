// Installing what scripts/test-vscode.mjs runs: VS Code (the npm package
// code-server, which bundles it) and playwright-core, once, into a cache
// folder outside the source tree; and the Debian packages they need
// (chromium to drive, and to build code-server's native modules offline).
// See the notes at the top of scripts/test-vscode.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import { dirname, join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3'; // bundles VS Code 1.100.3 and runs on Node 20
export const VSCODE_VERSION = '1.100.3';
const PLAYWRIGHT_VERSION = '1.65.1';
const RIPGREP_PACKAGE_VERSION = '1.15.11'; // @vscode/ripgrep pinned by code-server's shrinkwrap
const RIPGREP_ASSET_VERSION = 'v13.0.0-10';
// `build: true`: needed only to install code-server (native modules, rg), not to run it.
const DEBIAN_PACKAGES = [
  { name: 'chromium', present: () => existsSync('/usr/bin/chromium') },
  { name: 'fonts-liberation', present: () => existsSync('/usr/share/fonts/truetype/liberation') },
  { name: 'ripgrep', build: true, present: () => existsSync('/usr/bin/rg') },
  { name: 'libkrb5-dev', build: true, present: () => existsSync('/usr/bin/krb5-config') },
  { name: 'build-essential', build: true, present: () => onPath('make') && onPath('g++') },
  { name: 'python3', build: true, present: () => onPath('python3') },
];

/** A failure of the harness (not of a test), reported by its message alone. */
export class HarnessError extends Error {}

/** Where the install lives in the cache: one folder per code-server version, Node major and architecture. */
function installDirIn(cacheRoot) {
  return join(cacheRoot, `code-server-${CODE_SERVER_VERSION}-node${process.versions.node.split('.')[0]}-${arch()}`);
}

function onPath(command) {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, command)));
}

/** Installs the Debian packages the run (and, the first time, the install) needs, as root; otherwise says which are missing. */
export function ensureDebianPackages({ cacheRoot, say }) {
  const installDir = installDirIn(cacheRoot);
  const installing = !existsSync(join(installDir, '.complete'));
  const needed = DEBIAN_PACKAGES.filter((pkg) => installing || !pkg.build);
  const missing = needed.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || !onPath('apt-get')) {
    throw new HarnessError(`missing system packages: ${missing.join(' ')} (install them, e.g. apt-get install ${missing.join(' ')})`);
  }
  say(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const update = run(['update', '-qq']);
  if (update.status !== 0) say(`apt-get update failed (${update.stderr.trim().split('\n').pop()}); trying the install anyway`);
  const install = run(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
  if (install.status !== 0) {
    throw new HarnessError(`apt-get install ${missing.join(' ')} failed:\n${(install.stdout + install.stderr).trim().split('\n').slice(-15).join('\n')}`);
  }
  const still = needed.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
  if (still.length > 0) throw new HarnessError(`still missing after apt-get install: ${still.join(' ')}`);
}

/** Installs code-server and playwright-core into the cache folder once; later runs reuse it. */
export async function ensureCodeServer({ cacheRoot, say }) {
  const installDir = installDirIn(cacheRoot);
  if (process.versions.node.split('.')[0] !== '20') {
    throw new HarnessError(`code-server ${CODE_SERVER_VERSION} needs Node 20 (this is Node ${process.versions.node})`);
  }
  const marker = join(installDir, '.complete');
  if (!existsSync(marker)) {
    say(`installing code-server@${CODE_SERVER_VERSION} and playwright-core@${PLAYWRIGHT_VERSION} into ${installDir} (first run only, 1–3 minutes)`);
    mkdirSync(cacheRoot, { recursive: true });
    // Install into a staging folder and move it into place when complete, so an
    // interrupted install is never mistaken for a good one.
    const staging = mkdtempSync(join(cacheRoot, '.staging-'));
    try {
      installInto(staging);
      writeFileSync(join(staging, '.complete'), new Date().toISOString() + '\n');
      if (existsSync(marker)) {
        rmSync(staging, { recursive: true, force: true }); // another run finished first
      } else {
        rmSync(installDir, { recursive: true, force: true }); // an incomplete leftover
        renameSync(staging, installDir);
      }
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
    say('install complete');
  } else {
    say(`using cached code-server@${CODE_SERVER_VERSION} from ${installDir}`);
  }
  const codeServerEntry = join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const require = createRequire(join(installDir, 'package.json'));
  const playwright = require('playwright-core');
  return { codeServerEntry, playwright };
}

function installInto(dir) {
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp, { recursive: true });

  // @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds this cached
  // archive in $TMPDIR; pack Debian's /usr/bin/rg into it so the install works offline.
  const target = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[arch()];
  if (!target) throw new HarnessError(`unsupported architecture ${arch()}`);
  const rgCache = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  mkdirSync(rgCache, { recursive: true });
  const tar = spawnSync('tar', ['czf', join(rgCache, `ripgrep-${RIPGREP_ASSET_VERSION}-${target}.tar.gz`), '-C', '/usr/bin', 'rg'], { encoding: 'utf8' });
  if (tar.status !== 0) throw new HarnessError(`could not pack /usr/bin/rg: ${tar.stderr}`);

  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'planwright-vscode-test-cache',
        private: true,
        description: 'VS Code (code-server) and playwright-core for scripts/test-vscode.mjs',
        dependencies: { 'code-server': CODE_SERVER_VERSION, 'playwright-core': PLAYWRIGHT_VERSION },
      },
      null,
      2,
    ) + '\n',
  );

  // npm 11 runs no dependency install scripts unless allowed, and code-server needs
  // them: its own postinstall runs nested `npm install`s in lib/vscode and
  // lib/vscode/extensions, whose dependencies build native modules (node-pty, kerberos,
  // spdlog, @parcel/watcher, native-watchdog, argon2...) and fetch rg. Those nested
  // projects have no allowScripts field, and npm passes its settings to them as
  // npm_config_* variables, where an allow-scripts list is refused ("--allow-scripts is
  // not allowed in project-scoped installs"). So this one install, of a pinned version
  // with a shrinkwrap, into a cache folder of its own, allows all install scripts.
  const env = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_dangerously_allow_all_scripts: 'true',
    npm_config_unsafe_perm: 'true', // code-server's postinstall refuses root otherwise
    npm_config_yes: 'true', // a nested `npx node-gyp` would otherwise wait for a TTY
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  // node-gyp builds against this Node's own headers when they are installed (Debian's
  // nodejs ships them in /usr/include/node) instead of downloading them.
  const nodePrefix = dirname(dirname(process.execPath));
  if (!env.npm_config_nodedir && existsSync(join(nodePrefix, 'include', 'node', 'common.gypi'))) env.npm_config_nodedir = nodePrefix;
  const log = join(dir, 'install.log');
  const npm = spawnSync('npm', ['install', '--foreground-scripts', '--no-package-lock'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  writeFileSync(log, `${npm.stdout ?? ''}\n${npm.stderr ?? ''}`);
  const tail = () => readFileSync(log, 'utf8').trim().split('\n').slice(-25).join('\n');
  if (npm.status !== 0) throw new HarnessError(`npm install of code-server failed (exit ${npm.status}):\n${tail()}`);

  const vscodeDir = join(dir, 'node_modules', 'code-server', 'lib', 'vscode');
  const expected = [
    join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'),
    join(vscodeDir, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node'),
    join(vscodeDir, 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
    join(vscodeDir, 'node_modules', 'kerberos', 'build', 'Release', 'kerberos.node'),
    join(vscodeDir, 'extensions', 'node_modules', 'typescript'),
    join(dir, 'node_modules', 'playwright-core', 'package.json'),
  ];
  const absent = expected.filter((path) => !existsSync(path));
  if (absent.length > 0) {
    throw new HarnessError(`code-server install is incomplete (missing ${absent.map((p) => p.slice(dir.length + 1)).join(', ')}):\n${tail()}`);
  }
  rmSync(tmp, { recursive: true, force: true });
}
