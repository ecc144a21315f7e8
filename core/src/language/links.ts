import type { Catalog } from '../catalog/types';
import type { PlanProject } from '../project';
import { ruleDocsUrl, ruleMeta } from '../rules/registry';
import { comparePositions } from '../text/positions';
import { documentContext } from './context';
import type { DocumentLink } from './types';

/**
 * Links in a file: in a catalog (built-in or a plan's local catalog), each
 * `source` URL; in a plan file, each known rule id of a disable comment or
 * of `rules:` in plan.yaml, to the rule's documentation. Commitment ids are
 * not links: they already go to their catalog entry (definition), and a
 * link would take that gesture over in editors that open links on click.
 */
export function documentLinks(project: PlanProject, uri: string): DocumentLink[] {
  const catalog = catalogAt(project, uri);
  if (catalog) {
    return catalog.links
      .filter((link) => /^https?:\/\//.test(link.url))
      .map((link) => ({ range: link.range, target: link.url, tooltip: 'Open the source' }))
      .sort((a, b) => comparePositions(a.range.start, b.range.start));
  }
  const context = documentContext(project, uri);
  if (!context) return [];
  return context.occurrences.flatMap((o) => (o.kind === 'rule' && ruleMeta(o.value) ? [{ range: o.range, target: ruleDocsUrl(o.value), tooltip: `Documentation of ${o.value}` }] : []));
}

/** The catalog a file holds: a built-in catalog, or a local catalog named by a plan. */
export function catalogAt(project: PlanProject, uri: string): Catalog | undefined {
  for (const catalog of project.engine.builtinCatalogs.values()) if (catalog.uri === uri) return catalog;
  const root = project.rootOf(uri);
  if (!root) return undefined;
  for (const local of project.analyze(root).context.localCatalogs) if (local.uri === uri && local.catalog) return local.catalog;
  // A local catalog may sit outside its plan's folder, named by another plan.
  for (const analysis of project.analyzeAll()) {
    for (const local of analysis.context.localCatalogs) if (local.uri === uri && local.catalog) return local.catalog;
  }
  return undefined;
}
