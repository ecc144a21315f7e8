import { SEVERITIES } from '../findings';
import { yearStart } from '../model/values';
import { listOr, suggest } from '../text/suggest';
import { reportParseProblems } from './parse-problems';
import type { Rule } from './rule';

export const schema: Rule = {
  meta: {
    id: 'schema',
    defaultSeverity: 'error',
    description: 'A manifest, front matter, block or catalog that breaks its JSON Schema, or a manifest naming an unknown framework or rule.',
  },
  check(context, report) {
    reportParseProblems('schema', context, report);
    const manifest = context.manifest;
    if (!manifest) return;
    const uri = manifest.uri;

    const framework = manifest.framework;
    if (framework && !context.builtinCatalogs.has(framework.value)) {
      const known = [...context.builtinCatalogs.keys()];
      const suggestions = suggest(framework.value, known);
      report({
        message: `unknown framework \`${framework.value}\`: ${suggestions.length > 0 ? `did you mean ${listOr(suggestions)}?` : `use ${listOr(known)}`}`,
        uri,
        range: framework.range,
        data: { suggestions: suggestions.length > 0 ? suggestions : known },
      });
    }

    const period = manifest.period;
    if (period) {
      const start = yearStart(period.start.value);
      const end = yearStart(period.end.value);
      if (start !== undefined && end !== undefined && end < start) {
        report({ message: `the plan period ends (${period.end.value}) before it starts (${period.start.value})`, uri, range: period.end.range });
      }
    }

    for (const [ruleId, setting] of manifest.rules) {
      if (context.ruleIds.includes(ruleId)) continue;
      const suggestions = suggest(ruleId, context.ruleIds);
      report({
        message: `\`${ruleId}\` is not a Planwright rule${suggestions.length > 0 ? `: did you mean ${listOr(suggestions)}?` : ''} (severities are ${listOr(SEVERITIES)})`,
        uri,
        range: setting.range,
        data: { suggestions },
      });
    }
  },
};
