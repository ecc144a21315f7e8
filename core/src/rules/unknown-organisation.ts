import { listOr, suggest } from '../text/suggest';
import { documentUses, isValidId, manifestUses, responseUses, type OrganisationUse } from './organisation-uses';
import { eachResponse } from './per-response';
import type { Report, Rule } from './rule';

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
    /** Reads only the footprint's organisations (from plan.yaml): fit for a response's kept check. */
    const judge = (use: OrganisationUse, say: (finding: Report) => void) => {
      const id = use.id;
      if (context.organisations.has(id.value) || use.groups.includes(id.value)) return;
      // Not written as an id at all: the schema rule reports it, with the id it likely means.
      if (!isValidId(id.value)) return;
      const suggestions = suggest(id.value, [...known, ...use.groups]);
      const hint = suggestions.length > 0 ? `did you mean ${listOr(suggestions)}?` : 'add it to `footprint.organisations` in plan.yaml';
      say({ message: `${use.role} \`${id.value}\` is not an organisation in the footprint: ${hint}`, uri: use.uri, range: id.range, data: { suggestions } });
    };
    for (const use of manifestUses(context)) judge(use, report);
    // Each response's uses, kept with their result while plan.yaml and the catalogs stay the same (per-response.ts).
    eachResponse(context, 'unknown-organisation', report, (response, _facts, say) => {
      for (const use of responseUses(response)) judge(use, say);
    });
    for (const use of documentUses(context)) judge(use, report);
  },
};
