/**
 * The core names files by URI strings ("file:///plans/anyshire/plan.yaml")
 * and works on them as text, so it runs anywhere (Node, a browser, a test).
 */

/** The folder part of a URI, ending in "/". */
export function dirname(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

/** The decoded last segment of a URI. */
export function basename(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** Resolves a relative path written in a plan file (e.g. "../shared/x.catalog.yaml") against a folder URI. */
export function resolvePath(folderUri: string, relative: string): string {
  const schemeEnd = folderUri.indexOf('//') + 2;
  const authorityEnd = folderUri.indexOf('/', schemeEnd);
  const prefix = folderUri.slice(0, authorityEnd);
  const segments = folderUri.slice(authorityEnd).split('/').filter((s) => s !== '');
  for (const part of relative.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') segments.pop();
    else segments.push(encodeURIComponent(part));
  }
  return `${prefix}/${segments.join('/')}`;
}

export type FileRole = 'manifest' | 'chapter' | 'data' | 'catalog' | 'other';

/**
 * What a file is to a plan, by its name. A folder's README.md describes the
 * repository, not the plan, so it is not a chapter.
 */
export function fileRole(uri: string): FileRole {
  const name = basename(uri).toLowerCase();
  if (name === 'plan.yaml') return 'manifest';
  if (name.endsWith('.catalog.yaml')) return 'catalog';
  if (name === 'readme.md') return 'other';
  if (name.endsWith('.md')) return 'chapter';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'data';
  return 'other';
}

/** A URI relative to a folder URI, decoded, for messages; the URI itself when outside it. */
export function relativeTo(folderUri: string, uri: string): string {
  if (!uri.startsWith(folderUri)) return uri;
  try {
    return decodeURIComponent(uri.slice(folderUri.length));
  } catch {
    return uri.slice(folderUri.length);
  }
}
