import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyExample, REPO } from './lsp-client';

/** Neovim from Debian (0.7.2) is installed when missing and we are root, as CI is. */
function ensureNeovim(): boolean {
  if (spawnSync('nvim', ['--version']).status === 0) return true;
  if (process.getuid?.() !== 0) return false;
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'neovim'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return spawnSync('nvim', ['--version']).status === 0;
}

describe('a real third-party client: Neovim\'s built-in LSP client', function () {
  this.timeout(300_000);

  it('receives diagnostics, answers hover on the example plan, and runs a catalog code lens through the server', function () {
    if (!ensureNeovim()) {
      // Without root there is no way to install Neovim; say so rather than pass silently.
      throw new Error('Neovim is not installed and cannot be installed without root: apt-get install neovim');
    }
    const example = copyExample('anyshire');
    const work = mkdtempSync(join(tmpdir(), 'planwright-nvim-'));
    try {
      const file = join(example.folder, '04-mental-health.md');
      const hoverLine = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('id: mh-talking-therapies'));
      const out = join(work, 'result.json');
      const catalog = join(REPO, 'catalogs', 'ltp-2019.catalog.yaml');
      const run = spawnSync('nvim', ['--headless', '--clean', '-u', join(REPO, 'test', 'protocol', 'neovim', 'check.lua')], {
        cwd: example.folder,
        timeout: 120_000,
        encoding: 'utf8',
        env: {
          ...process.env,
          PLANWRIGHT_NVIM_OUT: out,
          PLANWRIGHT_SERVER: join(REPO, 'bin', 'planwright-language-server'),
          PLANWRIGHT_ROOT: example.folder,
          PLANWRIGHT_FILE: file,
          PLANWRIGHT_HOVER_LINE: String(hoverLine),
          PLANWRIGHT_CATALOG: catalog,
          XDG_STATE_HOME: work,
          XDG_CACHE_HOME: work,
        },
      });
      assert.equal(run.error, undefined, `nvim did not run: ${String(run.error)}`);
      const result = JSON.parse(readFileSync(out, 'utf8')) as {
        diagnostics: { lnum: number; col: number; message: string; source: string }[];
        hover?: string;
        error?: string;
        lens?: { title: string; command: string };
        opened?: string;
        messages: string[];
      };
      assert.ok(!result.error, `Neovim reported: ${result.error ?? ''}`);
      const unknown = result.diagnostics.find((d) => d.message.includes('mh-perinatel'));
      assert.ok(unknown, `diagnostics: ${JSON.stringify(result.diagnostics)}`);
      assert.deepEqual([unknown.lnum, unknown.col], [59, 4]);
      assert.equal(unknown.source, 'planwright');
      assert.match(result.hover ?? '', /fair share:\*\* 42,194/);
      assert.equal(result.lens?.command, 'planwright.showLocations', JSON.stringify(result));
      // The server opened the first response (window/showDocument) or, where Neovim cannot, listed the places.
      const opened = result.opened !== catalog && (result.opened ?? '').startsWith(example.folder);
      assert.ok(opened || result.messages.some((m) => /^Planwright: \d+ places?: /.test(m)), JSON.stringify(result));
    } finally {
      example.cleanup();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
