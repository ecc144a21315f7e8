import type { CatalogCommitment, CatalogTarget } from '../catalog/types';
import { COVERAGE_STATUS_LABELS } from '../coverage/coverage';
import { describeComparison, describeOutcome } from '../targets/describe';
import { assessTarget, fairShare, targetContextOf } from '../targets/assess';
import { appliesToWords, organisationsUnder } from '../targets/organisations';
import { describeRequired, describeStep, directionWords, timingWords, unitName } from '../targets/wording';
import { formatNumber, formatPlanValue, formatPopulation, yearStart } from '../model/values';
import { ruleDocsUrl, ruleMeta } from '../rules/registry';
import type { Position } from '../text/positions';
import { documentContext, findCommitment, type DocumentContext } from './context';
import { occurrenceAt } from './occurrences';
import type { Hover } from './types';
import type { PlanProject } from '../project';
import { ENGAGEMENT_GROUPS, type Organisation } from '../model/types';

export interface HoverOptions {
  /** Show the catalog's guidance on what a good response shows. */
  readonly guidance: boolean;
}

const BLOCK_HELP: Record<string, string> = {
  commitment: 'A response to one catalog commitment: `id`, `status`, `lead`, `partners`, `baseline`, `trajectory`, `actions`.',
  finance: 'System `income`, `expenditure` (in `unit`, default £m) and cash-releasing `efficiency` (%) for each year.',
  workforce: 'Staff `groups`, each with `baseline`, yearly `demand` and `supply` (WTE), and `actions` closing any gap.',
  inequalities: 'Measurable inequalities `goals`: `measure`, `baseline`, `target-5-year`, `target-10-year`.',
  assumptions: 'Named activity assumptions (e.g. `emergency-admissions-growth`) with a yearly percentage each.',
  milestones: 'Dated deliverables: `what`, `by`, and optionally `commitment` and `owner`.',
};

export function hover(project: PlanProject, uri: string, position: Position, options: HoverOptions): Hover | undefined {
  const context = documentContext(project, uri);
  if (!context) return catalogHover(project, uri, position, options);
  const occurrence = occurrenceAt(context.occurrences, position);
  if (!occurrence) return undefined;
  const range = occurrence.range;
  switch (occurrence.kind) {
    case 'commitment': {
      const commitment = findCommitment(project, context.analysis, occurrence.value);
      return commitment ? { range, markdown: commitmentMarkdown(commitment, context, options) } : undefined;
    }
    case 'organisation':
      return { range, markdown: organisationMarkdown(context, occurrence.value) };
    case 'rule': {
      const meta = ruleMeta(occurrence.value);
      return meta ? { range, markdown: `**${meta.id}** (default: ${meta.defaultSeverity})\n\n${meta.description}\n\n[Rule documentation](${ruleDocsUrl(meta.id)})` } : undefined;
    }
    case 'year':
      return { range, markdown: yearMarkdown(context, occurrence.value) };
    case 'block-type':
      return { range, markdown: `**${occurrence.value}** block\n\n${BLOCK_HELP[occurrence.value] ?? ''}` };
  }
}

/** Hovering a commitment id inside a catalog file shows the same card. */
function catalogHover(project: PlanProject, uri: string, position: Position, options: HoverOptions): Hover | undefined {
  for (const catalog of project.engine.builtinCatalogs.values()) {
    if (catalog.uri !== uri) continue;
    const commitment = catalog.commitments.find((c) => c.idRange.start.line === position.line && c.idRange.start.character <= position.character && position.character <= c.idRange.end.character);
    if (commitment) return { range: commitment.idRange, markdown: commitmentMarkdown(commitment, undefined, options) };
  }
  return undefined;
}

export function commitmentMarkdown(commitment: CatalogCommitment, context: DocumentContext | undefined, options: HoverOptions): string {
  const analysis = context?.analysis;
  const catalogs = analysis?.context.catalogs;
  const kind = { foundational: 'Foundational commitment', transformation: 'Transformation', requirement: 'Plan requirement' }[commitment.kind];
  const parts = [`**${commitment.title}** · \`${commitment.id}\``, `${kind} · ${catalogs?.areaTitle(commitment.area) ?? commitment.area} · ${commitment.catalogId}`, commitment.summary];
  const target = commitment.target;
  if (target) {
    const sign = target.direction === 'increase' ? 'at least' : 'at most';
    parts.push(`**Target:** ${sign} ${formatPlanValue(target.value)} by ${target.by}: ${target.measure}${target.scale === 'count' ? ' (national)' : ''}`);
    if (!target.confirmed) parts.push('_This figure is not confirmed by a retrieved source: shown here, never enforced._');
    parts.push(...targetModelLines(target, analysis?.context.manifest?.organisations));
    const manifest = analysis?.context.manifest;
    const base = catalogs?.framework?.population;
    if (target.scale === 'count' && manifest?.population && base) {
      const share = fairShare(target.value.value, manifest.population.value, base.value);
      parts.push(`**This plan's fair share:** ${formatNumber(share.value)} (${formatNumber(share.national)} × ${formatNumber(share.population)} ÷ ${formatPopulation(share.basePopulation)})`);
    }
    if (target.note) parts.push(`_${target.note}_`);
  }
  if (commitment.deadline) parts.push(`**Deadline:** ${commitment.deadline}`);
  const responses = analysis?.context.responsesById.get(commitment.id) ?? [];
  for (const response of responses) {
    const assessment = analysis ? assessTarget(response, commitment, targetContextOf(analysis.context)) : undefined;
    if (assessment?.kind === 'assessed') parts.push(`**This plan:** ${describeComparison(assessment)}: ${describeOutcome(assessment)}`);
  }
  const covered = analysis?.coverage.areas.flatMap((area) => area.commitments).find((entry) => entry.commitment.id === commitment.id);
  if (covered) parts.push(`**Coverage:** ${COVERAGE_STATUS_LABELS[covered.status]} (${covered.reason})${covered.planStatus && covered.planStatus !== 'not-applicable' ? `; the plan says ${covered.planStatus}` : ''}`);
  if (options.guidance && commitment.guidance) parts.push(`**What a good response shows:** ${commitment.guidance}`);
  const source = commitment.source;
  if (source) {
    const label = `${source.title}${source.ref ? `, ${source.ref}` : ''}`;
    parts.push(`Source: ${source.url ? `[${label}](${source.url})` : label}`);
  }
  return parts.join('\n\n');
}

