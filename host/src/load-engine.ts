import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Engine, precompiledCatalogs, precompiledValidators, precompiledWordList, type EngineOptions, type SchemaFiles, type SourceText } from '../../core/src/index';
import { packageRoot } from './package-root';

/**
 * Builds the engine from the schemas and built-in catalogs shipped with
 * Planwright. Bundles carry validators compiled from the schemas, and the
 * catalogs and word list already read, at build time; each is used while
 * its file is unchanged.
 */
export function loadEngine(root: string = packageRoot(), prepared: PreparedParts = BUNDLED): Engine {
  const schemas = readSchemaFiles(root);
  const builtinCatalogs = readBuiltinCatalogs(root);
  const wordList = join(root, 'catalogs', 'plain-language.yaml');
  const plainLanguage = { uri: pathToFileURL(wordList).href, text: readFileSync(wordList, 'utf8') };
  return new Engine({ schemas, builtinCatalogs, plainLanguage, ...prepared });
}

/** What the build prepares ahead of time (scripts/precompiled.mjs). */
export type PreparedParts = Pick<EngineOptions, 'validators' | 'catalogSnapshots' | 'wordListSnapshot'>;

/** The parts a bundle carries (undefined in unbundled code). */
const BUNDLED: PreparedParts = { validators: precompiledValidators, catalogSnapshots: precompiledCatalogs, wordListSnapshot: precompiledWordList };

/** The built-in catalog files (`catalogs/*.catalog.yaml`), by name (scripts/precompiled.mjs lists them the same way). */
export function readBuiltinCatalogs(root: string = packageRoot()): SourceText[] {
  const catalogDir = join(root, 'catalogs');
  return readdirSync(catalogDir)
    .filter((n) => n.endsWith('.catalog.yaml'))
    .sort()
    .map((name) => {
      const path = join(catalogDir, name);
      return { uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') };
    });
}

/** The `*.schema.json` files of the package's schemas/ folder, by file name (scripts/precompiled.mjs reads them the same way). */
export function readSchemaFiles(root: string = packageRoot()): SchemaFiles {
  const schemaDir = join(root, 'schemas');
  const schemas: Record<string, object> = {};
  for (const name of readdirSync(schemaDir).filter((n) => n.endsWith('.schema.json')).sort()) {
    schemas[name] = JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as object;
  }
  return schemas;
}
