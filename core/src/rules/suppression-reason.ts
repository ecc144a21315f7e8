import { listOr, suggest } from '../text/suggest';
import type { Rule } from './rule';

/** What the "disable" quick fix writes as the reason: it still counts as missing until replaced. */
export const REASON_PLACEHOLDER = 'say why';

export const suppressionReason: Rule = {
  meta: {
    id: 'suppression-reason',
    defaultSeverity: 'warning',
    description: 'A planwright-disable comment without a reason, or naming no known rule.',
  },
  check(context, report) {
    for (const document of context.documents) {
      for (const suppression of document.suppressions) {
        if (suppression.rules.length === 0) {
          report({ message: 'this disable comment names no rule: write `planwright-disable rule-id: reason`', uri: document.uri, range: suppression.range });
          continue;
        }
        for (const rule of suppression.rules) {
          if (context.ruleIds.includes(rule.value)) continue;
          const suggestions = suggest(rule.value, context.ruleIds);
          report({
            message: `\`${rule.value}\` is not a Planwright rule${suggestions.length > 0 ? `: did you mean ${listOr(suggestions)}?` : ''}`,
            uri: document.uri,
            range: rule.range,
            data: { suggestions },
          });
        }
        if (!suppression.reason || suppression.reason === REASON_PLACEHOLDER) {
          report({
            message: `say why ${listOr(suppression.rules.map((r) => r.value))} is disabled here: add \`: reason\` after the rule id`,
            uri: document.uri,
            range: suppression.range,
          });
        }
      }
    }
  },
};
