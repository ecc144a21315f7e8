import picomatch from 'picomatch/posix';
import type { Located } from './model/types';
import { relativeTo } from './uris';

/**
 * `exclude:` globs of plan.yaml as one test on file URIs. Globs are relative
 * to the plan folder, in picomatch's syntax (`drafts/**`, `notes.md`,
 * `**\/*.draft.md`); a pattern naming a folder excludes everything in it.
 * picomatch's POSIX entry uses no Node built-in, so the core stays pure.
 */
export function excludeMatcher(root: string, globs: readonly Located<string>[]): (uri: string) => boolean {
  const patterns = globs.map((glob) => glob.value.trim().replace(/^\.\//, '').replace(/\/+$/, '')).filter((glob) => glob !== '');
  if (patterns.length === 0) return () => false;
  const matchers = patterns.map((pattern) => picomatch(pattern, { dot: true }));
  const folders = patterns.map((pattern) => picomatch(`${pattern}/**`, { dot: true }));
  return (uri) => {
    if (!uri.startsWith(root)) return false;
    const path = relativeTo(root, uri);
    if (path === 'plan.yaml') return false;
    return matchers.some((match) => match(path)) || folders.some((match) => match(path));
  };
}
