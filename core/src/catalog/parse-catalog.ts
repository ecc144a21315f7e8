import { emptyDocument } from '../model/document';
import type { PlanDocument } from '../model/types';
import type { YamlView } from '../model/yaml-view';
import { readYaml } from '../parse/read-yaml';
import type { SchemaSet } from '../schema/schema-set';
import { LineIndex } from '../text/positions';
import { yearStart } from '../model/values';
import { APPLIES_TO, CHANGE_BASES, DURATION_UNITS, TARGET_SCALES, TARGET_TIMINGS, type OrganisationRule, type TargetMilestone } from '../targets/model';
import type { Catalog, CatalogCommitment, CatalogLink, CatalogSource, CatalogTarget, CatalogThreshold, CommitmentKind } from './types';

export interface ParsedCatalog {
  readonly document: PlanDocument;
  /** Undefined when the file is not usable as a catalog at all. */
  readonly catalog?: Catalog;
}

const KINDS: readonly CommitmentKind[] = ['foundational', 'transformation', 'requirement'];

/** Reads and validates a catalog file. Entries missing their essentials are left out (and reported by the schema). */
export function parseCatalog(uri: string, text: string, schemas: SchemaSet, builtin: boolean): ParsedCatalog {
  const index = new LineIndex(text);
  const start = index.rangeOf(0, index.lineEnd(0));
  const read = readYaml(text, index, schemas, 'catalog', start);
  const problems = [...read.problems];
  if (!read.view && problems.length === 0) {
    problems.push({ ruleId: 'schema', message: 'the catalog file is empty: it needs `catalog:` (id, title, version, period), `areas:` and `commitments:`', range: start });
  }
  const document: PlanDocument = emptyDocument(uri, 'catalog', text, problems, index);
  const root = read.view;
  const header = root?.get('catalog');
  const id = header?.get('id')?.string()?.value;
  if (!root || !header || !id) return { document };

  const links: CatalogLink[] = [];
  const commitments: CatalogCommitment[] = [];
  for (const entry of root.get('commitments')?.items() ?? []) {
    const entryId = entry.get('id')?.string();
    const area = entry.get('area')?.string()?.value;
    const kind = entry.get('kind')?.string()?.value as CommitmentKind | undefined;
    const title = entry.get('title')?.string()?.value;
    if (!entryId || !area || !kind || !KINDS.includes(kind) || !title) continue;
    commitments.push({
      id: entryId.value,
      area,
      kind,
      title,
      summary: entry.get('summary')?.string()?.value ?? '',
      deadline: entry.get('deadline')?.string()?.value,
      target: readTarget(entry.get('target')),
      source: readSource(entry.get('source'), links),
      guidance: entry.get('guidance')?.string()?.value ?? '',
      evidencedBy: (entry.get('evidenced-by')?.strings() ?? []).map((rule) => rule.value),
      ...missingSeverity(entry.get('missing-severity')?.string()?.value),
      catalogId: id,
      uri,
      range: entry.range,
      idRange: entryId.range,
    });
  }

  const thresholds = new Map<string, CatalogThreshold>();
  for (const [name, view] of root.get('thresholds')?.entries() ?? []) {
    const value = view.get('value')?.planValue()?.value;
    if (!value) continue;
    thresholds.set(name.value, {
      value,
      evidence: view.get('evidence')?.string()?.value ?? '',
      heuristic: view.get('heuristic')?.scalar() === true,
      source: readSource(view.get('source'), links),
    });
  }

  const population = header.get('population');
  const populationValue = population?.get('value')?.number()?.value;
  const period = header.get('period');
  const periodStart = period?.get('start')?.string()?.value;
  const periodEnd = period?.get('end')?.string()?.value;

  const catalog: Catalog = {
    id,
    title: header.get('title')?.string()?.value ?? id,
    uri,
    builtin,
    period: periodStart && periodEnd ? { start: periodStart, end: periodEnd } : undefined,
    population:
      populationValue !== undefined
        ? {
            value: populationValue,
            year: population?.get('year')?.number()?.value ?? 0,
            confirmed: population?.get('confirmed')?.scalar() !== false,
            vintage: population?.get('vintage')?.string()?.value,
            source: readSource(population?.get('source'), links),
          }
        : undefined,
    version: header.get('version')?.string()?.value ?? (typeof header.get('version')?.scalar() === 'number' ? String(header.get('version')?.scalar()) : undefined),
    source: readSource(header.get('source'), links),
    areas: (root.get('areas')?.items() ?? []).flatMap((area) => {
      const areaId = area.get('id')?.string()?.value;
      return areaId ? [{ id: areaId, title: area.get('title')?.string()?.value ?? areaId }] : [];
    }),
    commitments,
    assumptions: (root.get('assumptions')?.items() ?? []).flatMap((item) => {
      const assumptionId = item.get('id')?.string()?.value;
      if (!assumptionId) return [];
      const plausible = item.get('plausible');
      return [
        {
          id: assumptionId,
          title: item.get('title')?.string()?.value ?? assumptionId,
          min: plausible?.get('min')?.planValue()?.value,
          max: plausible?.get('max')?.planValue()?.value,
          evidence: item.get('evidence')?.string()?.value ?? '',
          heuristic: item.get('heuristic')?.scalar() === true,
          source: readSource(item.get('source'), links),
        },
      ];
    }),
    thresholds,
    links,
  };
  return { document, catalog };
}

