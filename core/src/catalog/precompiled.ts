import type { CatalogSnapshot, WordListSnapshot } from './snapshot';

/**
 * The build replaces this module with the built-in catalogs and the
 * plain-language word list read ahead of time from catalogs/
 * (scripts/precompiled.mjs), so that bundled code does not parse them at
 * start-up. Unbundled code gets undefined here, and the engine parses the
 * files instead (the tests' engine loads the build's copy of the module:
 * test/helpers/engine.ts).
 */
export const precompiledCatalogs: readonly CatalogSnapshot[] | undefined = undefined;

/** The plain-language word list read ahead of time (replaced by the build, as above). */
export const precompiledWordList: WordListSnapshot | undefined = undefined;
