import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyEdits, language } from '../../../core/src/index';
import { loadEngine, loadProject } from '../../../host/src/index';

export interface FixedFile {
  /** The file's URI. */
  readonly uri: string;
  /** What was changed, one line per fix (the quick fix's title and where). */
  readonly changes: readonly string[];
}

/**
 * Applies the preferred quick fix of every finding in the named paths and
 * writes the files changed. Only files the paths name are written (a fix that
 * would also edit another file is left out); each is written whole to a
 * temporary file in its folder and renamed over the original, so a file is
 * never left half-written.
 */
export function applyFixes(paths: readonly string[], inScope: (uri: string) => boolean): FixedFile[] {
  const { project } = loadProject(loadEngine(), paths);
  const fixed: FixedFile[] = [];
  for (const root of project.roots()) {
    const fixes = language.preferredFixes(project, root).filter((fix) => fix.edits.every((edit) => inScope(edit.uri)));
    for (const [uri, edits] of language.editsByFile(fixes)) {
      const path = fileURLToPath(uri);
      const before = readFileSync(path, 'utf8');
      const after = applyEdits(before, edits);
      if (after === before) continue;
      writeAtomically(path, after);
      // Where in this file: the finding's line when it is about this file, else the fix's first edit here (a rename).
      const changes = fixes.flatMap((fix) => {
        const here = fix.edits.find((edit) => edit.uri === uri);
        if (!here) return [];
        const line = fix.finding.uri === uri ? fix.finding.range.start.line : here.range.start.line;
        return [`line ${line + 1}: ${fix.title} (${fix.finding.ruleId})`];
      });
      fixed.push({ uri, changes });
    }
  }
  return fixed;
}

function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.planwright-fix`);
  writeFileSync(temporary, text, { mode: statSync(path).mode });
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
