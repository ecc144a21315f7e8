import { statSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PlanProject, type Engine } from '../../core/src/index';
import { enclosingPlanRoot, listPlanFiles } from './discover';
import { readText } from './read-text';
import { reportDate } from './report-date';

/** What a list of command-line paths asks for. */
export interface Targets {
  /** URI prefixes (files or folders) whose findings the user asked for. */
  readonly scopes: readonly string[];
  /** Paths that do not exist or hold no plan, with the reason. */
  readonly errors: readonly string[];
  /** Every plan file to read (absolute paths, sorted, no duplicates). */
  readonly files: readonly string[];
}

/**
 * Resolves paths the way the CLI reads them: a folder means every plan at or
 * under it (and the plan it sits in); a file means its plan, with findings
 * limited to that file.
 */
export function resolveTargets(paths: readonly string[]): Targets {
  const scopes: string[] = [];
  const errors: string[] = [];
  const folders = new Set<string>();
  for (const given of paths) {
    const path = resolve(given);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      errors.push(`${given}: no such file or folder`);
      continue;
    }
    const root = enclosingPlanRoot(path);
    const hasPlansBelow = isDirectory && listPlanFiles(path).some((file) => basename(file) === 'plan.yaml');
    if (!root && !hasPlansBelow) {
      errors.push(`${given}: no plan here (no plan.yaml in this folder, above it or below it)`);
      continue;
    }
    if (root) folders.add(root);
    if (isDirectory) folders.add(path);
    scopes.push(isDirectory ? `${pathToFileURL(path).href}/` : pathToFileURL(path).href);
  }
  const files = new Set<string>();
  for (const folder of folders) for (const file of listPlanFiles(folder)) files.add(file);
  return { scopes, errors, files: insidePlans([...files]).sort() };
}

/**
 * The files that belong to a plan (at or below a folder holding plan.yaml),
 * and catalogs wherever they are: Markdown and YAML elsewhere in a repository
 * are not read at all.
 */
export function insidePlans(files: readonly string[]): string[] {
  const roots = planRootsOf(files).map((root) => `${root}${sep}`);
  return files.filter((file) => file.endsWith('.catalog.yaml') || roots.some((root) => file.startsWith(root)));
}

/** The folders (absolute paths) of the plan roots among some files. */
export function planRootsOf(files: readonly string[]): string[] {
  return files.filter((file) => basename(file) === 'plan.yaml').map(dirname);
}

/** Reads files into a project; unreadable ones are recorded as such. Then reads local catalogs named from outside. */
export function readInto(project: PlanProject, files: readonly string[], onFile?: (count: number) => void): number {
  let count = 0;
  for (const file of files) {
    const uri = pathToFileURL(file).href;
    const read = readText(file);
    if (read.ok) project.setFile(uri, read.text);
    else project.setUnreadable(uri, read.reason);
    count++;
    onFile?.(count);
  }
  // A plan may name a local catalog outside the folders being read (e.g. ../shared/x.catalog.yaml).
  for (const root of project.roots()) {
    for (const local of project.analyze(root).context.localCatalogs) {
      if (local.found || !local.uri.startsWith('file:')) continue;
      const read = readText(fileURLToPath(local.uri));
      if (read.ok) project.setFile(local.uri, read.text);
      else if (!/does not exist/.test(read.reason)) project.setUnreadable(local.uri, read.reason);
    }
  }
  return count;
}

export interface LoadedProject {
  readonly project: PlanProject;
  readonly scopes: readonly string[];
  readonly errors: readonly string[];
  readonly fileCount: number;
}

/** Resolves the paths and reads every plan they name into one project. */
export function loadProject(engine: Engine, paths: readonly string[], onFile?: (count: number) => void): LoadedProject {
  const targets = resolveTargets(paths);
  const project = new PlanProject(engine, { today: reportDate() });
  const fileCount = readInto(project, targets.files, onFile);
  return { project, scopes: targets.scopes, errors: targets.errors, fileCount };
}
