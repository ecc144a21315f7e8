import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const REPO = resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
const TARBALL = join(REPO, 'dist', `planwright-${manifest.version}.tgz`);

interface PackedManifest {
  name: string;
  private?: boolean;
  main: string;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
  engines: Record<string, string>;
  exports: Record<string, unknown>;
}

function npm(args: readonly string[], cwd: string) {
  const result = spawnSync('npm', [...args], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (result.error) throw result.error;
  return result;
}

/**
 * The npm package as a user gets it: `npm run pack:cli` writes the tarball,
 * which is installed into an empty folder outside the repository, offline
 * (it has no dependencies), and run from there.
 */
describe('npm package: installed from the tarball into an empty folder', function () {
  this.timeout(300_000);
  let folder = '';
  let installed = '';

  before(() => {
    const pack = npm(['run', '--silent', 'pack:cli'], REPO);
    assert.equal(pack.status, 0, pack.stderr);
    assert.ok(existsSync(TARBALL), `npm run pack:cli did not write ${TARBALL}`);
    folder = mkdtempSync(join(tmpdir(), 'planwright-install-'));
    writeFileSync(join(folder, 'package.json'), '{ "private": true }\n');
    const install = npm(['install', '--offline', '--no-audit', '--no-fund', TARBALL], folder);
    assert.equal(install.status, 0, install.stderr);
    installed = join(folder, 'node_modules', 'planwright');
    cpSync(join(REPO, 'examples', 'anyshire'), join(folder, 'plans', 'anyshire'), { recursive: true });
  });
  after(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const run = (bin: string, args: readonly string[]) => spawnSync(process.execPath, [join(folder, 'node_modules', '.bin', bin), ...args], { cwd: folder, encoding: 'utf8' });

  it('installs one package: the bundles carry every runtime dependency', () => {
    assert.deepEqual(readdirSync(join(folder, 'node_modules')).filter((name) => !name.startsWith('.')), ['planwright']);
    const packed = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as PackedManifest;
    assert.equal(packed.name, 'planwright');
    assert.equal(packed.private, undefined);
    assert.equal(packed.dependencies, undefined);
    assert.deepEqual(Object.keys(packed.bin).sort(), ['planwright', 'planwright-language-server']);
    assert.ok(packed.engines['node'], 'engines.node is set');
    assert.equal(packed.main, './dist/index.js');
    assert.ok(!existsSync(join(installed, 'dist', 'client.js')), 'the VS Code entry is not in the npm package');
  });

  it('ships bundles, catalogs and schemas, not sources, tests or examples', () => {
    const top = readdirSync(installed).sort();
    assert.deepEqual(top, ['CHANGELOG.md', 'LICENSE', 'README.md', 'bin', 'catalogs', 'dist', 'package.json', 'schemas', 'types']);
    assert.deepEqual(readdirSync(join(installed, 'dist')).sort(), ['cli.js', 'index.js', 'server.js']);
    assert.ok(readdirSync(join(installed, 'catalogs')).includes('ltp-2019.catalog.yaml'));
    assert.ok(readdirSync(join(installed, 'schemas')).includes('plan.schema.json'));
  });

  it('runs `planwright --version` and checks a plan from the installed package', () => {
    const version = run('planwright', ['--version']);
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), manifest.version);
    const check = run('planwright', ['check', 'plans/anyshire', '--format', 'json']);
    assert.equal(check.status, 1, check.stderr);
    const report = JSON.parse(check.stdout) as { findings: { ruleId: string; file: string }[]; plans: { framework: string }[] };
    assert.equal(report.plans[0]?.framework, 'ltp-2019');
    assert.ok(report.findings.some((f) => f.ruleId === 'unknown-commitment' && f.file.startsWith('plans/anyshire/')));
  });

  it('offers the engine as a library entry (require("planwright"))', () => {
    const script = `const p = require('planwright'); const run = p.checkPlans(['plans/anyshire']); run.then((r) => console.log(JSON.stringify({ rules: p.RULE_IDS.length, plans: r.reports.length, findings: r.reports[0].findings.length })));`;
    const result = spawnSync(process.execPath, ['-e', script], { cwd: folder, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const out = JSON.parse(result.stdout) as { rules: number; plans: number; findings: number };
    assert.equal(out.plans, 1);
    assert.ok(out.rules > 10 && out.findings > 0, result.stdout);
    assert.ok(existsSync(join(installed, 'types', 'host', 'src', 'library.d.ts')), 'type declarations ship with the library entry');
  });

  /** Starts the server as `command args` and returns its initialize answer (then shuts it down). */
  const initializeOver = async (command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env) => {
    const server = spawn(command, [...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.listen();
    try {
      const uri = pathToFileURL(join(folder, 'plans')).href;
      const result = await connection.sendRequest<{ capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } }>('initialize', {
        processId: process.pid,
        rootUri: uri,
        workspaceFolders: [{ uri, name: 'plans' }],
        capabilities: {},
      });
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      return result;
    } finally {
      connection.dispose();
      server.kill();
    }
  };

  it('starts the language server from the installed package and answers initialize over stdio', async () => {
    const result = await initializeOver(process.execPath, [join(folder, 'node_modules', '.bin', 'planwright-language-server'), '--stdio'], folder);
    assert.ok(result.capabilities['textDocumentSync'] !== undefined, JSON.stringify(result));
    for (const feature of ['hoverProvider', 'inlayHintProvider', 'documentLinkProvider', 'renameProvider', 'executeCommandProvider']) assert.ok(result.capabilities[feature], `${feature} in ${JSON.stringify(result.capabilities)}`);
  });

  it('starts with `npx planwright-language-server --stdio` after `npm i -g planwright`, as the editor recipes do', async () => {
    // A global install, offline, into a private global prefix (npm_config_prefix, which npx reads too);
    // npm_config_yes=false forbids npx to fetch anything, so only the installed package can answer.
    const prefix = join(folder, 'global');
    const install = npm(['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, TARBALL], folder);
    assert.equal(install.status, 0, install.stderr);
    const elsewhere = mkdtempSync(join(tmpdir(), 'planwright-editor-'));
    try {
      const env = { ...process.env, PATH: `${join(prefix, 'bin')}${delimiter}${process.env['PATH'] ?? ''}`, npm_config_prefix: prefix, npm_config_yes: 'false', npm_config_update_notifier: 'false' };
      const result = await initializeOver('npx', ['planwright-language-server', '--stdio'], elsewhere, env);
      assert.equal(result.serverInfo?.name, 'planwright');
      assert.ok(result.capabilities['renameProvider'], JSON.stringify(result.capabilities));
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
