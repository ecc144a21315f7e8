import type { PrecompiledValidators } from './compile';

/**
 * The build replaces this module with validators compiled ahead of time
 * from schemas/ (scripts/precompiled.mjs, an esbuild plugin every bundle
 * uses), so bundled code neither compiles schemas nor generates code from
 * strings at start-up. Unbundled code (the compiled tests) gets undefined
 * here, and the engine compiles the schemas at run time instead.
 */
export const precompiledValidators: PrecompiledValidators | undefined = undefined;
