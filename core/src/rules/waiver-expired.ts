import { dateProblem } from '../model/dates';
import type { Suppression } from '../model/types';
import { listOr } from '../text/suggest';
import type { Rule } from './rule';

const DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/** Whether a waiver's review date is before the report date. A month (2020-03) runs to its end. */
export function waiverExpired(suppression: Suppression, today: string | undefined): boolean {
  const until = suppression.until;
  if (!until || !today || !DATE.test(until) || dateProblem(until, false)) return false;
  const last = until.length === 7 ? `${until}-31` : until;
  return last < today;
}

export const waiverExpiredRule: Rule = {
  meta: {
    id: 'waiver-expired',
    defaultSeverity: 'warning',
    description: 'A planwright-disable waiver whose review date (`until:`) has passed, or is not a date.',
  },
  check(context, report) {
    for (const document of context.documents) {
      for (const suppression of document.suppressions) {
        const until = suppression.until;
        if (until === undefined) continue;
        const rules = listOr(suppression.rules.map((r) => r.value));
        if (!DATE.test(until) || dateProblem(until, false)) {
          report({ message: `the review date \`until: ${until}\` of this waiver is not a date: write it like 2020-03-31`, uri: document.uri, range: suppression.range });
        } else if (waiverExpired(suppression, context.today)) {
          report({
            message: `this waiver of ${rules} expired on ${until}${suppression.owner ? ` (owner: ${suppression.owner})` : ''}: fix what it waives and remove it, or review it and set a new \`until\` date`,
            uri: document.uri,
            range: suppression.range,
          });
        }
      }
    }
  },
};
