import { formatPlanValue } from '../model/values';
import { listOr, suggest } from '../text/suggest';
import type { Rule } from './rule';

export const assumptionRealism: Rule = {
  meta: {
    id: 'assumption-realism',
    defaultSeverity: 'warning',
    description: 'An activity assumption outside the plausible range the catalog gives for it ("magical thinking" about falling demand).',
  },
  check(context, report) {
    const known = context.catalogs.all.flatMap((catalog) => catalog.assumptions.map((a) => a.id));
    for (const document of context.documents) {
      for (const assumption of document.assumptions) {
        const id = assumption.id.value;
        const range = context.catalogs.assumption(id);
        if (!range) {
          const suggestions = suggest(id, known);
          report({
            message: `no plausible range is known for \`${id}\`${suggestions.length > 0 ? `: did you mean ${listOr(suggestions)}?` : ''} (its values are not checked)`,
            uri: assumption.uri,
            range: assumption.id.range,
            severity: 'information',
            data: { suggestions },
          });
          continue;
        }
        const bounds = `${range.min ? formatPlanValue(range.min) : 'no minimum'} to ${range.max ? formatPlanValue(range.max) : 'no maximum'} a year`;
        for (const point of assumption.series.points) {
          const value = point.value.value;
          const expectsPercent = (range.min ?? range.max)?.kind === 'percent';
          if (expectsPercent && value.kind !== 'percent') {
            report({ message: `\`${id}\` is a yearly change: write ${point.year.value} as a percentage, like 1.5%`, uri: assumption.uri, range: point.value.range });
            continue;
          }
          const below = range.min !== undefined && value.value < range.min.value;
          const above = range.max !== undefined && value.value > range.max.value;
          if (!below && !above) continue;
          report({
            message: `\`${id}\` (${range.title.toLowerCase()}) is ${formatPlanValue(value)} in ${point.year.value}, ${below ? 'below' : 'above'} the plausible range of ${bounds}: ${range.evidence}`,
            uri: assumption.uri,
            range: point.value.range,
          });
        }
      }
    }
  },
  evidence(context) {
    return context.documents.some((document) => document.assumptions.some((assumption) => context.catalogs.assumption(assumption.id.value) !== undefined));
  },
};
