import { ENGAGEMENT_GROUPS, type Located } from '../model/types';
import type { RuleContext } from './rule';

/** One place a plan names an organisation by id. */
export interface OrganisationUse {
  readonly uri: string;
  readonly id: Located<string>;
  /** What the id is there: "lead", "partner", "milestone owner", ... */
  readonly role: string;
  /** Other names accepted there besides organisations (engagement groups). */
  readonly groups: readonly string[];
}

/** Every use of an organisation id in a plan: engagement, leads, partners, per-organisation lines, chapter leads, milestone owners. */
export function organisationUses(context: RuleContext): OrganisationUse[] {
  const uses: OrganisationUse[] = [];
  const manifest = context.manifest;
  if (manifest) for (const engagement of manifest.engagement) uses.push({ uri: manifest.uri, id: engagement.with, role: 'engagement with', groups: ENGAGEMENT_GROUPS });
  for (const response of context.responses) {
    if (response.lead) uses.push({ uri: response.uri, id: response.lead, role: 'lead', groups: [] });
    for (const partner of response.partners) uses.push({ uri: response.uri, id: partner, role: 'partner', groups: [] });
    for (const line of response.organisations) uses.push({ uri: response.uri, id: line.id, role: 'organisation', groups: [] });
  }
  for (const document of context.documents) {
    if (document.frontMatter?.lead) uses.push({ uri: document.uri, id: document.frontMatter.lead, role: 'chapter lead', groups: [] });
    for (const milestone of document.milestones) {
      if (milestone.owner) uses.push({ uri: document.uri, id: milestone.owner, role: 'milestone owner', groups: [] });
    }
  }
  return uses;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether an id is written as ids must be (lower case, hyphens). */
export function isValidId(id: string): boolean {
  return ID.test(id);
}
