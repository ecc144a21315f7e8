import { parseCatalog, type ParsedCatalog } from '../catalog/parse-catalog';
import { emptyDocument } from '../model/document';
import type { Manifest, PlanDocument } from '../model/types';
import type { SchemaSet } from '../schema/schema-set';
import type { fileRole } from '../uris';
import { parseChapter, type BlockCache } from './chapter';
import { parseDataFile } from './data-file';
import { parseManifest } from './manifest';

/** What one plan file gives: its document, and for plan.yaml its manifest, for a catalog the catalog. */
export type ParsedFile = { readonly document: PlanDocument; readonly manifest?: Manifest; readonly catalog?: ParsedCatalog };

/** The role of a file Planwright reads (`fileRole` of its path). */
export type PlanFileRole = Exclude<ReturnType<typeof fileRole>, 'other'>;

/** Reads a plan file by its role; a chapter reuses the unchanged blocks of its previous parse in `blocks`. */
export function parsePlanFile(uri: string, role: PlanFileRole, text: string, schemas: SchemaSet, blocks: BlockCache): ParsedFile {
  switch (role) {
    case 'manifest':
      return parseManifest(uri, text, schemas);
    case 'chapter':
      return { document: parseChapter(uri, text, schemas, blocks) };
    case 'data':
      return { document: parseDataFile(uri, text, schemas) };
    case 'catalog': {
      const catalog = parseCatalog(uri, text, schemas, false);
      return { document: catalog.document, catalog };
    }
  }
}

/** A file that exists but could not be read (or whose reading was abandoned): an empty document of its kind with the reason. */
export function unreadableFile(uri: string, role: ReturnType<typeof fileRole>, reason: string): ParsedFile {
  const start = { line: 0, character: 0 };
  return { document: emptyDocument(uri, documentKind(role), '', [{ ruleId: 'unreadable-file', message: reason, range: { start, end: start } }]) };
}

/** The kind of document a file of this role is read as. */
export function documentKind(role: ReturnType<typeof fileRole>): PlanDocument['kind'] {
  return role === 'manifest' || role === 'catalog' || role === 'data' ? role : 'chapter';
}