function organisationMarkdown(context: DocumentContext, id: string): string {
  const organisation = context.analysis.context.organisations.get(id);
  if (!organisation) {
    return (ENGAGEMENT_GROUPS as readonly string[]).includes(id) ? `**${id}**: a group engaged in the plan (not an organisation)` : `\`${id}\` is not an organisation in the footprint`;
  }
  const roles = context.analysis.context.responses.filter((r) => r.lead?.value === id).map((r) => r.id?.value).filter(Boolean);
  const engaged = context.analysis.context.manifest?.engagement.filter((e) => e.with.value === id).map((e) => e.how).filter(Boolean) ?? [];
  const parts = [`**${organisation.name}** · \`${id}\``, `Type: ${organisation.type ?? 'not given'}`];
  if (roles.length > 0) parts.push(`Leads: ${roles.map((r) => `\`${r}\``).join(', ')}`);
  if (engaged.length > 0) parts.push(`Engagement: ${engaged.join('; ')}`);
  return parts.join('\n\n');
}

function yearMarkdown(context: DocumentContext, year: string): string {
  const years = context.analysis.context.years;
  const index = years.indexOf(year);
  const start = yearStart(year);
  if (start === undefined) return `\`${year}\` is not a financial year (write it like 2019/20)`;
  const span = `${start}-04-01 to ${start + 1}-03-31`;
  if (index >= 0) return `**${year}**: year ${index + 1} of ${years.length} of the plan period (${years[0] ?? ''} to ${years[years.length - 1] ?? ''}), ${span}`;
  const first = years[0];
  const relation = first && start < (yearStart(first) ?? 0) ? 'before' : 'after';
  return years.length > 0 ? `**${year}**: ${relation} the plan period (${first} to ${years[years.length - 1] ?? ''}), ${span}` : `**${year}**: ${span}`;
}

/** Hover lines for the target model: the scale and timing, every dated value, and the rule for each organisation with the organisations it applies to. */
function targetModelLines(target: CatalogTarget, organisations: readonly Organisation[] | undefined): string[] {
  const lines: string[] = [];
  const better = directionWords(target);
  const sign = target.direction === 'increase' ? '≥' : '≤';
  if (target.scale !== 'count' && target.scale !== 'rate') lines.push(`**Measured:** ${target.scale}, ${unitName(target)} ${better}${target.change ? `, ${target.change === 'per-year' ? 'each year against the year before' : 'against the baseline'}` : ''}`);
  if (target.milestones.length > 1 || target.timing !== 'year-end') {
    const dated = target.milestones.map((m) => `${sign} ${describeRequired(target, m.value.value)} ${timingWords(m.timing, m.by)}${m.confirmed ? '' : ' (unconfirmed)'}`);
    lines.push(`**Dated values:** ${dated.join('; then ')}`);
  }
  const rule = target.organisations;
  if (rule) {
    // A relative improvement is a share of the organisation's baseline ("10% better"), whatever the target's scale.
    const step = rule.improvement && (rule.improvementAs === 'relative' ? `${formatNumber(rule.improvement.value)}%` : describeStep(target, rule.improvement.value));
    const parts = [step ? `${step} better than its own baseline${rule.improvementAs === 'relative' ? ' (relative to it)' : ''}` : '', rule.floor ? `${describeRequired(target, rule.floor.value)}` : ''].filter(Boolean);
    const what = parts.length === 2 ? `${parts.join(' or ')}, whichever is ${rule.whichever}` : parts.join('');
    const applies = organisations ? organisationsUnder(rule, new Map(organisations.map((o) => [o.id.value, o.type]))) : [];
    lines.push(`**For ${appliesToWords(rule)}:** ${what} by ${rule.by}${rule.confirmed ? '' : ' (not confirmed: shown, never enforced)'}${applies.length > 0 ? `. In this footprint: ${applies.map((id) => `\`${id}\``).join(', ')}` : ''}`);
    if (rule.note) lines.push(`_${rule.note}_`);
  }
  return lines;
}
