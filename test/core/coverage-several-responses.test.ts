import * as assert from 'node:assert/strict';
import { coverageRows, type CommitmentCoverage, type CoverageStatus } from '../../core/src/index';
import { lines, manifest, projectOf, testEngine } from '../helpers/engine';

/** Which response decides when a plan answers a commitment more than once, and which findings hold a requirement back. */

const block = (id: string, status: string, ...rest: string[]) => lines('```commitment', `id: ${id}`, `status: ${status}`, ...rest, '```', '');

function covered(files: Record<string, string>, id: string): CommitmentCoverage {
  const [analysis] = projectOf(files).analyzeAll();
  const found = analysis?.coverage.areas.flatMap((a) => a.commitments).find((c) => c.commitment.id === id);
  assert.ok(found, id);
  return found;
}

// mh-talking-therapies for 1,250,000 people: fair share 42,194 (1,900,000 × 1,250,000 ÷ 56,286,961).
const MET = 'trajectory: { 2023/24: 45000 }';
const SHORT = 'trajectory: { 2023/24: 30000 }';
const SHORTER = 'trajectory: { 2023/24: 20000 }';

describe('coverage: several responses to one commitment', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const cases: { readonly name: string; readonly chapter: string; readonly status: CoverageStatus; readonly reason: string; readonly planStatus?: string }[] = [
    {
      name: 'not applicable twice, only the second with a reason: the reason given decides',
      chapter: lines(block('mh-talking-therapies', 'not-applicable'), block('mh-talking-therapies', 'not-applicable', 'reason: Commissioned by the region.')),
      status: 'not-applicable',
      reason: 'Commissioned by the region.',
      planStatus: 'not-applicable',
    },
    {
      name: 'not applicable twice, with two reasons: the first written',
      chapter: lines(block('mh-talking-therapies', 'not-applicable', 'reason: First.'), block('mh-talking-therapies', 'not-applicable', 'reason: Second.')),
      status: 'not-applicable',
      reason: 'First.',
      planStatus: 'not-applicable',
    },
    {
      name: 'met first, then short: the one that meets it decides',
      chapter: lines(block('mh-talking-therapies', 'on-track', MET), block('mh-talking-therapies', 'at-risk', SHORT)),
      status: 'met',
      reason: 'meets fair share 42,194 by 2023/24',
      planStatus: 'on-track',
    },
    {
      name: 'short first, then met: the one that meets it still decides',
      chapter: lines(block('mh-talking-therapies', 'at-risk', SHORT), block('mh-talking-therapies', 'on-track', MET)),
      status: 'met',
      reason: 'meets fair share 42,194 by 2023/24',
      planStatus: 'on-track',
    },
    {
      name: 'both short: the first written decides',
      chapter: lines(block('mh-talking-therapies', 'at-risk', SHORT), block('mh-talking-therapies', 'off-track', SHORTER)),
      status: 'partial',
      reason: '30,000 in 2023/24 against fair share 42,194: short by 29%',
      planStatus: 'at-risk',
    },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.status}, "${c.reason}"`, () => {
      const entry = covered({ 'plan.yaml': manifest(), 'a.md': c.chapter }, 'mh-talking-therapies');
      assert.deepEqual([entry.status, entry.reason, entry.planStatus, entry.responses.length], [c.status, c.reason, c.planStatus, 2]);
    });
  }

  it('the report row lists the summaries of the responses that have one, in order', () => {
    const chapter = lines(block('mh-talking-therapies', 'on-track', MET, 'summary: Two new *hubs*.'), block('mh-talking-therapies', 'at-risk', SHORT), block('mh-talking-therapies', 'at-risk', SHORT, 'summary: Digital front door.'));
    const [analysis] = projectOf({ 'plan.yaml': manifest(), 'a.md': chapter }).analyzeAll();
    assert.ok(analysis);
    const row = coverageRows(analysis).find((r) => r.id === 'mh-talking-therapies');
    assert.deepEqual(row?.summaries, ['Two new *hubs*.', 'Digital front door.']);
    assert.equal(row?.responses.length, 3);
  });
});

describe('coverage: the findings that hold a requirement back', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });
  const gap = lines('workforce:', '  groups:', '    - group: Registered nurses', '      demand: { 2023/24: 7100 }', '      supply: { 2023/24: 6760 }', '');

  it('a rule raised to error holds it back as a warning does', () => {
    for (const severity of ['error', 'warning']) {
      const entry = covered({ 'plan.yaml': manifest(`rules: { workforce-gap: ${severity} }`), 'a.md': block('people-plan', 'on-track'), 'data.yaml': gap }, 'people-plan');
      assert.equal(entry.status, 'partial', severity);
      assert.match(entry.reason, /^held back by workforce-gap: Registered nurses: supply of 6,760 WTE is below demand of 7,100/, severity);
      assert.deepEqual(entry.heldBackBy.map((f) => f.severity), [severity]);
    }
  });

  it('evidenced by a whole rule (no check named): a finding of any of its checks holds it back', () => {
    // planning-2016's gap-finance-efficiency is evidenced by finance-balance as a whole; the deficit is its "balance" check.
    const plan = manifest('', { framework: 'planning-2016', period: ['2016/17', '2020/21'] });
    const finance = lines('finance:', '  unit: £m', '  income: { 2016/17: 100 }', '  expenditure: { 2016/17: 101 }', '  efficiency: { 2016/17: 2% }', '');
    const entry = covered({ 'plan.yaml': plan, 'a.md': block('gap-finance-efficiency', 'on-track'), 'data.yaml': finance }, 'gap-finance-efficiency');
    assert.equal(entry.status, 'partial', entry.reason);
    assert.match(entry.reason, /^held back by finance-balance: 2016\/17: expenditure £101m is above income £100m/);
    assert.deepEqual(entry.heldBackBy.map((f) => f.data?.['check']), ['balance']);
  });
});
