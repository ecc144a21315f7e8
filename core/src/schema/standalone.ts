import standaloneCode from 'ajv/dist/standalone';
import { createAjv, rootId, SCHEMA_NAMES, type SchemaFiles } from './compile';

/**
 * The source of a CommonJS module exporting `precompiledValidators` (a
 * `PrecompiledValidators`) for these schema files: ajv's standalone code
 * for both validator sets, each in its own scope. The module `require`s
 * ajv's small run-time helpers and `../model/dates`, so it must be bundled
 * (or evaluated) from core/src/schema. Used by the build
 * (scripts/precompiled.mjs); never at run time.
 */
export function standaloneValidatorsModule(files: SchemaFiles): string {
  const refs = Object.fromEntries(SCHEMA_NAMES.map((name) => [name, rootId(name)]));
  const set = (allErrors: boolean): string => {
    const code = standaloneCode(createAjv(files, allErrors, true), refs);
    return `(function () {\nconst exports = {};\n${code}\nreturn exports;\n})()`;
  };
  return [
    '// Generated at build time from schemas/ by ajv standalone code generation: do not edit.',
    '"use strict";',
    `const detailed = ${set(true)};`,
    `const firstError = ${set(false)};`,
    `const schemas = ${JSON.stringify(files)};`,
    'exports.precompiledValidators = { schemas, detailed, firstError };',
    '',
  ].join('\n');
}
