import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Folders never searched for plan files (besides hidden ones such as .git). */
const SKIPPED = new Set(['node_modules']);

const PLAN_FILE = /\.(md|ya?ml)$/i;

/** Every Markdown and YAML file under a folder, skipping dependency and VCS folders, without following symbolic links. */
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
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name) && !entry.name.startsWith('.')) pending.push(path);
      } else if (entry.isFile() && PLAN_FILE.test(entry.name)) {
        found.push(path);
      }
    }
  }
  return found.sort();
}

/** The nearest folder at or above `path` holding plan.yaml. */
export function enclosingPlanRoot(path: string): string | undefined {
  let dir = resolve(path);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  for (;;) {
    if (existsSync(join(dir, 'plan.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
