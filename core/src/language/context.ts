import type { CatalogCommitment } from '../catalog/types';
import type { PlanDocument } from '../model/types';
import type { PlanAnalysis, PlanProject } from '../project';
import { occurrences, type Occurrence } from './occurrences';

/** What every editor feature looks up: the document, its plan's analysis, and what is named where. */
export interface DocumentContext {
  readonly project: PlanProject;
  readonly uri: string;
  readonly document: PlanDocument;
  readonly analysis: PlanAnalysis;
  readonly occurrences: readonly Occurrence[];
}

/** The context of a plan file, or undefined for files outside any plan. */
export function documentContext(project: PlanProject, uri: string): DocumentContext | undefined {
  const root = project.rootOf(uri);
  const document = project.document(uri);
  if (!root || !document) return undefined;
  const analysis = project.analyze(root);
  return { project, uri, document, analysis, occurrences: occurrences(document, analysis.context.manifest) };
}

/** A commitment wherever it is defined: the plan's catalogs first, then any built-in catalog. */
export function findCommitment(project: PlanProject, analysis: PlanAnalysis | undefined, id: string): CatalogCommitment | undefined {
  const inPlan = analysis?.context.catalogs.commitment(id);
  if (inPlan) return inPlan;
  for (const catalog of project.engine.builtinCatalogs.values()) {
    const found = catalog.commitments.find((c) => c.id === id);
    if (found) return found;
  }
  return undefined;
}
