import { lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';

/** Folders never searched for plan files (besides hidden ones such as .git). */
const SKIPPED = new Set(['node_modules']);

const PLAN_FILE = /\.(md|ya?ml)$/i;

/**
 * Every Markdown and YAML name under a folder, skipping dependency and VCS
 * folders. Linked folders are never entered (so link loops cannot arise);
 * links and folders with a plan file's name are listed, so that reading them
 * reports why they are not read instead of passing over them in silence.
 */
export function listPlanFiles(folder: string): string[] {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const planName = PLAN_FILE.test(entry.name);
      if (entry.isDirectory()) {
        if (entry.name.toLowerCase() === 'plan.yaml') found.push(path);
        else if (!SKIPPED.has(entry.name) && !entry.name.startsWith('.')) pending.push(path);
      } else if (planName && (entry.isFile() || entry.isSymbolicLink())) {
        found.push(path);
      }
    }
  }
  return found.sort();
}

/** The nearest folder at or above `path` holding plan.yaml (a file, or anything else by that name, which is then reported). */
export function enclosingPlanRoot(path: string): string | undefined {
  let dir = resolve(path);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  for (;;) {
    if (exists(join(dir, 'plan.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Whether anything is there by that name, a dangling link included. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
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
