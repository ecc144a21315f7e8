import * as assert from 'node:assert/strict';
import { consistencyFindings, type PlanDigest, type ResponseDigest } from '../../core/src/index';

/**
 * Cross-plan consistency on hand-made digests: one organisation answering the same commitment
 * in two plans, as lead or partner, with trajectories, statuses and leads that differ or agree.
 */

type Response = Partial<Omit<ResponseDigest, 'trajectory'>> & { trajectory?: Record<string, number | `${number}%`> };

function response(r: Response, line: number): ResponseDigest {
  return {
    uri: 'file:///x.md',
    range: { start: { line, character: 0 }, end: { line, character: 5 } },
    ...(r.status ? { status: r.status } : {}),
    ...(r.lead ? { lead: r.lead } : {}),
    partners: r.partners ?? [],
    trajectory: Object.entries(r.trajectory ?? {}).map(([year, value]) =>
      typeof value === 'number' ? { year, value, unit: 'number' as const } : { year, value: Number(value.slice(0, -1)), unit: 'percent' as const },
    ),
  };
}

function plan(name: string, orgs: string[], answers: Record<string, Response[]>): PlanDigest {
  return {
    root: `file:///plans/${name}/`,
    title: `Plan ${name.toUpperCase()}`,
    framework: 'ltp-2019',
    organisations: orgs.map((id) => ({ id, name: id })),
    unreadable: [],
    commitments: Object.entries(answers).map(([id, responses]) => ({
      id,
      title: id,
      area: 'Area',
      kind: 'transformation',
      catalogId: 'ltp-2019',
      status: 'partial' as const,
      gap: '',
      responses: responses.map((r, i) => response(r, i * 10)),
    })),
  };
}

const messages = (plans: PlanDigest[]) => consistencyFindings(plans).map((f) => `${f.kind}: ${f.message}`);

