import { parseCatalog } from './catalog/parse-catalog';
import { catalogFromSnapshot, snapshotFor, type CatalogSnapshot } from './catalog/snapshot';
import type { Catalog } from './catalog/types';
import { readYaml } from './parse/read-yaml';
import { SchemaSet, type PrecompiledValidators, type SchemaFiles } from './schema/schema-set';
import { LineIndex } from './text/positions';

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
}

/** A jargon term and its plain alternative. */
export interface JargonTerm {
  readonly term: string;
  readonly instead: string;
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
    this.jargon = options.plainLanguage ? readWordList(options.plainLanguage, this.schemas) : [];
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

function readWordList(source: SourceText, schemas: SchemaSet): JargonTerm[] {
  const index = new LineIndex(source.text);
  const read = readYaml(source.text, index, schemas, 'plain-language', index.rangeOf(0, 0));
  const problem = read.problems[0];
  if (problem) throw new Error(`word list ${source.uri} is invalid at line ${problem.range.start.line + 1}: ${problem.message}`);
  return (read.view?.get('words')?.items() ?? []).flatMap((item) => {
    const term = item.get('term')?.string()?.value;
    return term ? [{ term, instead: item.get('instead')?.string()?.value ?? '' }] : [];
  });
}
