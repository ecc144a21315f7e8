import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Evaluates the source of a CommonJS module the build generates (see
 * scripts/precompiled.mjs) as a bundle would run it; relative `require`s are
 * resolved against `folder`, a folder of the compiled core (e.g. "schema").
 */
export function evaluateGenerated(source: string, folder: string): Record<string, unknown> {
  const base = join(__dirname, '..', '..', 'core', 'src', folder);
  const load = createRequire(__filename);
  const exports: Record<string, unknown> = {};
  const requireFrom = (id: string): unknown => load(id.startsWith('.') ? join(base, id) : id);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the generated code is evaluated on purpose, as a bundle would contain it
  const evaluate = new Function('exports', 'require', source) as (exports: object, require: (id: string) => unknown) => void;
  evaluate(exports, requireFrom);
  return exports;
}
