import { remember } from '../cache/remember';
import type { CommitmentResponse } from '../model/types';
import type { Report, RuleContext } from './rule';

/**
 * What a per-response check may read besides its response. All of it comes
 * from plan.yaml, the catalogs and the report date, which is what its kept
 * results are keyed by (see `eachResponse`).
 */
export type ResponseFacts = Pick<RuleContext, 'manifest' | 'catalogs' | 'years' | 'organisations' | 'today'>;

/** What one check found for one response: its reports, and whether it asked for the plan-wide note (see `eachResponse`). */
interface Checked {
  readonly reports: readonly Report[];
  readonly flagged: boolean;
}

type ByResponse = WeakMap<CommitmentResponse, Checked>;

/** Stands for "no manifest" as a key. */
const NO_MANIFEST = {};

/**
 * Kept results, by manifest, catalog set, report date and check. The project
 * keeps one catalog set per plan while its framework and local catalogs are
 * the same objects, and one parsed manifest while plan.yaml's text is the
 * same, so the next analysis of a plan finds here what the last one checked.
 */
const kept = new WeakMap<object, WeakMap<object, Map<string, Map<string, ByResponse>>>>();

/**
 * Runs `check` on each of the plan's responses and passes on what it
 * reports, in the responses' order. A response object the analysis before
 * checked with the same facts (an edit elsewhere: parsing keeps an unchanged
 * block's result, `BlockCache`) gets its kept reports instead: one edit
 * re-checks one block, not the whole plan.
 *
 * `check` must read nothing but the response and `facts` (never the rule
 * context, the plan's documents or other responses), or its kept results go
 * stale. `check` may return true to ask for something said once for the plan;
 * `eachResponse` returns whether any response did, kept results included.
 */
export function eachResponse(
  context: RuleContext,
  name: string,
  report: (finding: Report) => void,
  check: (response: CommitmentResponse, facts: ResponseFacts, report: (finding: Report) => void) => boolean | void,
): boolean {
  const byCatalogs = remember(kept, context.manifest ?? NO_MANIFEST, () => new WeakMap<object, Map<string, Map<string, ByResponse>>>());
  const byDate = remember(byCatalogs, context.catalogs, () => new Map<string, Map<string, ByResponse>>());
  const byCheck = remember(byDate, context.today ?? '', () => new Map<string, ByResponse>());
  const byResponse = remember(byCheck, name, () => new WeakMap<CommitmentResponse, Checked>());
  const facts: ResponseFacts = context;
  let flagged = false;
  for (const response of context.responses) {
    const checked = remember(byResponse, response, () => {
      const reports: Report[] = [];
      const flag = check(response, facts, (finding) => reports.push(finding)) === true;
      return { reports, flagged: flag };
    });
    for (const finding of checked.reports) report(finding);
    if (checked.flagged) flagged = true;
  }
  return flagged;
}
