import { SchemaSet, type SchemaFiles } from '../schema/schema-set';
import { parseCatalog } from './parse-catalog';
import { textDigest } from './snapshot';
import { readWordList } from './word-list';

/** A built-in catalog file: its name in catalogs/ and its text. */
export interface CatalogFile {
  readonly name: string;
  readonly text: string;
}

/**
 * The source of a CommonJS module exporting `precompiledCatalogs` (an array
 * of `CatalogSnapshot`) for the given built-in catalog files, and
 * `precompiledWordList` (a `WordListSnapshot`, or undefined) for the
 * plain-language word list's text. A catalog or word list with problems
 * gets no snapshot, so the engine still reads it, and reports them, at run
 * time. Used by the build (scripts/precompiled.mjs); never at run time.
 */
export function catalogSnapshotsModule(files: readonly CatalogFile[], schemas: SchemaFiles, wordList?: string): string {
  const set = new SchemaSet(schemas);
  const snapshots = files.flatMap(({ name, text }) => {
    const parsed = parseCatalog('', text, set, true);
    return parsed.catalog && parsed.document.problems.length === 0 ? [`{ name: ${JSON.stringify(name)}, digest: ${JSON.stringify(textDigest(text))}, catalog: ${jsLiteral(parsed.catalog)} }`] : [];
  });
  return [
    '// Generated at build time from catalogs/: do not edit.',
    '"use strict";',
    `exports.precompiledCatalogs = [\n${snapshots.join(',\n')}\n];`,
    `exports.precompiledWordList = ${wordList === undefined ? 'undefined' : wordListLiteral(wordList, set)};`,
    '',
  ].join('\n');
}

/** The word list's snapshot as a literal, or `undefined` when the list has a problem (the engine then reports it). */
function wordListLiteral(text: string, schemas: SchemaSet): string {
  try {
    return jsLiteral({ digest: textDigest(text), terms: readWordList({ uri: '', text }, schemas) });
  } catch {
    return 'undefined';
  }
}

/**
 * JavaScript source that evaluates to a copy of `value`: plain objects,
 * arrays, Maps, strings, finite numbers, booleans, null and undefined
 * (kept, unlike JSON, so that the copy is exactly what the parser made).
 */
export function jsLiteral(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a literal`);
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (Array.isArray(value)) return `[${value.map(jsLiteral).join(',')}]`;
  if (value instanceof Map) return `new Map([${[...value].map(([key, item]) => `[${jsLiteral(key)},${jsLiteral(item)}]`).join(',')}])`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${jsLiteral(item)}`).join(',')}}`;
  }
  throw new Error(`cannot write a ${typeof value} as a literal`);
}
