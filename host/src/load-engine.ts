import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Engine, precompiledValidators, type SchemaFiles } from '../../core/src/index';
import { packageRoot } from './package-root';

/**
 * Builds the engine from the schemas and built-in catalogs shipped with
 * Planwright. Bundles carry validators compiled from the schemas at build
 * time; they are used when the schema files are still the same.
 */
export function loadEngine(root: string = packageRoot()): Engine {
  const schemas = readSchemaFiles(root);
  const catalogDir = join(root, 'catalogs');
  const builtinCatalogs = readdirSync(catalogDir)
    .filter((n) => n.endsWith('.catalog.yaml'))
    .sort()
    .map((name) => {
      const path = join(catalogDir, name);
      return { uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') };
    });
  const wordList = join(catalogDir, 'plain-language.yaml');
  const plainLanguage = { uri: pathToFileURL(wordList).href, text: readFileSync(wordList, 'utf8') };
  return new Engine({ schemas, validators: precompiledValidators, builtinCatalogs, plainLanguage });
}

/** The `*.schema.json` files of the package's schemas/ folder, by file name (scripts/validators.mjs reads them the same way). */
export function readSchemaFiles(root: string = packageRoot()): SchemaFiles {
  const schemaDir = join(root, 'schemas');
  const schemas: Record<string, object> = {};
  for (const name of readdirSync(schemaDir).filter((n) => n.endsWith('.schema.json')).sort()) {
    schemas[name] = JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as object;
  }
  return schemas;
}
