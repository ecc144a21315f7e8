import * as assert from 'node:assert/strict';
import type { CatalogCommitment, CommitmentResponse, EvidenceState, Finding } from '../../core/src/index';
import { COVERAGE_STATUS_LABELS, COVERAGE_STATUSES, NO_EVIDENCE, verdictOf } from '../../core/src/index';

/** Commitments judged by rules (`evidenced-by`): the verdict and its words for each state the rules can be in (core/src/coverage/verdict.ts). */

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const located = <T>(value: T) => ({ value, range });

function commitment(evidencedBy: string[]): CatalogCommitment {
  return { id: 'fin-x', area: 'finance', kind: 'foundational', title: 'Balance', summary: '', guidance: '', evidencedBy, catalogId: 'test', uri: 'file:///c.catalog.yaml', range, idRange: range };
}

function response(status?: CommitmentResponse['status']): CommitmentResponse {
  return { uri: 'file:///p/a.md', range, form: 'block', id: located('fin-x'), ...(status ? { status } : {}), partners: [], organisations: [], actions: [] };
}

const finding = (ruleId: string, message: string): Finding => ({ ruleId, severity: 'warning', message, uri: 'file:///p/a.md', range });

describe('coverage: commitments judged by rules', () => {
  const cases: { name: string; evidencedBy: string[]; states: Record<string, EvidenceState>; status: string; reason: string; held: number }[] = [
    { name: 'one rule, nothing found', evidencedBy: ['finance-balance'], states: { 'finance-balance': { kind: 'judged', findings: [] } }, status: 'met', reason: 'finance-balance finds nothing holding it back', held: 0 },
    {
      name: 'two rules (one by check), nothing found',
      evidencedBy: ['finance-balance', 'workforce-gap/supply', 'workforce-gap/demand'],
      states: { 'finance-balance': { kind: 'judged', findings: [] }, 'workforce-gap/supply': { kind: 'judged', findings: [] }, 'workforce-gap/demand': { kind: 'judged', findings: [] } },
      status: 'met',
      reason: 'finance-balance, workforce-gap find nothing holding it back',
      held: 0,
    },
    {
      name: 'one finding',
      evidencedBy: ['finance-balance'],
      states: { 'finance-balance': { kind: 'judged', findings: [finding('finance-balance', 'a deficit in 2021/22')] } },
      status: 'partial',
      reason: 'held back by finance-balance: a deficit in 2021/22',
      held: 1,
    },
    {
      name: 'three findings over two rules',
      evidencedBy: ['finance-balance', 'workforce-gap'],
      states: { 'finance-balance': { kind: 'judged', findings: [finding('finance-balance', 'first')] }, 'workforce-gap': { kind: 'judged', findings: [finding('workforce-gap', 'second'), finding('workforce-gap', 'third')] } },
      status: 'partial',
      reason: 'held back by finance-balance: first (and 2 more)',
      held: 3,
    },
    {
      name: 'a finding beside a rule switched off: the finding decides',
      evidencedBy: ['finance-balance', 'workforce-gap'],
      states: { 'finance-balance': { kind: 'off', rule: 'finance-balance' }, 'workforce-gap': { kind: 'judged', findings: [finding('workforce-gap', 'short')] } },
      status: 'partial',
      reason: 'held back by workforce-gap: short',
      held: 1,
    },
    { name: 'a rule switched off', evidencedBy: ['finance-balance'], states: { 'finance-balance': { kind: 'off', rule: 'finance-balance' } }, status: 'answered', reason: 'finance-balance is off in plan.yaml: not judged', held: 0 },
    { name: 'no such rule', evidencedBy: ['no-such-rule'], states: { 'no-such-rule': { kind: 'unknown', rule: 'no-such-rule' } }, status: 'answered', reason: 'no-such-rule is not a rule: not judged', held: 0 },
    { name: 'nothing to judge', evidencedBy: ['assumption-realism/activity'], states: { 'assumption-realism/activity': { kind: 'nothing', rule: 'assumption-realism/activity' } }, status: 'answered', reason: 'nothing for assumption-realism/activity to judge: not judged', held: 0 },
    {
      name: 'one rule judged, the next with nothing to judge: the first unjudged is named',
      evidencedBy: ['finance-balance', 'workforce-gap', 'engagement'],
      states: { 'finance-balance': { kind: 'judged', findings: [] }, 'workforce-gap': { kind: 'nothing', rule: 'workforce-gap' }, engagement: { kind: 'off', rule: 'engagement' } },
      status: 'answered',
      reason: 'nothing for workforce-gap to judge: not judged',
      held: 0,
    },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.status}, "${c.reason}"`, () => {
      const verdict = verdictOf(response(), commitment(c.evidencedBy), {}, (entry) => c.states[entry] ?? assert.fail(`asked about ${entry}`));
      assert.deepEqual([verdict.status, verdict.reason, verdict.heldBackBy.length], [c.status, c.reason, c.held]);
      assert.equal(verdict.assessment.kind, 'no-target');
    });
  }

  it('without evidence, a commitment without a target is answered, or partial when not started', () => {
    assert.deepEqual([verdictOf(response(), commitment([]), {}, NO_EVIDENCE)].map((v) => [v.status, v.reason]), [['answered', 'no measurable national target']]);
    const notStarted = verdictOf(response(located('not-started')), commitment([]), {}, NO_EVIDENCE);
    assert.deepEqual([notStarted.status, notStarted.reason], ['partial', 'not started; no measurable national target']);
  });

  it('names the statuses in one order and one set of words for every report', () => {
    assert.deepEqual(COVERAGE_STATUSES, ['met', 'answered', 'partial', 'missing', 'not-applicable']);
    assert.deepEqual(COVERAGE_STATUS_LABELS, { met: 'met', answered: 'answered', partial: 'partial', missing: 'missing', 'not-applicable': 'not applicable' });
  });
});
