import { remember } from '../cache/remember';
import type { CommitmentResponse } from '../model/types';
import { applyShift, moveOf, shiftPlan, type Move, type ShiftPlan } from '../parse/shift';
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
  /** Where each report's positions are, once it has been moved (a moved report has its source's shape). */
  plans?: readonly (ShiftPlan | undefined)[];
}

/** Every check's result for one response, by check name. */
type Row = Map<string, Checked>;

/** A response's row in one analysis, with the row of the response it was moved from and by how many lines (if it was). */
interface Entry {
  readonly row: Row;
  readonly moved?: Move<Row>;
}

/** Stands for "no manifest" as a key. */
const NO_MANIFEST = {};

/**
 * Kept results, by manifest, catalog set and report date, then by response.
 * The project keeps one catalog set per plan while its framework and local
 * catalogs are the same objects, and one parsed manifest while plan.yaml's
 * text is the same, so the next analysis of a plan finds here what the last
 * one checked.
 */
const kept = new WeakMap<object, WeakMap<object, Map<string, WeakMap<CommitmentResponse, Row>>>>();

/** Each analysis's rows, found once for all its checks. */
const rowsByContext = new WeakMap<RuleContext, readonly Entry[]>();

/** The analyses whose checks are kept (see `keepChecksFor`). */
const keeping = new WeakSet<RuleContext>();

/**
 * Keeps what the checks of this analysis find, for the next analysis of the
 * plan to reuse: for a plan being edited (`PlanProject.prepareEdits`). A run
 * that analyses each plan once would only hold the results for nothing
 * (~15 MB of peak memory on the 42-plan corpus) and spend ~0.1 s making them.
 */
export function keepChecksFor(context: RuleContext): void {
  keeping.add(context);
}

/** Whether this analysis is of a plan being edited (see `keepChecksFor`): worth remembering what it works out for the next. */
export function keepsChecks(context: RuleContext): boolean {
  return keeping.has(context);
}

/**
 * Runs `check` on each of the plan's responses and passes on what it
 * reports, in the responses' order. A response object the analysis before
 * checked with the same facts (an edit elsewhere: parsing keeps an unchanged
 * block's result, `BlockCache`) gets its kept reports instead, and one the
 * block cache moved by lines gets the kept reports of the response it came
 * from, moved alike: one edit re-checks one block, not the whole plan.
 *
 * Results are kept only for analyses marked with `keepChecksFor`.
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
  const facts: ResponseFacts = context;
  let flagged = false;
  if (!keepsChecks(context)) {
    for (const response of context.responses) if (check(response, facts, report) === true) flagged = true;
    return flagged;
  }
  const entries = remember(rowsByContext, context, () => entriesOf(context));
  context.responses.forEach((response, i) => {
    const { row, moved } = entries[i] as Entry;
    let checked = row.get(name);
    if (!checked) {
      const source = moved?.from.get(name);
      checked = (moved && source && movedAlong(source, moved.delta, response.uri)) ?? checkedOf(response, facts, check);
      row.set(name, checked);
    }
    for (const finding of checked.reports) report(finding);
    if (checked.flagged) flagged = true;
  });
  return flagged;
}

/** The rows of an analysis's responses under its facts, in their order, made for the responses seen for the first time. */
function entriesOf(context: RuleContext): Entry[] {
  const byCatalogs = remember(kept, context.manifest ?? NO_MANIFEST, () => new WeakMap<object, Map<string, WeakMap<CommitmentResponse, Row>>>());
  const byDate = remember(byCatalogs, context.catalogs, () => new Map<string, WeakMap<CommitmentResponse, Row>>());
  const byResponse = remember(byDate, context.today ?? '', () => new WeakMap<CommitmentResponse, Row>());
  return context.responses.map((response) => {
    const row = byResponse.get(response);
    if (row) return { row };
    const made = new Map<string, Checked>();
    byResponse.set(response, made);
    const move = moveOf(response);
    const from = move && byResponse.get(move.from);
    return from && move ? { row: made, moved: { from, delta: move.delta } } : { row: made };
  });
}

function checkedOf(
  response: CommitmentResponse,
  facts: ResponseFacts,
  check: (response: CommitmentResponse, facts: ResponseFacts, report: (finding: Report) => void) => boolean | void,
): Checked {
  const reports: Report[] = [];
  const flagged = check(response, facts, (finding) => reports.push(finding)) === true;
  return { reports, flagged };
}

/**
 * A check's result for a response moved by `delta` lines, from its result
 * for the response it came from. A check reads a response's values and
 * ranges, so its reports on the moved response are its reports on the old
 * one, moved; unless one of them points into another file, which did not
 * move (then the response is checked again).
 */
function movedAlong(source: Checked, delta: number, uri: string): Checked | undefined {
  if (!source.reports.every((report) => onlyIn(report, uri))) return undefined;
  const plans = (source.plans ??= source.reports.map((report) => shiftPlan(report)));
  return { reports: source.reports.map((report, i) => applyShift(report, plans[i], delta)), flagged: source.flagged, plans };
}

/** Whether everything `value` locates is in the file `uri` (a report, its related locations and fixes). */
function onlyIn(value: unknown, uri: string): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every((item) => onlyIn(item, uri));
  const record = value as Record<string, unknown>;
  if (typeof record['uri'] === 'string' && record['uri'] !== uri) return false;
  for (const key in record) if (!onlyIn(record[key], uri)) return false;
  return true;
}
