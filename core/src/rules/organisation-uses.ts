import { ENGAGEMENT_GROUPS, type CommitmentResponse, type Located } from '../model/types';
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
  return [...manifestUses(context), ...context.responses.flatMap(responseUses), ...documentUses(context)];
}

/** The organisations plan.yaml's engagement names. */
export function manifestUses(context: Pick<RuleContext, 'manifest'>): OrganisationUse[] {
  const manifest = context.manifest;
  return manifest ? manifest.engagement.map((engagement) => ({ uri: manifest.uri, id: engagement.with, role: 'engagement with', groups: ENGAGEMENT_GROUPS })) : [];
}

/** The organisations one response names: its lead, partners and per-organisation lines. */
export function responseUses(response: CommitmentResponse): OrganisationUse[] {
  const uses: OrganisationUse[] = [];
  if (response.lead) uses.push({ uri: response.uri, id: response.lead, role: 'lead', groups: [] });
  for (const partner of response.partners) uses.push({ uri: response.uri, id: partner, role: 'partner', groups: [] });
  for (const line of response.organisations) uses.push({ uri: response.uri, id: line.id, role: 'organisation', groups: [] });
  return uses;
}

/** The organisations the chapters name outside responses: chapter leads and milestone owners. */
export function documentUses(context: Pick<RuleContext, 'documents'>): OrganisationUse[] {
  const uses: OrganisationUse[] = [];
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
