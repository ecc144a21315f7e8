import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PlanProject, type Engine } from '../../../core/src/index';
import { enclosingPlanRoot, listPlanFiles } from './discover';
import { PlanLoader, type LoadOptions } from './plan-loader';
import { reportDate } from '../report-date';

/** What a list of command-line paths asks for. */
export interface Targets {
  /** URI prefixes (files or folders) whose findings the user asked for. */
  readonly scopes: readonly string[];
  /** Paths that do not exist or hold no plan, with the reason. */
  readonly errors: readonly string[];
  /** The folders being checked (absolute): nothing outside them is read. */
  readonly folders: readonly string[];
  /** Every plan file to read (absolute paths, sorted, no duplicates). */
  readonly files: readonly string[];
}

/**
 * Resolves paths the way the CLI reads them: a folder means every plan at or
 * under it (and the plan it sits in); a file means its plan, with findings
 * limited to that file. Those folders are the checked folders. Relative
 * paths are read from `cwd` (the process's current folder by default);
 * errors name a path as it was given.
 */
export function resolveTargets(paths: readonly string[], options: LoadOptions = {}, cwd: string = process.cwd()): Targets {
  const scopes: string[] = [];
  const errors: string[] = [];
  const folders = new Set<string>();
  for (const given of paths) {
    const path = resolve(cwd, given);
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
  const list = [...folders].sort();
  return { scopes, errors, folders: list, files: new PlanLoader(list, options).list() };
}

export interface LoadedProject {
  readonly project: PlanProject;
  readonly scopes: readonly string[];
  readonly errors: readonly string[];
  readonly fileCount: number;
}

/**
 * Resolves the paths (relative ones from `cwd`, and named in errors as given)
 * and reads every plan they name into one project.
 */
export function loadProject(engine: Engine, paths: readonly string[], options: LoadOptions = {}, onFile?: (count: number) => void, cwd: string = process.cwd()): LoadedProject {
  const targets = resolveTargets(paths, options, cwd);
  const project = new PlanProject(engine, { today: reportDate() });
  const loader = new PlanLoader(targets.folders, options);
  const fileCount = loader.readAll(project, targets.files, onFile);
  loader.readLocalCatalogs(project);
  return { project, scopes: targets.scopes, errors: targets.errors, fileCount };
}
