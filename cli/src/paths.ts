import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file URI as a path relative to `cwd`, with forward slashes (what compilers print and SARIF wants). */
export function displayPath(uri: string, cwd: string): string {
  if (!uri.startsWith('file:')) return uri;
  const path = relative(cwd, fileURLToPath(uri));
  return sep === '/' ? path : path.split(sep).join('/');
}
