import type { Manifest, PlanDocument, YearlySeries } from '../model/types';
import { comparePositions, rangeContains, type Position, type Range } from '../text/positions';

export type OccurrenceKind = 'commitment' | 'organisation' | 'rule' | 'year' | 'block-type';

/** A place in a document that names something: a commitment id, an organisation, a rule, a year. */
export interface Occurrence {
  readonly kind: OccurrenceKind;
  readonly value: string;
  readonly range: Range;
  /** For organisations: true where the organisation is defined (footprint). */
  readonly definition?: boolean;
}

/**
 * The occurrences found in a document, kept while the document is (a parse is never changed, an edit
 * makes a new one), with the manifest they were found with: every hover, completion and reference
 * asks again, and a 250 KB chapter took ~3 ms each time.
 */
const byDocument = new WeakMap<PlanDocument, { readonly manifest: Manifest | undefined; readonly list: readonly Occurrence[] }>();

/**
 * Everything in a document that hover, definition and references can act on, from the parsed model,
 * in document order. With the plan's `manifest`, plan.yaml's own organisations, engagement, rules and
 * period count too.
 */
export function occurrences(document: PlanDocument, manifest?: Manifest): readonly Occurrence[] {
  const own = manifest && manifest.uri === document.uri ? manifest : undefined;
  const kept = byDocument.get(document);
  if (kept && kept.manifest === own) return kept.list;
  const list = occurrencesIn(document, own);
  byDocument.set(document, { manifest: own, list });
  return list;
}

function occurrencesIn(document: PlanDocument, manifest: Manifest | undefined): readonly Occurrence[] {
  const found: Occurrence[] = [];
  const add = (kind: OccurrenceKind, value: string, range: Range, definition?: boolean) => found.push({ kind, value, range, ...(definition ? { definition } : {}) });
  const series = (s: YearlySeries | undefined) => s?.points.forEach((p) => add('year', p.year.value, p.year.range));

  for (const reference of document.references) add('commitment', reference.id, reference.range);
  for (const block of document.blocks) add('block-type', block.type, block.typeRange);
  for (const response of document.responses) {
    if (response.id) add('commitment', response.id.value, response.id.range);
    if (response.lead) add('organisation', response.lead.value, response.lead.range);
    for (const partner of response.partners) add('organisation', partner.value, partner.range);
    for (const line of response.organisations) {
      add('organisation', line.id.value, line.id.range);
      if (line.baseline?.year) add('year', line.baseline.year.value, line.baseline.year.range);
      series(line.trajectory);
    }
    if (response.baseline?.year) add('year', response.baseline.year.value, response.baseline.year.range);
    series(response.trajectory);
  }
  for (const milestone of document.milestones) {
    if (milestone.commitment) add('commitment', milestone.commitment.value, milestone.commitment.range);
    if (milestone.owner) add('organisation', milestone.owner.value, milestone.owner.range);
  }
  for (const finance of document.finance) [finance.income, finance.expenditure, finance.efficiency].forEach(series);
  for (const group of document.workforce) [group.demand, group.supply].forEach(series);
  for (const assumption of document.assumptions) series(assumption.series);
  if (document.frontMatter?.lead) add('organisation', document.frontMatter.lead.value, document.frontMatter.lead.range);
  for (const suppression of document.suppressions) suppression.rules.forEach((rule) => add('rule', rule.value, rule.range));

  if (manifest) {
    for (const organisation of manifest.organisations) add('organisation', organisation.id.value, organisation.id.range, true);
    for (const engagement of manifest.engagement) add('organisation', engagement.with.value, engagement.with.range);
    for (const [rule, setting] of manifest.rules) add('rule', rule, setting.range);
    if (manifest.period) {
      add('year', manifest.period.start.value, manifest.period.start.range);
      add('year', manifest.period.end.value, manifest.period.end.range);
    }
  }
  return found.sort((a, b) => comparePositions(a.range.start, b.range.start));
}

/** The occurrence under the cursor (ends inclusive, so a cursor just after a word still finds it). */
export function occurrenceAt(list: readonly Occurrence[], position: Position): Occurrence | undefined {
  return list.find((o) => rangeContains(o.range, position));
}
