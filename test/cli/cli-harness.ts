import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The repository root (this file compiles to out/test/cli/). */
export const REPO = resolve(__dirname, '..', '..', '..');
export const BIN = join(REPO, 'bin', 'planwright');
export const EXAMPLES = join(REPO, 'examples');

let built = false;

/** Bundles the CLI once per test run, so the tests exercise the current sources. */
export function buildCli(): void {
  if (built) return;
  const result = spawnSync(process.execPath, [join(REPO, 'scripts', 'build.mjs')], { cwd: REPO, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bundling the CLI failed:\n${result.stdout}\n${result.stderr}`);
  built = true;
}

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The report date the tests pin through SOURCE_DATE_EPOCH: 2026-12-04T12:00:00Z. */
export const REPORT_DATE = '2026-12-04';
const REPORT_EPOCH = String(Date.UTC(2026, 11, 4, 12) / 1000);

/**
 * Runs `node bin/planwright ...args` in `cwd`, with pipes (so not a terminal),
 * with a fixed report date and without the variables that decide colour or CI
 * behaviour (NO_COLOR, FORCE_COLOR, CI, GITHUB_STEP_SUMMARY), then with `extraEnv`.
 */
export function planwright(args: readonly string[], cwd: string = REPO, extraEnv: Readonly<Record<string, string>> = {}): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: REPORT_EPOCH };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'CI', 'GITHUB_STEP_SUMMARY', 'GITHUB_ACTIONS']) delete env[name];
  Object.assign(env, extraEnv);
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Temporary folders for fixture plans; `cleanup()` removes every one made. */
export class TempFolders {
  private readonly made: string[] = [];

  make(): string {
    const folder = mkdtempSync(join(tmpdir(), 'planwright-test-'));
    this.made.push(folder);
    return folder;
  }

  /** A new folder holding the given files (paths relative to it). */
  withFiles(files: Readonly<Record<string, string | Uint8Array>>): string {
    const folder = this.make();
    writeFiles(folder, files);
    return folder;
  }

  /** A copy of one of the example plans, with extra or replaced files. */
  copyOfExample(name: string, files: Readonly<Record<string, string | Uint8Array>> = {}): string {
    const folder = this.make();
    cpSync(join(EXAMPLES, name), join(folder, name), { recursive: true });
    writeFiles(join(folder, name), files);
    return folder;
  }

  cleanup(): void {
    for (const folder of this.made.splice(0)) rmSync(folder, { recursive: true, force: true });
  }
}

function writeFiles(folder: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(folder, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

/** A stack trace line as Node prints it ("    at fn (file.js:1:2)"). */
export const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;
