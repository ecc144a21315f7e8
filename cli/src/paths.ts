import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * How a command prints file paths: relative to the current folder, except
 * under paths the user gave as absolute ones, which are printed absolute.
 */
export interface PathStyle {
  readonly cwd: string;
  /** File URIs (without a trailing slash) of the paths given as absolute. */
  readonly absolute: readonly string[];
}

/** The path style for a command line's paths. */
export function pathStyle(cwd: string, given: readonly string[]): PathStyle {
  return { cwd, absolute: given.filter((path) => isAbsolute(path)).map((path) => pathToFileURL(resolve(path)).href.replace(/\/$/, '')) };
}

/** A file URI as people read it: relative to the current folder with forward slashes (what compilers print and SARIF wants), or absolute when it was asked for so. */
export function displayPath(uri: string, style: string | PathStyle): string {
  if (!uri.startsWith('file:')) return uri;
  if (typeof style === 'string') return pathOf(uri, style);
  // A report names the same few files tens of thousands of times: each is worked out once per style.
  let known = shown.get(style);
  if (!known) shown.set(style, (known = new Map<string, string>()));
  let path = known.get(uri);
  if (path === undefined) known.set(uri, (path = pathOf(uri, style)));
  return path;
}

const shown = new WeakMap<PathStyle, Map<string, string>>();

function pathOf(uri: string, style: string | PathStyle): string {
  const { cwd, absolute } = typeof style === 'string' ? { cwd: style, absolute: [] } : style;
  const file = fileURLToPath(uri);
  const path = absolute.some((prefix) => uri === prefix || uri.startsWith(`${prefix}/`)) ? file : relative(cwd, file);
  return sep === '/' ? path : path.split(sep).join('/');
}
