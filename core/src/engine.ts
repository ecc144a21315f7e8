import { parseCatalog } from './catalog/parse-catalog';
import { catalogFromSnapshot, snapshotFor, textDigest, type CatalogSnapshot, type WordListSnapshot } from './catalog/snapshot';
import type { Catalog } from './catalog/types';
import { readWordList, type JargonTerm } from './catalog/word-list';
import { SchemaSet, type PrecompiledValidators, type SchemaFiles } from './schema/schema-set';

export interface SourceText {
  readonly uri: string;
  readonly text: string;
}

export interface EngineOptions {
  /** The JSON Schema files by file name. */
  readonly schemas: SchemaFiles;
  /**
   * Validators compiled ahead of time from the same schemas (the build's
   * `precompiledValidators`, see core/src/schema/precompiled.ts). Without
   * them, or when they were compiled from other schemas, the engine
   * compiles the schemas itself, which needs run-time code generation.
   */
  readonly validators?: PrecompiledValidators;
  /**
   * The built-in catalogs' files (their URIs are what "go to definition"
   * opens). Where there are no files to read (a web worker), `snapshotsIn`
   * instead: every one of `catalogSnapshots` is then a built-in catalog,
   * named by the URI of the folder its file is in (ending in "/") and its
   * file name; this needs the build's `validators` too.
   */
  readonly builtinCatalogs: readonly SourceText[] | { readonly snapshotsIn: string };
  /**
   * Built-in catalogs read ahead of time (the build's `precompiledCatalogs`,
   * see core/src/catalog/precompiled.ts): a file whose text matches one is
   * not parsed again. Used only along with `validators` from the same build
   * (the snapshots were validated against those schemas).
   */
  readonly catalogSnapshots?: readonly CatalogSnapshot[];
  /** The plain-language word list (catalogs/plain-language.yaml). */
  readonly plainLanguage?: SourceText;
  /**
   * The word list read ahead of time (the build's `precompiledWordList`):
   * used, like `catalogSnapshots`, only along with the build's `validators`
   * and only while the list's text is the one it was read from.
   */
  readonly wordListSnapshot?: WordListSnapshot;
}

/**
 * What every plan is checked with: the compiled schemas and the built-in
 * catalogs. Built once per process and shared by every project.
 */
export class Engine {
  readonly schemas: SchemaSet;
  readonly builtinCatalogs: ReadonlyMap<string, Catalog>;
  readonly jargon: readonly JargonTerm[];

  constructor(options: EngineOptions) {
    this.schemas = new SchemaSet(options.schemas, options.validators);
    const catalogs = new Map<string, Catalog>();
    // Snapshots were checked against the build's schemas: trusted only along with the build's validators.
    const snapshots = this.schemas.precompiled ? options.catalogSnapshots : undefined;
    const builtin = options.builtinCatalogs;
    if ('snapshotsIn' in builtin) {
      if (!snapshots) throw new Error('built-in catalogs without their files need the catalog snapshots and validators of the same build');
      for (const snapshot of snapshots) catalogs.set(snapshot.catalog.id, catalogFromSnapshot(snapshot, `${builtin.snapshotsIn}${snapshot.name}`));
    } else {
      for (const source of builtin) {
        const catalog = readBuiltinCatalog(source, this.schemas, snapshots);
        catalogs.set(catalog.id, catalog);
      }
    }
    this.builtinCatalogs = catalogs;
    const wordList = this.schemas.precompiled ? options.wordListSnapshot : undefined;
    const source = options.plainLanguage;
    this.jargon = !source ? [] : wordList?.digest === textDigest(source.text) ? wordList.terms : readWordList(source, this.schemas);
  }
}

function readBuiltinCatalog(source: SourceText, schemas: SchemaSet, snapshots: readonly CatalogSnapshot[] | undefined): Catalog {
  const snapshot = snapshotFor(snapshots, source.text);
  if (snapshot) return catalogFromSnapshot(snapshot, source.uri);
  const parsed = parseCatalog(source.uri, source.text, schemas, true);
  const problem = parsed.document.problems[0];
  if (problem || !parsed.catalog) {
    // A broken built-in catalog is a packaging fault, not a user error: fail loudly.
    throw new Error(`built-in catalog ${source.uri} is invalid at line ${(problem?.range.start.line ?? 0) + 1}: ${problem?.message ?? 'no catalog header'}`);
  }
  return parsed.catalog;
}
