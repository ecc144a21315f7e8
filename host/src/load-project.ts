import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PlanProject, type Engine } from '../../core/src/index';
import { enclosingPlanRoot, listPlanFiles } from './discover';
import { readText } from './read-text';

export interface LoadedProject {
  readonly project: PlanProject;
  /** URI prefixes (files or folders) whose findings the user asked for. */
  readonly scopes: readonly string[];
  /** Paths that do not exist or hold no plan, with the reason. */
  readonly errors: readonly string[];
  readonly fileCount: number;
}

/**
 * Loads the plans that the given paths name: a folder means every plan at or
 * under it (and the plan it sits in); a file means its plan, with findings
 * limited to that file.
 */
export function loadProject(engine: Engine, paths: readonly string[], onFile?: (count: number) => void): LoadedProject {
  const project = new PlanProject(engine);
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
  let count = 0;
  const seen = new Set<string>();
  for (const folder of folders) {
    for (const file of listPlanFiles(folder)) {
      if (seen.has(file)) continue;
      seen.add(file);
      const uri = pathToFileURL(file).href;
      const read = readText(file);
      if (read.ok) project.setFile(uri, read.text);
      else project.setUnreadable(uri, read.reason);
      count++;
      onFile?.(count);
    }
  }
  // A plan may name a local catalog outside the folders being checked (e.g. ../shared/x.catalog.yaml).
  for (const root of project.roots()) {
    for (const local of project.analyze(root).context.localCatalogs) {
      if (local.found || !local.uri.startsWith('file:')) continue;
      const read = readText(fileURLToPath(local.uri));
      if (read.ok) project.setFile(local.uri, read.text);
      else if (!/does not exist/.test(read.reason)) project.setUnreadable(local.uri, read.reason);
    }
  }
  return { project, scopes, errors, fileCount: count };
}
