import type { CatalogCommitment } from '../catalog/types';
import { ENGAGEMENT_GROUPS, type PlanDocument } from '../model/types';
import type { PlanAnalysis, PlanProject } from '../project';
import { rangeContains, type Position, type Range } from '../text/positions';
import { documentContext, findCommitment } from './context';
import { catalogAt } from './links';
import { occurrenceAt, occurrences } from './occurrences';
import type { FileEdit, PrepareRenameResult, RenameResult } from './types';

/** What a rename acts on: a footprint organisation of a plan, or a commitment of a local catalog. */
type Renameable =
  | { readonly kind: 'organisation'; readonly id: string; readonly range: Range; readonly analysis: PlanAnalysis }
  | { readonly kind: 'commitment'; readonly id: string; readonly range: Range; readonly commitment: CatalogCommitment };

const NOTHING_HERE = 'nothing to rename here: put the cursor on a footprint organisation id or on the id of a commitment from a local catalog';

/** Whether the id under the cursor can be renamed: its range and text, or why not. */
export function prepareRename(project: PlanProject, uri: string, position: Position): PrepareRenameResult {
  const found = renameableAt(project, uri, position);
  if ('error' in found) return found;
  return { range: found.range, placeholder: found.id };
}

/**
 * Renames a footprint organisation id in every file of its plan (the
 * footprint, leads, partners, owners, per-organisation lines, engagement,
 * front matter), or a local-catalog commitment id in the catalog and in
 * every file of each plan that uses the catalog (responses, `[[id]]`
 * mentions, milestones). Refused, with the reason, for anything else, for a
 * new id that is not written as ids are, and for an id already taken.
 */
export function rename(project: PlanProject, uri: string, position: Position, newName: string): RenameResult {
  const found = renameableAt(project, uri, position);
  if ('error' in found) return found;
  const problem = checkNewId(project, found, newName);
  if (problem) return { error: problem };
  const edits: FileEdit[] = [];
  const replace = (document: PlanDocument | undefined, targetUri: string, range: Range) => edits.push({ uri: targetUri, range: unquoted(document, range), newText: newName });

  if (found.kind === 'organisation') {
    const manifest = found.analysis.context.manifest;
    for (const document of found.analysis.context.documents) {
      for (const o of occurrences(document, manifest)) if (o.kind === 'organisation' && o.value === found.id) replace(document, document.uri, o.range);
    }
    return { edits };
  }
  const catalogUri = found.commitment.uri;
  replace(project.document(catalogUri), catalogUri, found.commitment.idRange);
  for (const analysis of project.analyzeAll()) {
    if (!analysis.context.localCatalogs.some((local) => local.uri === catalogUri)) continue;
    for (const document of analysis.context.documents) {
      for (const o of occurrences(document)) if (o.kind === 'commitment' && o.value === found.id) replace(document, document.uri, o.range);
    }
  }
  return { edits };
}

function renameableAt(project: PlanProject, uri: string, position: Position): Renameable | { error: string } {
  const catalog = catalogAt(project, uri);
  if (catalog) {
    const commitment = catalog.commitments.find((c) => rangeContains(c.idRange, position));
    if (!commitment) return { error: NOTHING_HERE };
    if (catalog.builtin) return { error: builtinError(commitment) };
    return { kind: 'commitment', id: commitment.id, range: unquoted(project.document(uri), commitment.idRange), commitment };
  }
  const context = documentContext(project, uri);
  const occurrence = context ? occurrenceAt(context.occurrences, position) : undefined;
  if (!context || !occurrence) return { error: NOTHING_HERE };
  const range = unquoted(context.document, occurrence.range);
  if (occurrence.kind === 'organisation') {
    if (context.analysis.context.organisations.has(occurrence.value)) return { kind: 'organisation', id: occurrence.value, range, analysis: context.analysis };
    return {
      error: (ENGAGEMENT_GROUPS as readonly string[]).includes(occurrence.value)
        ? `\`${occurrence.value}\` names a group engaged in the plan, not an organisation: it cannot be renamed`
        : `\`${occurrence.value}\` is not an organisation of the footprint in plan.yaml, so there is nothing to rename: add it to \`footprint.organisations\` or correct it`,
    };
  }
  if (occurrence.kind === 'commitment') {
    const commitment = findCommitment(project, context.analysis, occurrence.value);
    if (!commitment) return { error: `\`${occurrence.value}\` is not a commitment of any catalog, so there is nothing to rename` };
    const local = context.analysis.context.localCatalogs.some((l) => l.uri === commitment.uri);
    if (!local) return { error: builtinError(commitment) };
    return { kind: 'commitment', id: occurrence.value, range, commitment };
  }
  return { error: NOTHING_HERE };
}

function builtinError(commitment: CatalogCommitment): string {
  return `\`${commitment.id}\` is defined by the built-in catalog \`${commitment.catalogId}\`: only footprint organisation ids and the ids of a plan's local catalogs can be renamed`;
}

/** Why `newName` cannot replace the id: not written as an id, unchanged, or already naming something. */
function checkNewId(project: PlanProject, found: Renameable, newName: string): string | undefined {
  const pattern = project.engine.schemas.navigator.at('definitions.schema.json#/definitions/id', [])?.pattern;
  if (pattern && !new RegExp(pattern).test(newName)) return `\`${newName}\` is not a valid id: an id is written in lower case with hyphens, like mh-talking-therapies`;
  if (newName === found.id) return `the ${found.kind} is already called \`${newName}\``;
  if (found.kind === 'organisation') {
    if (found.analysis.context.organisations.has(newName)) return `\`${newName}\` is already an organisation of the footprint`;
    if ((ENGAGEMENT_GROUPS as readonly string[]).includes(newName)) return `\`${newName}\` names a group engaged in the plan (engagement \`with:\`), so it cannot be an organisation id`;
    return undefined;
  }
  const plans = project.analyzeAll().filter((a) => a.context.localCatalogs.some((l) => l.uri === found.commitment.uri));
  for (const analysis of plans.length > 0 ? plans : [undefined]) {
    const taken = findCommitment(project, analysis, newName);
    if (taken) return `\`${newName}\` is already a commitment of the catalog \`${taken.catalogId}\``;
  }
  return undefined;
}

/** The range of an id without the quotes it may be written in (`"north-acute"`), so a rename keeps the quoting. */
function unquoted(document: PlanDocument | undefined, range: Range): Range {
  if (!document || range.start.line !== range.end.line) return range;
  const text = document.text.slice(document.lines.offsetAt(range.start), document.lines.offsetAt(range.end));
  const quote = text[0];
  if (text.length >= 2 && (quote === '"' || quote === "'") && text[text.length - 1] === quote) {
    return { start: { line: range.start.line, character: range.start.character + 1 }, end: { line: range.end.line, character: range.end.character - 1 } };
  }
  return range;
}
