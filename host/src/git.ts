import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PlanProject, planDigest, planReport, type Engine, type PlanVersion } from '../../core/src/index';
import { insidePlans } from './loader/discover';
import { decodeText } from './loader/read-text';

/** A problem reading from git, worded for the user (not a repository, unknown revision, no git). */
export class GitError extends Error {}

const MAX_BUFFER = 512 * 1024 * 1024;

function git(cwd: string, args: readonly string[], input?: string): { status: number | null; stdout: Buffer; stderr: string } {
  const result = spawnSync('git', [...args], { cwd, maxBuffer: MAX_BUFFER, ...(input !== undefined ? { input } : {}) });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new GitError(code === 'ENOENT' ? 'git is not installed (or not on the PATH): it is needed to read an earlier version' : `git could not run: ${result.error.message}`);
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** The top folder of the git work tree holding `cwd`. */
export function gitTopLevel(cwd: string): string {
  const result = git(cwd, ['rev-parse', '--show-toplevel']);
  if (result.status !== 0) throw new GitError(`${cwd} is not inside a git repository: --base compares with a git revision`);
  return result.stdout.toString('utf8').trim();
}

/** The commit a branch, tag or commit name stands for; a clear error when there is none. */
export function resolveCommit(top: string, revision: string): string {
  if (revision.trim() === '' || revision.startsWith('-')) throw new GitError(`"${revision}" is not a revision: name a branch, tag or commit`);
  const result = git(top, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  if (result.status !== 0) throw new GitError(`unknown revision "${revision}": no branch, tag or commit of that name in this repository`);
  return result.stdout.toString('utf8').trim();
}

/** Branches and tags, for a picker. */
export interface GitRef {
  readonly name: string;
  readonly kind: 'branch' | 'tag' | 'remote';
}

export function listRefs(top: string): GitRef[] {
  const result = git(top, ['for-each-ref', '--format=%(refname)', 'refs/heads', 'refs/tags', 'refs/remotes']);
  if (result.status !== 0) return [];
  return result.stdout
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((ref): GitRef[] => {
      if (ref.startsWith('refs/heads/')) return [{ name: ref.slice(11), kind: 'branch' }];
      if (ref.startsWith('refs/tags/')) return [{ name: ref.slice(10), kind: 'tag' }];
      if (ref.startsWith('refs/remotes/') && !ref.endsWith('/HEAD')) return [{ name: ref.slice(13), kind: 'remote' }];
      return [];
    });
}

const PLAN_FILE = /\.(md|ya?ml)$/i;

/**
 * The Markdown and YAML files of a commit (path relative to the top → bytes),
 * skipping hidden and node_modules folders as the file search does. Read
 * with `git ls-tree` and `git cat-file --batch`: the work tree, the index and
 * HEAD are left as they are.
 */
export function readCommitFiles(top: string, commit: string): Map<string, Uint8Array> {
  const tree = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit]);
  if (tree.status !== 0) throw new GitError(`cannot list the files of ${commit}: ${tree.stderr.trim()}`);
  const wanted: { path: string; oid: string }[] = [];
  for (const entry of tree.stdout.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type, oid] = entry.slice(0, tab).split(' ');
    const path = entry.slice(tab + 1);
    if (type !== 'blob' || !oid || !PLAN_FILE.test(path)) continue;
    const folders = path.split('/').slice(0, -1);
    if (folders.some((f) => f.startsWith('.') || f === 'node_modules')) continue;
    wanted.push({ path, oid });
  }
  const files = new Map<string, Uint8Array>();
  if (wanted.length === 0) return files;
  const batch = git(top, ['cat-file', '--batch'], `${wanted.map((w) => w.oid).join('\n')}\n`);
  if (batch.status !== 0) throw new GitError(`cannot read the files of ${commit}: ${batch.stderr.trim()}`);
  const out = batch.stdout;
  let offset = 0;
  for (const { path } of wanted) {
    const newline = out.indexOf(0x0a, offset);
    if (newline < 0) break;
    const header = out.subarray(offset, newline).toString('utf8').split(' ');
    const size = Number(header[2]);
    if (header[1] !== 'blob' || !Number.isInteger(size)) throw new GitError(`unexpected answer from git cat-file for ${path}`);
    files.set(path, out.subarray(newline + 1, newline + 1 + size));
    offset = newline + 1 + size + 1;
  }
  return files;
}

/**
 * The plans of a commit, analysed as if they were in the work tree (the same
 * file URIs), so they line up with the current plans: reports with digests
 * for the plans in or holding the scopes.
 */
export function revisionReports(engine: Engine, top: string, commit: string, scopes: readonly string[]): PlanVersion[] {
  const files = readCommitFiles(top, commit);
  const absolute = new Map([...files].map(([path, bytes]) => [join(top, ...path.split('/')), bytes]));
  const project = new PlanProject(engine);
  for (const path of insidePlans([...absolute.keys()]).sort()) {
    const uri = pathToFileURL(path).href;
    const read = decodeText(absolute.get(path) ?? new Uint8Array());
    if (read.ok) project.setFile(uri, read.text);
    else project.setUnreadable(uri, read.reason);
  }
  return project
    .roots()
    .filter((root) => scopes.some((scope) => root.startsWith(scope) || scope.startsWith(root)))
    .map((root) => {
      const analysis = project.analyze(root);
      return { ...planReport(analysis), digest: planDigest(analysis) };
    });
}
