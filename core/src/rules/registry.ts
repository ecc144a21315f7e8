import { analysisStopped } from './analysis-stopped';
import { assumptionRealism } from './assumption-realism';
import { duplicateResponse } from './duplicate-response';
import { engagement } from './engagement';
import { financeBalance } from './finance-balance';
import { footprintOverlap } from './footprint-overlap';
import { inequalitiesGoals } from './inequalities-goals';
import { plainLanguage } from './plain-language';
import { trajectoryPeriod } from './trajectory-period';
import { trajectoryTarget } from './trajectory-target';
import { workforceGap } from './workforce-gap';
import { localCatalog } from './local-catalog';
import { missingResponse } from './missing-response';
import type { Rule, RuleMeta } from './rule';
import { schema } from './schema';
import { suppressionReason } from './suppression-reason';
import { unknownCommitment } from './unknown-commitment';
import { unknownOrganisation } from './unknown-organisation';
import { unreadableFile } from './unreadable-file';
import { waiverExpiredRule } from './waiver-expired';
import { yamlSyntax } from './yaml-syntax';

/** Every rule, in the order findings are reported. Adding a rule: write rules/<id>.ts and docs/rules/<id>.md, list it here. */
export const RULES: readonly Rule[] = [
  unreadableFile,
  analysisStopped,
  yamlSyntax,
  schema,
  localCatalog,
  unknownCommitment,
  duplicateResponse,
  missingResponse,
  unknownOrganisation,
  trajectoryPeriod,
  trajectoryTarget,
  assumptionRealism,
  financeBalance,
  workforceGap,
  engagement,
  inequalitiesGoals,
  footprintOverlap,
  plainLanguage,
  suppressionReason,
  waiverExpiredRule,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

export function ruleMeta(id: string): RuleMeta | undefined {
  return RULES.find((rule) => rule.meta.id === id)?.meta;
}

/** Where a rule's documentation lives: built from the id in this one place. */
export const DOCS_BASE_URL = 'https://github.com/planwright/planwright/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}
