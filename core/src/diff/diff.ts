import type { CoverageStatus, StatusCounts } from '../coverage/coverage';
import type { Finding } from '../findings';
import type { PlanReport } from '../report';
import type { AssessmentDigest, CommitmentDigest, PlanDigest } from '../rollup/digest';
import type { Range } from '../text/positions';

/** What changed in one plan between two versions. */
export interface PlanDiff {
  readonly root: string;
  readonly title: string;
  readonly change: 'added' | 'removed' | 'changed' | 'unchanged';
  readonly summary: { readonly before?: CoverageSummary; readonly after?: CoverageSummary };
  /** Commitments answered now and not before (added), or before and not now (removed). */
  readonly responsesAdded: readonly ResponseRef[];
  readonly responsesRemoved: readonly ResponseRef[];
  readonly statuses: readonly StatusChange[];
  readonly trajectories: readonly TrajectoryChange[];
  readonly findingsNew: readonly Finding[];
  readonly findingsResolved: readonly Finding[];
}

export interface CoverageSummary {
  readonly foundational: { readonly answered: number; readonly met: number; readonly total: number };
  readonly counts: StatusCounts;
  readonly findings: number;
}

export interface ResponseRef {
  readonly id: string;
  readonly title: string;
  readonly uri: string;
  readonly range: Range;
}

export interface StatusChange {
  readonly id: string;
  readonly title: string;
  /** The coverage status (met, partial, ...) before and after, when it changed. */
  readonly coverage?: readonly [CoverageStatus, CoverageStatus];
  /** The status the plan declares (on-track, at-risk, ...) before and after, when it changed. */
  readonly declared?: readonly [string | undefined, string | undefined];
}

export interface TrajectoryChange {
  readonly id: string;
  readonly title: string;
  readonly unit: 'number' | 'percent';
  /** Years whose value changed, was added or was removed. */
  readonly years: readonly { readonly year: string; readonly before?: number; readonly after?: number }[];
  /** The comparison with the target before and after (the target-year shortfall). */
  readonly before?: AssessmentDigest;
  readonly after?: AssessmentDigest;
}

/** A plan version to compare: its report with the digest attached. */
export type PlanVersion = PlanReport & { readonly digest: PlanDigest };

/**
 * Compares two sets of plan versions, matched by plan root. Responses are
 * matched by commitment, so moving a response to another chapter (or
 * renaming a chapter) changes nothing; findings are matched by rule and
 * message, so a finding that only moved lines is neither new nor resolved.
 */
export function diffPlans(before: readonly PlanVersion[], after: readonly PlanVersion[]): PlanDiff[] {
  const roots = [...new Set([...before.map((p) => p.root), ...after.map((p) => p.root)])].sort();
  return roots.map((root) => diffPlan(before.find((p) => p.root === root), after.find((p) => p.root === root), root));
}

function diffPlan(before: PlanVersion | undefined, after: PlanVersion | undefined, root: string): PlanDiff {
  const oldById = new Map((before?.digest.commitments ?? []).map((c) => [c.id, c]));
  const newById = new Map((after?.digest.commitments ?? []).map((c) => [c.id, c]));
  const ids = [...new Set([...oldById.keys(), ...newById.keys()])];
  const responsesAdded: ResponseRef[] = [];
  const responsesRemoved: ResponseRef[] = [];
  const statuses: StatusChange[] = [];
  const trajectories: TrajectoryChange[] = [];
  for (const id of ids) {
    const o = oldById.get(id);
    const n = newById.get(id);
    const had = (o?.responses.length ?? 0) > 0;
    const has = (n?.responses.length ?? 0) > 0;
    if (has && !had && n) responsesAdded.push(ref(n));
    if (had && !has && o) responsesRemoved.push(ref(o));
    if (!before || !after) continue;
    const status = statusChange(o, n);
    if (status) statuses.push(status);
    const trajectory = trajectoryChange(o, n);
    if (trajectory) trajectories.push(trajectory);
  }
  // A whole plan added or removed is summarised (its finding count), not listed finding by finding.
  const { added: findingsNew, removed: findingsResolved } = before && after ? compareFindingSets(before.findings, after.findings) : { added: [], removed: [] };
  const changed = responsesAdded.length + responsesRemoved.length + statuses.length + trajectories.length + findingsNew.length + findingsResolved.length > 0;
  return {
    root,
    title: after?.title ?? before?.title ?? root,
    change: !before ? 'added' : !after ? 'removed' : changed ? 'changed' : 'unchanged',
    summary: { ...(before ? { before: summaryOf(before) } : {}), ...(after ? { after: summaryOf(after) } : {}) },
    responsesAdded,
    responsesRemoved,
    statuses,
    trajectories,
    findingsNew,
    findingsResolved,
  };
}

