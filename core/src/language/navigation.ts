import type { CatalogCommitment } from '../catalog/types';
import type { PlanProject } from '../project';
import { rangeContains, type Position } from '../text/positions';
import { documentContext, findCommitment } from './context';
import { occurrenceAt, occurrences } from './occurrences';
import type { Location } from './types';

/** From `[[id]]` or `id:` to the catalog entry; from an organisation id to the footprint. */
export function definition(project: PlanProject, uri: string, position: Position): Location[] {
  const context = documentContext(project, uri);
  if (!context) return [];
  const occurrence = occurrenceAt(context.occurrences, position);
  if (occurrence?.kind === 'commitment') {
    const commitment = findCommitment(project, context.analysis, occurrence.value);
    return commitment ? [{ uri: commitment.uri, range: commitment.idRange }] : [];
  }
  if (occurrence?.kind === 'organisation') {
    const organisation = context.analysis.context.organisations.get(occurrence.value);
    return organisation ? [{ uri: context.analysis.context.manifestUri, range: organisation.id.range }] : [];
  }
  return [];
}

/**
 * Every response to and mention of a commitment in the workspace (from a
 * plan file or from the catalog entry itself); every use of an organisation
 * in its plan.
 */
export function references(project: PlanProject, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  const catalogEntry = commitmentDefinedAt(project, uri, position);
  if (catalogEntry) return commitmentReferences(project, catalogEntry.id, includeDeclaration ? catalogEntry : undefined);

  const context = documentContext(project, uri);
  const occurrence = context ? occurrenceAt(context.occurrences, position) : undefined;
  if (!context || !occurrence) return [];
  if (occurrence.kind === 'commitment') {
    const commitment = includeDeclaration ? findCommitment(project, context.analysis, occurrence.value) : undefined;
    return commitmentReferences(project, occurrence.value, commitment);
  }
  if (occurrence.kind === 'organisation') {
    const manifest = context.analysis.context.manifest;
    return context.analysis.context.documents.flatMap((document) =>
      occurrences(document, manifest)
        .filter((o) => o.kind === 'organisation' && o.value === occurrence.value && (includeDeclaration || !o.definition))
        .map((o) => ({ uri: document.uri, range: o.range })),
    );
  }
  return [];
}

function commitmentReferences(project: PlanProject, id: string, declaration: CatalogCommitment | undefined): Location[] {
  const found: Location[] = declaration ? [{ uri: declaration.uri, range: declaration.idRange }] : [];
  for (const analysis of project.analyzeAll()) {
    for (const document of analysis.context.documents) {
      for (const o of occurrences(document)) {
        if (o.kind === 'commitment' && o.value === id) found.push({ uri: document.uri, range: o.range });
      }
    }
  }
  return found;
}

/** The catalog commitment whose id is under the cursor in a catalog file (built-in or local). */
function commitmentDefinedAt(project: PlanProject, uri: string, position: Position): CatalogCommitment | undefined {
  const catalogs = [...project.engine.builtinCatalogs.values(), ...project.analyzeAll().flatMap((a) => a.context.localCatalogs.flatMap((l) => l.catalog ?? []))];
  for (const catalog of catalogs) {
    if (catalog.uri !== uri) continue;
    const found = catalog.commitments.find((c) => rangeContains(c.idRange, position));
    if (found) return found;
  }
  return undefined;
}