function readTarget(view: YamlView | undefined): CatalogTarget | undefined {
  const measure = view?.get('measure')?.string()?.value;
  const value = view?.get('value')?.planValue()?.value;
  const scale = oneOf(view?.get('scale'), TARGET_SCALES);
  const direction = view?.get('direction')?.string()?.value;
  const by = view?.get('by')?.string()?.value;
  if (!view || !measure || !value || !by || !scale) return undefined;
  if (direction !== 'increase' && direction !== 'decrease') return undefined;
  const unit = oneOf(view.get('unit'), DURATION_UNITS);
  const baseYear = view.get('base-year')?.string()?.value;
  const change = oneOf(view.get('change'), CHANGE_BASES);
  // A target whose scale lacks what it needs is reported by the schema and left out, never judged half-read.
  if ((scale === 'duration' && !unit) || (scale === 'index' && !baseYear) || (scale === 'change' && !change)) return undefined;
  const timing = oneOf(view.get('timing'), TARGET_TIMINGS) ?? 'year-end';
  const confirmed = view.get('confirmed')?.scalar() !== false;
  const note = view.get('note')?.string()?.value;
  const milestones: TargetMilestone[] = [{ value, by, timing, confirmed, ...(note ? { note } : {}) }];
  for (const item of view.get('milestones')?.items() ?? []) {
    const itemValue = item.get('value')?.planValue()?.value;
    const itemBy = item.get('by')?.string()?.value;
    if (!itemValue || !itemBy) continue;
    const itemNote = item.get('note')?.string()?.value;
    milestones.push({
      value: itemValue,
      by: itemBy,
      timing: oneOf(item.get('timing'), TARGET_TIMINGS) ?? timing,
      confirmed: confirmed && item.get('confirmed')?.scalar() !== false,
      ...(itemNote ? { note: itemNote } : {}),
    });
  }
  milestones.sort((a, b) => (yearStart(a.by) ?? 0) - (yearStart(b.by) ?? 0));
  return {
    measure,
    value,
    scale,
    direction,
    by,
    ...(unit ? { unit } : {}),
    ...(baseYear ? { baseYear } : {}),
    ...(change ? { change } : {}),
    timing,
    milestones,
    organisations: readOrganisationRule(view.get('organisations'), by, confirmed),
    confirmed,
    standing: view.get('standing')?.scalar() === true,
    inYear: view.get('in-year')?.scalar() === true,
    ambition: view.get('ambition')?.scalar() === true,
    note,
  };
}

function readOrganisationRule(view: YamlView | undefined, by: string, confirmed: boolean): OrganisationRule | undefined {
  const appliesTo = view?.get('applies-to')?.string()?.value;
  if (!view || !appliesTo || !(appliesTo in APPLIES_TO)) return undefined;
  const floor = view.get('floor')?.planValue()?.value;
  const improvement = view.get('improvement')?.planValue()?.value;
  if (!floor && !improvement) return undefined;
  const note = view.get('note')?.string()?.value;
  return {
    appliesTo,
    ...(floor ? { floor } : {}),
    ...(improvement ? { improvement } : {}),
    improvementAs: view.get('improvement-as')?.string()?.value === 'relative' ? 'relative' : 'points',
    whichever: view.get('whichever')?.string()?.value === 'lesser' ? 'lesser' : 'greater',
    by: view.get('by')?.string()?.value ?? by,
    confirmed: confirmed && view.get('confirmed')?.scalar() !== false,
    ...(note ? { note } : {}),
  };
}

function oneOf<T extends string>(view: YamlView | undefined, allowed: readonly T[]): T | undefined {
  const value = view?.string()?.value;
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function missingSeverity(value: string | undefined): { missingSeverity?: 'error' | 'warning' | 'information' } {
  return value === 'error' || value === 'warning' || value === 'information' ? { missingSeverity: value } : {};
}

/** A `source:` entry; its URL, with where it is written, is added to `links`. */
function readSource(view: YamlView | undefined, links: CatalogLink[]): CatalogSource | undefined {
  const title = view?.get('title')?.string()?.value;
  if (!view || !title) return undefined;
  const url = view.get('url')?.string();
  if (url) links.push({ url: url.value, range: url.range });
  return { title, ref: view.get('ref')?.string()?.value, url: view.get('url')?.string()?.value, note: view.get('note')?.string()?.value };
}
