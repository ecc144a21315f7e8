import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyExample, REPO } from './lsp-client';

const HERE = join(REPO, 'test', 'protocol', 'emacs');

/** Emacs loads eglot, markdown-mode and yaml-mode as check.el does; the error says which is missing. */
function probe(): SpawnSyncReturns<string> {
  return spawnSync('emacs', ['--batch', '-Q', '-l', join(HERE, 'packages.el')], { encoding: 'utf8', timeout: 60_000 });
}

/** The last lines of a command's output, for an error message. */
function tail(run: SpawnSyncReturns<string>): string {
  return `${run.error ? String(run.error) : ''}${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-20).join('\n');
}

function aptGet(args: string[]): void {
  const run = spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], {
    encoding: 'utf8',
    timeout: 900_000,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed:\n${tail(run)}`);
}

/**
 * Emacs 28 with Debian's eglot 1.9, markdown-mode and yaml-mode, installed when
 * missing and we are root (as CI is): emacs-nox only when there is no Emacs at all.
 */
function ensureEmacs(): void {
  let run = probe();
  if (run.status === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Emacs with eglot, markdown-mode and yaml-mode is needed and cannot be installed without root: apt-get install emacs-nox elpa-eglot elpa-markdown-mode elpa-yaml-mode\n${tail(run)}`);
  }
  const emacs = spawnSync('emacs', ['--version']).status === 0 ? [] : ['emacs-nox'];
  aptGet(['update', '-qq']);
  aptGet(['install', '-y', '-qq', '--no-install-recommends', ...emacs, 'elpa-eglot', 'elpa-markdown-mode', 'elpa-yaml-mode']);
  run = probe();
  if (run.status !== 0) throw new Error(`Emacs still cannot load eglot, markdown-mode and yaml-mode after apt-get install:\n${tail(run)}`);
}

interface EmacsResult {
  emacs?: string;
  eglot?: string;
  mode?: string;
  command?: string[];
  serverName?: string;
  diagnostics?: { line: number; character: number; text: string; type: string; code: string | null; source: string | null }[];
  hover?: string | null;
  hoverAfterChange?: string | null;
  configurationAnswers?: unknown[][];
  definition?: { file: string; line: number };
  catalogSameServer?: boolean;
  actions?: string[];
  fixedLine?: string;
  diagnosticsAfterFix?: { line: number; character: number; code: string | null }[];
  yamlMode?: string;
  yamlSameServer?: boolean;
  warnings?: string[];
  error?: string;
}

describe('a real third-party client: Emacs eglot, set up as the README says', function () {
  this.timeout(300_000);

  it('shows diagnostics in Flymake and the hover in eldoc, sends its settings, goes to definitions and applies a quick fix', function () {
    ensureEmacs();
    const example = copyExample('anyshire');
    const work = mkdtempSync(join(tmpdir(), 'planwright-emacs-'));
    try {
      const file = join(example.folder, '04-mental-health.md');
      const hoverLine = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('id: mh-talking-therapies'));
      const out = join(work, 'result.json');
      const server = join(REPO, 'bin', 'planwright-language-server');
      const run = spawnSync('emacs', ['--batch', '-Q', '-l', join(HERE, 'check.el')], {
        cwd: example.folder,
        timeout: 180_000,
        encoding: 'utf8',
        // The one prompt (eglot-code-actions' choice) is answered with RET: its default.
        input: '\n',
        env: {
          ...process.env,
          PLANWRIGHT_EMACS_OUT: out,
          PLANWRIGHT_SERVER: server,
          PLANWRIGHT_FILE: file,
          PLANWRIGHT_PLAN_YAML: join(example.folder, 'plan.yaml'),
          PLANWRIGHT_HOVER_LINE: String(hoverLine),
        },
      });
      assert.equal(run.error, undefined, `emacs did not run: ${String(run.error)}`);
      assert.equal(run.status, 0, `emacs failed:\n${tail(run)}`);
      const result = JSON.parse(readFileSync(out, 'utf8')) as EmacsResult;
      const seen = `Emacs ${result.emacs ?? '?'}, eglot ${result.eglot ?? '?'}: ${JSON.stringify(result)}`;
      assert.ok(!result.error, `Emacs reported: ${result.error ?? ''}\n${seen}`);
      // The recipe's eglot-server-programs entry started the server for markdown-mode.
      assert.equal(result.mode, 'markdown-mode', seen);
      assert.deepEqual(result.command, ['node', server, '--stdio'], seen);
      assert.equal(result.serverName, 'planwright', seen);

      const unknown = result.diagnostics?.find((d) => d.text.includes('mh-perinatel'));
      assert.ok(unknown, `no Flymake diagnostic about mh-perinatel: ${seen}`);
      assert.deepEqual([unknown.line, unknown.character], [59, 4]);
      assert.equal(unknown.source, 'planwright');
      assert.match(unknown.text, /^planwright \[[a-z-]+\]: /, 'eglot shows the source and the rule id');

      // eglot-workspace-configuration `(:planwright (:hover (:guidance :json-false)))` reached
      // the server: the hover leaves the catalog's guidance out until the setting changes.
      assert.match(result.hover ?? '', /fair share:\*\* 42,194/, seen);
      assert.doesNotMatch(result.hover ?? '', /What a good response shows/, seen);
      assert.deepEqual(result.configurationAnswers?.[0], [{ hover: { guidance: false } }], seen);
      assert.match(result.hoverAfterChange ?? '', /What a good response shows:\*\* Give a yearly access trajectory/, seen);

      // M-. goes to the catalog entry.
      const catalog = join(REPO, 'catalogs', 'ltp-2019.catalog.yaml');
      const entry = readFileSync(catalog, 'utf8').split('\n').findIndex((l) => l === '  - id: mh-talking-therapies');
      assert.deepEqual(result.definition, { file: catalog, line: entry }, seen);
      assert.equal(result.catalogSameServer, true, `eglot-extend-to-xref keeps the catalog with the plan's server: ${seen}`);

      // M-x eglot-code-actions RET at the misspelt id applies the preferred fix; Flymake then drops the finding.
      assert.deepEqual(result.actions, ['Change to `mh-perinatal`', 'Disable unknown-commitment here (with a reason)'], seen);
      assert.equal(result.fixedLine, 'id: mh-perinatal', seen);
      const before = (result.diagnostics ?? []).filter((d) => d.code !== 'unknown-commitment').map((d) => `${d.line}:${d.character} ${d.code ?? ''}`);
      assert.ok(before.length > 0, `the chapter has other findings that stay: ${seen}`);
      assert.deepEqual(result.diagnosticsAfterFix?.map((d) => `${d.line}:${d.character} ${d.code ?? ''}`).sort(), before.sort(), seen);

      // The recipe's yaml-mode entry: plan.yaml is managed by the same server.
      assert.equal(result.yamlMode, 'yaml-mode', seen);
      assert.equal(result.yamlSameServer, true, seen);
      // Nothing for eglot to warn about (it warns, for one, about registrations it cannot take).
      assert.deepEqual(result.warnings, [], seen);
    } finally {
      example.cleanup();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
