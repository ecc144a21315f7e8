import { listOr, suggest } from '../text/suggest';
import { isValidId, organisationUses } from './organisation-uses';
import type { Rule } from './rule';

export const unknownOrganisation: Rule = {
  meta: {
    id: 'unknown-organisation',
    defaultSeverity: 'error',
    description: 'A lead, partner, owner, per-organisation line or engagement naming an organisation that is not in the footprint.',
  },
  check(context, report) {
    // Without a list of the footprint's organisations (plan.yaml half-typed, broken or missing it), every
    // use would be reported: yaml-syntax or schema says, once, what plan.yaml lacks.
    if (!context.manifest?.organisationsListed) return;
    // An id that is itself badly written is reported at its definition (schema); never suggest it.
    const known = [...context.organisations.keys()].filter(isValidId);
    for (const use of organisationUses(context)) {
      const id = use.id;
      if (context.organisations.has(id.value) || use.groups.includes(id.value)) continue;
      // Not written as an id at all: the schema rule reports it, with the id it likely means.
      if (!isValidId(id.value)) continue;
      const suggestions = suggest(id.value, [...known, ...use.groups]);
      const hint = suggestions.length > 0 ? `did you mean ${listOr(suggestions)}?` : 'add it to `footprint.organisations` in plan.yaml';
      report({ message: `${use.role} \`${id.value}\` is not an organisation in the footprint: ${hint}`, uri: use.uri, range: id.range, data: { suggestions } });
    }
  },
};