function summaryOf(plan: PlanReport): CoverageSummary {
  return { foundational: plan.foundational, counts: plan.counts, findings: plan.findings.length };
}

function ref(c: CommitmentDigest): ResponseRef {
  const response = c.responses[c.chosen ?? 0] ?? c.responses[0];
  return { id: c.id, title: c.title, uri: response?.uri ?? '', range: response?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

function declaredStatus(c: CommitmentDigest | undefined): string | undefined {
  return c ? (c.responses[c.chosen ?? 0] ?? c.responses[0])?.status : undefined;
}

function statusChange(o: CommitmentDigest | undefined, n: CommitmentDigest | undefined): StatusChange | undefined {
  const c = n ?? o;
  if (!c) return undefined;
  const coverage = o && n && o.status !== n.status ? ([o.status, n.status] as const) : undefined;
  const before = declaredStatus(o);
  const after = declaredStatus(n);
  // A response added or removed is reported as such; its declared status appearing is no change of status.
  const declared = before !== undefined && after !== undefined && before !== after ? ([before, after] as const) : undefined;
  if (!coverage && !declared) return undefined;
  return { id: c.id, title: c.title, ...(coverage ? { coverage } : {}), ...(declared ? { declared } : {}) };
}

function series(c: CommitmentDigest | undefined): Map<string, { value: number; unit: 'number' | 'percent' }> {
  const response = c?.chosen !== undefined ? c.responses[c.chosen] : undefined;
  return new Map((response?.trajectory ?? []).map((p) => [p.year, { value: p.value, unit: p.unit }]));
}

function trajectoryChange(o: CommitmentDigest | undefined, n: CommitmentDigest | undefined): TrajectoryChange | undefined {
  const c = n ?? o;
  if (!c) return undefined;
  const a = series(o);
  const b = series(n);
  const years = [...new Set([...a.keys(), ...b.keys()])].sort();
  const changed = years.flatMap((year) => {
    const x = a.get(year);
    const y = b.get(year);
    if (x && y && x.value === y.value && x.unit === y.unit) return [];
    return [{ year, ...(x ? { before: x.value } : {}), ...(y ? { after: y.value } : {}) }];
  });
  if (changed.length === 0) return undefined;
  const unit = [...b.values(), ...a.values()][0]?.unit ?? 'number';
  return { id: c.id, title: c.title, unit, years: changed, ...(o?.assessment ? { before: o.assessment } : {}), ...(n?.assessment ? { after: n.assessment } : {}) };
}

/** Findings matched by rule and message, counting repeats: what is only in `after` is new, only in `before` resolved. */
export function compareFindingSets(before: readonly Finding[], after: readonly Finding[]): { added: Finding[]; removed: Finding[] } {
  const key = (f: Finding) => `${f.ruleId}\u0000${f.message}`;
  const pool = new Map<string, Finding[]>();
  for (const f of before) {
    const list = pool.get(key(f)) ?? [];
    list.push(f);
    pool.set(key(f), list);
  }
  const added: Finding[] = [];
  for (const f of after) {
    const list = pool.get(key(f));
    if (list && list.length > 0) list.shift();
    else added.push(f);
  }
  return { added, removed: [...pool.values()].flat() };
}
