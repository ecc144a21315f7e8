import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder of Planwright's own package.json, where the built-in catalogs
 * and schemas live. Found by walking up, so it works from the bundles in
 * dist/ and from compiled test code in out/ alike.
 */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'planwright') return dir;
      } catch {
        // Not ours; keep walking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find Planwright's package folder above ${from}`);
    dir = parent;
  }
}