describe('cross-plan consistency, case by case', () => {
  it('organisations in turn, by id; each finding names both plans and both responses', () => {
    const a = plan('a', ['z-trust', 'a-trust'], { 'mh-liaison': [{ lead: 'z-trust', status: 'on-track' }, { lead: 'a-trust', status: 'on-track' }] });
    const b = plan('b', ['a-trust', 'z-trust'], { 'mh-liaison': [{ lead: 'z-trust', status: 'at-risk' }, { lead: 'a-trust', status: 'at-risk' }] });
    const findings = consistencyFindings([a, b]);
    assert.deepEqual(findings.map((f) => f.organisation), ['a-trust', 'z-trust']);
    assert.deepEqual(findings[0]?.plans, [
      { root: 'file:///plans/a/', title: 'Plan A', uri: 'file:///x.md', range: { start: { line: 10, character: 0 }, end: { line: 10, character: 5 } } },
      { root: 'file:///plans/b/', title: 'Plan B', uri: 'file:///x.md', range: { start: { line: 10, character: 0 }, end: { line: 10, character: 5 } } },
    ]);
  });

  const cases: readonly { name: string; a: Response[]; b: Response[]; expected: string[]; orgsA?: string[] }[] = [
    {
      name: 'trajectories compared year by year in year order: missing years are "none", percentages keep their sign, a unit change is a difference',
      a: [{ lead: 'mh-trust', trajectory: { '2023/24': 4000, '2022/23': 3000, '2021/22': 70 } }],
      b: [{ lead: 'mh-trust', trajectory: { '2021/22': '70%', '2022/23': 3000, '2024/25': 5000 } }],
      expected: ['trajectory: mh-trust leads mh-liaison in "Plan A" and "Plan B" with different trajectories (2021/22: 70 vs 70%; 2023/24: 4,000 vs none; 2024/25: none vs 5,000)'],
    },
    {
      name: 'the same trajectory and status is no finding',
      a: [{ lead: 'mh-trust', status: 'on-track', trajectory: { '2023/24': 4000 } }],
      b: [{ lead: 'mh-trust', status: 'on-track', trajectory: { '2023/24': 4000 } }],
      expected: [],
    },
    {
      name: 'statuses differ, one of them not given',
      a: [{ lead: 'mh-trust' }],
      b: [{ lead: 'mh-trust', status: 'at-risk' }],
      expected: ['status: mh-trust leads mh-liaison in "Plan A" and "Plan B" with different statuses (none vs at-risk)'],
    },
    {
      name: 'a partner in the first plan and the lead in the second: the lead is named first',
      a: [{ lead: 'a-ccg', partners: ['mh-trust'] }],
      b: [{ lead: 'mh-trust' }],
      expected: ['lead: mh-trust leads mh-liaison in "Plan B" but a-ccg leads it in "Plan A", where mh-trust is a partner'],
    },
    {
      name: 'a partner where no one leads',
      a: [{ lead: 'mh-trust' }],
      b: [{ partners: ['mh-trust'] }],
      expected: ['lead: mh-trust leads mh-liaison in "Plan A" but no one leads it in "Plan B", where mh-trust is a partner'],
    },
    {
      name: 'a partner in both plans: nothing to compare, whatever the trajectories',
      a: [{ lead: 'a-ccg', partners: ['mh-trust'], trajectory: { '2023/24': 1 } }],
      b: [{ lead: 'b-ccg', partners: ['mh-trust'], trajectory: { '2023/24': 2 } }],
      expected: [],
    },
    {
      name: 'a response the organisation neither leads nor partners in is left out',
      a: [{ lead: 'mh-trust' }],
      b: [{ lead: 'b-ccg' }],
      expected: [],
    },
    {
      name: 'a response marked not applicable is left out',
      a: [{ lead: 'mh-trust', status: 'on-track' }],
      b: [{ lead: 'mh-trust', status: 'not-applicable' }],
      expected: [],
    },
    {
      name: 'two responses in one plan are not compared with each other (that is a duplicate response)',
      a: [{ lead: 'mh-trust', trajectory: { '2023/24': 1 } }, { lead: 'mh-trust', trajectory: { '2023/24': 2 } }],
      b: [],
      expected: [],
    },
    {
      name: 'an organisation listed twice in one footprint is compared once',
      orgsA: ['mh-trust', 'mh-trust'],
      a: [{ lead: 'mh-trust', status: 'on-track' }],
      b: [{ lead: 'mh-trust', status: 'at-risk' }],
      expected: ['status: mh-trust leads mh-liaison in "Plan A" and "Plan B" with different statuses (on-track vs at-risk)'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const a = plan('a', c.orgsA ?? ['a-ccg', 'mh-trust'], { 'mh-liaison': c.a });
      const b = plan('b', ['b-ccg', 'mh-trust'], { 'mh-liaison': c.b });
      assert.deepEqual(messages([a, b]), c.expected);
    });
  }

  it('an organisation in one footprint only is not compared, even with a plan that names it without listing it', () => {
    const a = plan('a', ['mh-trust'], { 'mh-liaison': [{ lead: 'mh-trust', status: 'on-track' }] });
    const b = plan('b', ['b-ccg'], { 'mh-liaison': [{ lead: 'mh-trust', status: 'at-risk' }] });
    assert.deepEqual(messages([a, b]), []);
  });

  it('three plans: every pair that differs', () => {
    const p = (name: string, status: string) => plan(name, ['mh-trust'], { 'mh-liaison': [{ lead: 'mh-trust', status }] });
    assert.deepEqual(messages([p('a', 'on-track'), p('b', 'on-track'), p('c', 'at-risk')]), [
      'status: mh-trust leads mh-liaison in "Plan A" and "Plan C" with different statuses (on-track vs at-risk)',
      'status: mh-trust leads mh-liaison in "Plan B" and "Plan C" with different statuses (on-track vs at-risk)',
    ]);
  });
});
