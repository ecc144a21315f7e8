import type { Located } from '../model/types';
import { listOr, suggest } from '../text/suggest';
import type { Rule } from './rule';

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
    const check = (uri: string, id: Located<string>, what: string) => {
      if (context.catalogs.commitment(id.value)) return;
      const suggestions = suggest(id.value, known);
      const hint = suggestions.length > 0 ? `: did you mean ${listOr(suggestions)}?` : '';
      report({ message: `${what} \`${id.value}\` is not in the ${catalogNames(context)} catalog${hint}`, uri, range: id.range, data: { suggestions } });
    };
    for (const response of context.responses) {
      if (response.id) check(response.uri, response.id, 'commitment');
    }
    for (const document of context.documents) {
      for (const reference of document.references) check(document.uri, { value: reference.id, range: reference.range }, 'reference');
      for (const milestone of document.milestones) {
        if (milestone.commitment) check(document.uri, milestone.commitment, 'milestone commitment');
      }
    }
  },
};

function catalogNames(context: Parameters<Rule['check']>[0]): string {
  return context.catalogs.all.map((catalog) => catalog.id).join(' + ');
}
