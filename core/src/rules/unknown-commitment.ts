import type { Located } from '../model/types';
import { listOr, suggest } from '../text/suggest';
import { eachResponse } from './per-response';
import type { Report, Rule } from './rule';

export const unknownCommitment: Rule = {
  meta: {
    id: 'unknown-commitment',
    defaultSeverity: 'error',
    description: 'A commitment block, YAML response, milestone or [[reference]] naming no commitment in the plan\'s catalogs.',
  },
  check(context, report) {
    // Without a usable framework every id would be unknown; the schema rule reports the framework instead.
    if (context.catalogs.isEmpty) return;
    const known = [...context.catalogs.ids()];
    /** Reads only the catalogs: fit for a response's kept check. */
    const check = (uri: string, id: Located<string>, what: string, say: (finding: Report) => void) => {
      if (context.catalogs.commitment(id.value)) return;
      const suggestions = suggest(id.value, known);
      const hint = suggestions.length > 0 ? `: did you mean ${listOr(suggestions)}?` : '';
      say({ message: `${what} \`${id.value}\` is not in the ${catalogNames(context)} catalog${hint}`, uri, range: id.range, data: { suggestions } });
    };
    // Each response's id, kept with its result while plan.yaml and the catalogs stay the same (per-response.ts).
    eachResponse(context, 'unknown-commitment', report, (response, _facts, say) => {
      if (response.id) check(response.uri, response.id, 'commitment', say);
    });
    for (const document of context.documents) {
      for (const reference of document.references) check(document.uri, { value: reference.id, range: reference.range }, 'reference', report);
      for (const milestone of document.milestones) {
        if (milestone.commitment) check(document.uri, milestone.commitment, 'milestone commitment', report);
      }
    }
  },
};

function catalogNames(context: Parameters<Rule['check']>[0]): string {
  return context.catalogs.all.map((catalog) => catalog.id).join(' + ');
}
