import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffPlans, formatDiffMarkdown, planDigest, planReport, type PlanProject } from '../../core/src/index';
import { GitError, gitTopLevel, listRefs, resolveCommit, revisionReports } from '../../host/src/index';
import type { CompareResult, GitRefsResult } from './protocol';

function fileFolders(folders: readonly string[]): string[] {
  return folders.filter((f) => f.startsWith('file:')).map((f) => (f.endsWith('/') ? f : `${f}/`));
}

/**
 * The plans of each workspace folder as the editor holds them (unsaved
 * edits included) against the same plans at a git revision, as Markdown.
 */
export function compareWithRevision(project: PlanProject, folders: readonly string[], base: string): CompareResult {
  const scopes = fileFolders(folders);
  if (scopes.length === 0) return { error: 'open a folder to compare its plans with a git revision' };
  const parts: string[] = [];
  try {
    for (const scope of scopes) {
      const path = fileURLToPath(scope);
      const top = gitTopLevel(path);
      const commit = resolveCommit(top, base);
      const before = revisionReports(project.engine, top, commit, [scope]);
      const after = project
        .analyzeAll()
        .filter((analysis) => analysis.root.startsWith(scope))
        .map((analysis) => ({ ...planReport(analysis), digest: planDigest(analysis) }));
      const display = (uri: string) => (uri.startsWith('file:') ? relative(path, fileURLToPath(uri)).split(sep).join('/') : uri);
      parts.push(formatDiffMarkdown(diffPlans(before, after), { base, commit }, display));
    }
  } catch (error) {
    if (error instanceof GitError) return { error: error.message };
    throw error;
  }
  return { markdown: parts.join('\n') };
}

/** Branches and tags of the first workspace folder's repository (none outside a repository). */
export function gitRefs(folders: readonly string[]): GitRefsResult {
  const [scope] = fileFolders(folders);
  if (!scope) return { refs: [] };
  try {
    return { refs: listRefs(gitTopLevel(fileURLToPath(scope))) };
  } catch (error) {
    if (error instanceof GitError) return { refs: [] };
    throw error;
  }
}
