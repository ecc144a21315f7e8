import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Finding } from '../../../core/src/index';
import { UsageError } from '../io';
import { Fingerprints } from './fingerprint';

/**
 * A baseline: the findings a plan already had when a team adopted Planwright,
 * so that only new ones fail the check (the model is ESLint's bulk
 * suppressions). Entries are keyed by file (relative to the baseline file),
 * rule and fingerprint (the finding's message and line text, not its line
 * number), with a count for identical findings.
 *
 * ```json
 * { "version": 1, "files": { "plans/x/finance.md": { "finance-balance": [ { "fingerprint": "…", "count": 1, "message": "…" } ] } } }
 * ```
 */
export interface BaselineFile {
  readonly version: 1;
  readonly files: Record<string, Record<string, BaselineEntry[]>>;
}

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly count: number;
  /** The message when recorded, for people reviewing the file. */
  readonly message: string;
}

export interface BaselineMatch {
  readonly counted: Finding[];
  readonly baselined: Finding[];
  /** Entries no finding matched any more (fixed, or changed), as `file: rule: message`. */
  readonly stale: string[];
}

/** The findings a baseline can hold: those that count (errors and warnings). */
export function baselinable(finding: Finding): boolean {
  return finding.severity === 'error' || finding.severity === 'warning';
}

export function readBaseline(path: string): BaselineFile {
  if (!existsSync(path)) throw new UsageError(`no baseline at ${path}: create it with --update-baseline`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`the baseline ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const { version, files } = (parsed ?? {}) as { version?: unknown; files?: unknown };
  if (version !== 1 || typeof files !== 'object' || files === null || Array.isArray(files)) {
    throw new UsageError(`the baseline ${path} is not a Planwright baseline (expected { "version": 1, "files": { ... } })`);
  }
  return parsed as BaselineFile;
}

/** Splits findings into those the baseline records and those it does not; lists entries left unmatched. */
export function matchBaseline(findings: readonly Finding[], baseline: BaselineFile, baselinePath: string, inScope: (uri: string) => boolean): BaselineMatch {
  const folder = dirname(resolve(baselinePath));
  const fingerprints = new Fingerprints();
  const remaining = new Map<string, number>();
  for (const [file, rules] of Object.entries(baseline.files)) {
    for (const [rule, entries] of Object.entries(rules)) {
      for (const entry of Array.isArray(entries) ? entries : []) remaining.set(key(file, rule, entry.fingerprint), (remaining.get(key(file, rule, entry.fingerprint)) ?? 0) + entry.count);
    }
  }
  const counted: Finding[] = [];
  const baselined: Finding[] = [];
  for (const finding of findings) {
    const k = key(fileKey(finding.uri, folder), finding.ruleId, fingerprints.of(finding));
    const left = remaining.get(k) ?? 0;
    if (baselinable(finding) && left > 0) {
      remaining.set(k, left - 1);
      baselined.push(finding);
    } else {
      counted.push(finding);
    }
  }
  const stale: string[] = [];
  for (const [file, rules] of Object.entries(baseline.files)) {
    if (!inScope(pathToFileURL(resolve(folder, file)).href)) continue;
    for (const [rule, entries] of Object.entries(rules)) {
      for (const entry of Array.isArray(entries) ? entries : []) {
        const k = key(file, rule, entry.fingerprint);
        const left = remaining.get(k) ?? 0;
        if (left <= 0) continue;
        remaining.set(k, 0);
        stale.push(`${file}: ${rule}: ${entry.message}${left > 1 ? ` (×${left})` : ''}`);
      }
    }
  }
  return { counted, baselined, stale };
}

/**
 * The baseline recording these findings. Entries for files outside the
 * checked paths are kept as they were; entries inside them are replaced, so
 * fixed findings are pruned.
 */
export function updatedBaseline(findings: readonly Finding[], previous: BaselineFile | undefined, baselinePath: string, inScope: (uri: string) => boolean): BaselineFile {
  const folder = dirname(resolve(baselinePath));
  const fingerprints = new Fingerprints();
  const files: Record<string, Record<string, BaselineEntry[]>> = {};
  for (const [file, rules] of Object.entries(previous?.files ?? {})) {
    if (!inScope(pathToFileURL(resolve(folder, file)).href)) files[file] = rules;
  }
  for (const finding of findings.filter(baselinable)) {
    const file = fileKey(finding.uri, folder);
    const rules = (files[file] ??= {});
    const entries = (rules[finding.ruleId] ??= []);
    const fingerprint = fingerprints.of(finding);
    const index = entries.findIndex((e) => e.fingerprint === fingerprint);
    const existing = entries[index];
    if (existing) entries[index] = { ...existing, count: existing.count + 1 };
    else entries.push({ fingerprint, count: 1, message: finding.message });
  }
  return { version: 1, files: sortKeys(files) };
}

export function baselineText(baseline: BaselineFile): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** How many findings a baseline records. */
export function baselineSize(baseline: BaselineFile): number {
  return Object.values(baseline.files).reduce((sum, rules) => sum + Object.values(rules).reduce((n, entries) => n + entries.reduce((m, e) => m + e.count, 0), 0), 0);
}

function fileKey(uri: string, folder: string): string {
  const path = uri.startsWith('file:') ? relative(folder, fileURLToPath(uri)) : uri;
  return sep === '/' ? path : path.split(sep).join('/');
}

function key(file: string, rule: string, fingerprint: string): string {
  return `${file}\0${rule}\0${fingerprint}`;
}

function sortKeys(files: Record<string, Record<string, BaselineEntry[]>>): Record<string, Record<string, BaselineEntry[]>> {
  const sorted: Record<string, Record<string, BaselineEntry[]>> = {};
  for (const file of Object.keys(files).sort()) {
    const rules: Record<string, BaselineEntry[]> = {};
    for (const rule of Object.keys(files[file] ?? {}).sort()) rules[rule] = [...(files[file]?.[rule] ?? [])].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1));
    sorted[file] = rules;
  }
  return sorted;
}
