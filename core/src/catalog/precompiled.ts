import type { CatalogSnapshot } from './snapshot';

/**
 * The build replaces this module with the built-in catalogs read ahead of
 * time from catalogs/ (scripts/precompiled.mjs), so that bundled code does
 * not parse them at start-up. Unbundled code (the compiled tests) gets
 * undefined here, and the engine parses the catalog files instead.
 */
export const precompiledCatalogs: readonly CatalogSnapshot[] | undefined = undefined;
