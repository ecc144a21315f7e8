import { ENGAGEMENT_GROUPS, type Located } from '../model/types';
import { listOr, suggest } from '../text/suggest';
import type { Rule } from './rule';

export const unknownOrganisation: Rule = {
  meta: {
    id: 'unknown-organisation',
    defaultSeverity: 'error',
    description: 'A lead, partner, owner, per-organisation line or engagement naming an organisation that is not in the footprint.',
  },
  check(context, report) {
    const manifest = context.manifest;
    if (!manifest) return;
    const known = [...context.organisations.keys()];
    const check = (uri: string, id: Located<string>, role: string, extra: readonly string[] = []) => {
      if (context.organisations.has(id.value) || extra.includes(id.value)) return;
      const suggestions = suggest(id.value, [...known, ...extra]);
      const hint = suggestions.length > 0 ? `did you mean ${listOr(suggestions)}?` : 'add it to `footprint.organisations` in plan.yaml';
      report({ message: `${role} \`${id.value}\` is not an organisation in the footprint: ${hint}`, uri, range: id.range, data: { suggestions } });
    };
    for (const engagement of manifest.engagement) check(manifest.uri, engagement.with, 'engagement with', ENGAGEMENT_GROUPS);
    for (const response of context.responses) {
      if (response.lead) check(response.uri, response.lead, 'lead');
      for (const partner of response.partners) check(response.uri, partner, 'partner');
      for (const line of response.organisations) check(response.uri, line.id, 'organisation');
    }
    for (const document of context.documents) {
      if (document.frontMatter?.lead) check(document.uri, document.frontMatter.lead, 'chapter lead');
      for (const milestone of document.milestones) {
        if (milestone.owner) check(document.uri, milestone.owner, 'milestone owner');
      }
    }
  },
};
