import { formatNumber } from '../model/values';
import type { Range } from '../text/positions';
import type { PlanDigest, ResponseDigest } from './digest';

/**
 * One organisation answering the same commitment differently in two plans:
 * a different trajectory, status or lead. Reported in both plans.
 */
export interface ConsistencyFinding {
  readonly organisation: string;
  readonly commitment: string;
  readonly kind: 'trajectory' | 'status' | 'lead';
  readonly message: string;
  /** The two responses, one per plan. */
  readonly plans: readonly { readonly root: string; readonly title: string; readonly uri: string; readonly range: Range }[];
}

interface Involvement {
  readonly plan: PlanDigest;
  readonly response: ResponseDigest;
}

/**
 * For every organisation in two or more footprints and every commitment,
 * compares the responses it leads or partners in across plans: where it
 * leads in both, the trajectories and statuses must agree; where it leads
 * in one and only partners in the other, the leads differ.
 */
export function consistencyFindings(plans: readonly PlanDigest[]): ConsistencyFinding[] {
  const footprints = new Map<string, PlanDigest[]>();
  for (const plan of plans) {
    for (const org of plan.organisations) {
      const list = footprints.get(org.id) ?? [];
      if (!list.includes(plan)) list.push(plan);
      footprints.set(org.id, list);
    }
  }
  const findings: ConsistencyFinding[] = [];
  for (const [org, shared] of [...footprints].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (shared.length < 2) continue;
    const byCommitment = new Map<string, Involvement[]>();
    for (const plan of shared) {
      for (const c of plan.commitments) {
        for (const response of c.responses) {
          if (response.status === 'not-applicable') continue;
          if (response.lead !== org && !response.partners.includes(org)) continue;
          const list = byCommitment.get(c.id) ?? [];
          list.push({ plan, response });
          byCommitment.set(c.id, list);
        }
      }
    }
    for (const [commitment, involved] of byCommitment) {
      for (let i = 0; i < involved.length; i++) {
        for (let j = i + 1; j < involved.length; j++) {
          const a = involved[i];
          const b = involved[j];
          if (!a || !b || a.plan === b.plan) continue;
          const finding = compare(org, commitment, a, b);
          if (finding) findings.push(finding);
        }
      }
    }
  }
  return findings;
}

function compare(org: string, commitment: string, a: Involvement, b: Involvement): ConsistencyFinding | undefined {
  const plans = [a, b].map((x) => ({ root: x.plan.root, title: x.plan.title, uri: x.response.uri, range: x.response.range }));
  const names = `"${a.plan.title}" and "${b.plan.title}"`;
  const aLeads = a.response.lead === org;
  const bLeads = b.response.lead === org;
  if (aLeads !== bLeads) {
    const [leader, other] = aLeads ? [a, b] : [b, a];
    return {
      organisation: org,
      commitment,
      kind: 'lead',
      message: `${org} leads ${commitment} in "${leader.plan.title}" but ${other.response.lead ?? 'no one'} leads it in "${other.plan.title}", where ${org} is a partner`,
      plans,
    };
  }
  if (!aLeads) return undefined;
  const differences = trajectoryDifferences(a.response, b.response);
  if (differences.length > 0) {
    return { organisation: org, commitment, kind: 'trajectory', message: `${org} leads ${commitment} in ${names} with different trajectories (${differences.join('; ')})`, plans };
  }
  if (a.response.status !== b.response.status) {
    return { organisation: org, commitment, kind: 'status', message: `${org} leads ${commitment} in ${names} with different statuses (${a.response.status ?? 'none'} vs ${b.response.status ?? 'none'})`, plans };
  }
  return undefined;
}

function trajectoryDifferences(a: ResponseDigest, b: ResponseDigest): string[] {
  const years = [...new Set([...a.trajectory, ...b.trajectory].map((p) => p.year))].sort();
  const show = (p: ResponseDigest['trajectory'][number] | undefined) => (p ? `${formatNumber(p.value)}${p.unit === 'percent' ? '%' : ''}` : 'none');
  const out: string[] = [];
  for (const year of years) {
    const pa = a.trajectory.find((p) => p.year === year);
    const pb = b.trajectory.find((p) => p.year === year);
    if (pa && pb && pa.value === pb.value && pa.unit === pb.unit) continue;
    out.push(`${year}: ${show(pa)} vs ${show(pb)}`);
  }
  return out;
}
