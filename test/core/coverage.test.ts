import * as assert from 'node:assert/strict';
import { fairShare, type CommitmentCoverage, type Coverage, type CoverageStatus } from '../../core/src/index';
import { lines, manifest, projectOf, testEngine } from '../helpers/engine';

const block = (id: string, status: string, ...rest: string[]) => lines('```commitment', `id: ${id}`, `status: ${status}`, ...rest, '```', '');

function coverageOf(chapter: string, options: Parameters<typeof manifest>[1] = {}): Coverage {
  const [analysis] = projectOf({ 'plan.yaml': manifest('', options), 'chapter.md': chapter }).analyzeAll();
  assert.ok(analysis);
  return analysis.coverage;
}

function entry(coverage: Coverage, id: string): CommitmentCoverage {
  const found = coverage.areas.flatMap((a) => a.commitments).find((c) => c.commitment.id === id);
  assert.ok(found, `no coverage entry for ${id}`);
  return found;
}

// 1,900,000 × 562,870 ÷ 56,286,961 = 19,000.01: the talking-therapies fair share for this population.
const POPULATION = 562_870;

describe('coverage', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  it('the fair share of a count target is national value × population ÷ England population', () => {
    assert.equal(fairShare(380_000, 1_250_000, 56_300_000).value.toFixed(2), '8436.94');
    assert.equal(fairShare(1_900_000, POPULATION, 56_286_961).value.toFixed(2), '19000.01');
  });

  const cases: { name: string; response: string; status: CoverageStatus; period?: [string, string]; check?: (entry: CommitmentCoverage) => void }[] = [
    // count targets: fair share 19,000.01 (mh-talking-therapies, 1,900,000 a year nationally by 2023/24)
    { name: 'count target: trajectory above the fair share → met', response: block('mh-talking-therapies', 'on-track', 'trajectory: { 2022/23: 15000, 2023/24: 25000 }'), status: 'met' },
    {
      name: 'count target: trajectory just above the fair share → met, with the reason',
      response: block('mh-talking-therapies', 'at-risk', 'trajectory: { 2023/24: 19001 }'),
      status: 'met',
      check: (e) => {
        assert.equal(e.assessment?.kind, 'assessed');
        if (e.assessment?.kind !== 'assessed') return;
        assert.equal(e.assessment.required.toFixed(2), '19000.01');
        assert.equal(e.assessment.fairShare?.value.toFixed(2), '19000.01');
        assert.equal(e.assessment.year, '2023/24');
        assert.equal(e.assessment.projection, undefined);
        assert.equal(e.reason, 'meets fair share 19,000 by 2023/24');
        assert.equal(e.planStatus, 'at-risk');
      },
    },
    { name: 'count target: below the fair share → partial, the shortfall as a share of it', response: block('mh-talking-therapies', 'on-track', 'trajectory: { 2023/24: 9500 }'), status: 'partial', check: (e) => assert.equal(e.reason, '9,500 in 2023/24 against fair share 19,000: short by 50%') },
    { name: 'count target: an earlier year above the fair share does not count, the target year does', response: block('mh-talking-therapies', 'on-track', 'trajectory: { 2022/23: 90000, 2023/24: 100 }'), status: 'partial' },
    { name: 'count target: no value for the target year → partial', response: block('mh-talking-therapies', 'on-track', 'trajectory: { 2021/22: 90000 }'), status: 'partial', check: (e) => assert.equal(e.reason, 'no value for 2023/24') },
    { name: 'count target: no trajectory at all → answered (nothing to judge)', response: block('mh-talking-therapies', 'on-track'), status: 'answered', check: (e) => assert.equal(e.reason, 'no trajectory to compare with the target') },
    { name: 'count target, decrease: at the target (0) → met', response: block('mh-out-of-area-placements', 'on-track', 'trajectory: { 2020/21: 0 }'), status: 'met' },
    { name: 'count target, decrease: above the target → partial', response: block('mh-out-of-area-placements', 'on-track', 'trajectory: { 2020/21: 3 }'), status: 'partial' },
    // rate targets: compared as they stand
    { name: 'rate target "92%": 92% → met', response: block('rtt-18-weeks', 'on-track', 'trajectory: { 2019/20: 92% }'), status: 'met' },
    { name: 'rate target "92%": 91.9% → partial, short in points', response: block('rtt-18-weeks', 'on-track', 'trajectory: { 2019/20: 91.9% }'), status: 'partial', check: (e) => assert.equal(e.reason, 'standing standard: never reaches 92% (91.9% in 2019/20: 0.1 points short)') },
    { name: 'rate target: a percentage is not scaled by population', response: block('mh-liaison', 'on-track', 'trajectory: { 2023/24: 70% }'), status: 'met' },
    // target year beyond the plan end (cancer-early-diagnosis: 75% by 2028/29)
    {
      name: 'a target year beyond the plan end: the trend of the plan years is projected to it',
      response: block('cancer-early-diagnosis', 'on-track', 'trajectory: { 2019/20: 55%, 2023/24: 71% }'),
      status: 'met',
      check: (e) => {
        assert.equal(e.assessment?.kind, 'assessed');
        if (e.assessment?.kind !== 'assessed') return;
        assert.equal(e.assessment.year, '2028/29');
        assert.deepEqual(e.assessment.projection, { from: '2019/20', last: '2023/24', value: 91 });
        assert.equal(e.reason, 'projected 91% by 2028/29 against 75%: on course');
      },
    },
    { name: 'a target year beyond the plan end: one value projects level → partial', response: block('cancer-early-diagnosis', 'on-track', 'trajectory: { 2023/24: 74% }'), status: 'partial', check: (e) => assert.equal(e.reason, 'projected 74% by 2028/29 against 75%: 1 point short') },
    {
      name: 'a shorter plan period: a 2023/24 count target is projected from the plan\'s last years',
      period: ['2019/20', '2021/22'],
      response: block('mh-talking-therapies', 'on-track', 'trajectory: { 2019/20: 5000, 2020/21: 10000, 2021/22: 15000 }'),
      status: 'met',
      check: (e) => assert.deepEqual(e.assessment?.kind === 'assessed' ? e.assessment.projection : undefined, { from: '2019/20', last: '2021/22', value: 25000 }),
    },
    {
      name: 'a shorter plan period: a value after the plan end is not used',
      period: ['2019/20', '2021/22'],
      response: block('mh-talking-therapies', 'on-track', 'trajectory: { 2021/22: 100, 2023/24: 90000 }'),
      status: 'partial',
    },
    // units
    { name: 'unit mismatch: a number against a percentage target → partial', response: block('rtt-18-weeks', 'on-track', 'trajectory: { 2019/20: 92 }'), status: 'partial', check: (e) => assert.equal(e.assessment?.kind, 'unit-mismatch') },
    { name: 'unit mismatch: a percentage against a count target → partial', response: block('mh-talking-therapies', 'on-track', 'trajectory: { 2023/24: 100% }'), status: 'partial', check: (e) => assert.equal(e.assessment?.kind, 'unit-mismatch') },
    // no target, or an unconfirmed one
    { name: 'no target: a response is answered, not met', response: block('community-reablement', 'at-risk'), status: 'answered', check: (e) => assert.equal(e.reason, 'no measurable national target') },
    { name: 'no target: off-track is answered too (the plan\'s own status is kept beside it)', response: block('community-reablement', 'off-track'), status: 'answered', check: (e) => assert.equal(e.planStatus, 'off-track') },
    { name: 'no target: not-started → partial', response: block('community-reablement', 'not-started'), status: 'partial', check: (e) => assert.equal(e.reason, 'not started; no measurable national target') },
    { name: 'an unconfirmed target is never enforced: a low trajectory is answered, not met', response: block('uec-urgent-treatment-centres', 'on-track', 'trajectory: { 2020/21: 10% }'), status: 'answered', check: (e) => assert.equal(e.assessment?.kind, 'unconfirmed') },
    { name: 'an unconfirmed target, not started → partial', response: block('uec-urgent-treatment-centres', 'not-started'), status: 'partial' },
    // not applicable, missing
    { name: 'not-applicable with a reason → not-applicable, the reason shown', response: block('ics-by-2021', 'not-applicable', 'reason: Already an integrated care system since 2018.'), status: 'not-applicable', check: (e) => assert.equal(e.reason, 'Already an integrated care system since 2018.') },
    { name: 'not-applicable without a reason → missing', response: block('ics-by-2021', 'not-applicable'), status: 'missing', check: (e) => assert.equal(e.reason, 'marked not-applicable without a reason') },
    { name: 'no response → missing', response: '# Nothing here\n', status: 'missing' },
    { name: 'a [[reference]] alone → missing', response: 'We will work on [[ics-by-2021]].\n', status: 'missing' },
    // several responses
    {
      name: 'two responses: the one that meets the target wins',
      response: lines(block('mh-talking-therapies', 'on-track', 'trajectory: { 2023/24: 10 }'), block('mh-talking-therapies', 'on-track', 'trajectory: { 2023/24: 20000 }')),
      status: 'met',
      check: (e) => assert.equal(e.responses.length, 2),
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const id = /id: ([a-z0-9-]+)/.exec(c.response)?.[1] ?? /\[\[([a-z0-9-]+)\]\]/.exec(c.response)?.[1] ?? 'ics-by-2021';
      const e = entry(coverageOf(c.response, { population: POPULATION, ...(c.period ? { period: c.period } : {}) }), id);
      assert.equal(e.status, c.status);
      c.check?.(e);
    });
  }

  it('rolls up by area and counts every status; foundational counts only foundational commitments', () => {
    const chapter = lines(
      block('mh-talking-therapies', 'on-track', 'trajectory: { 2023/24: 19001 }'), // met (foundational, mental health)
      block('mh-smi-community', 'on-track', 'trajectory: { 2023/24: 3699 }'), // partial: fair share 3,700.0
      block('mh-liaison', 'on-track', 'trajectory: { 2023/24: 70 }'), // partial: unit mismatch
      block('rtt-18-weeks', 'on-track', 'trajectory: { 2019/20: 92% }'), // met (planned care)
      block('ics-by-2021', 'not-applicable', 'reason: Already an ICS.'), // not applicable (system)
      block('elective-growth', 'not-applicable'), // missing: no reason (planned care)
      block('tobacco-inpatients', 'on-track', 'trajectory: { 2023/24: 100% }'), // met, but a transformation
      block('people-plan', 'not-started'), // partial, a requirement held back by workforce-gap (no workforce data)
    );
    const coverage = coverageOf(chapter, { population: POPULATION });
    const area = (id: string) => coverage.areas.find((a) => a.id === id);
    assert.deepEqual(area('mental-health')?.counts, { met: 1, answered: 0, partial: 2, missing: 6, 'not-applicable': 0 });
    assert.deepEqual(area('planned-care')?.counts, { met: 1, answered: 0, partial: 0, missing: 1, 'not-applicable': 0 });
    assert.deepEqual(area('system')?.counts, { met: 0, answered: 0, partial: 0, missing: 0, 'not-applicable': 1 });
    assert.deepEqual(area('prevention')?.counts, { met: 1, answered: 0, partial: 0, missing: 4, 'not-applicable': 0 });
    assert.deepEqual(area('plan-requirements')?.counts, { met: 0, answered: 0, partial: 1, missing: 6, 'not-applicable': 0 });
    assert.equal(area('mental-health')?.title, 'Mental health');

    const catalog = testEngine().builtinCatalogs.get('ltp-2019');
    assert.ok(catalog);
    assert.deepEqual(coverage.counts, { met: 3, answered: 0, partial: 3, missing: catalog.commitments.length - 7, 'not-applicable': 1 });
    const total = Object.values(coverage.counts).reduce((a, b) => a + b, 0);
    assert.equal(total, catalog.commitments.length);
    for (const a of coverage.areas) {
      assert.equal(Object.values(a.counts).reduce((x, y) => x + y, 0), a.commitments.length, a.id);
    }
    // foundational: answered = every status but missing; met counts met only (not applicable is not met).
    assert.deepEqual(coverage.foundational, { answered: 5, met: 2, total: catalog.commitments.filter((c) => c.kind === 'foundational').length });
    assert.equal(coverage.foundational.total, 31);
  });

  it('the areas follow the catalog and hold every commitment once', () => {
    const coverage = coverageOf('# Empty\n');
    const catalog = testEngine().builtinCatalogs.get('ltp-2019');
    assert.ok(catalog);
    assert.deepEqual(
      coverage.areas.map((a) => a.id),
      [...new Set(catalog.commitments.map((c) => c.area))],
    );
    const ids = coverage.areas.flatMap((a) => a.commitments.map((c) => c.commitment.id));
    assert.deepEqual([...ids].sort(), catalog.commitments.map((c) => c.id).sort());
    assert.deepEqual(coverage.counts, { met: 0, answered: 0, partial: 0, missing: catalog.commitments.length, 'not-applicable': 0 });
    assert.deepEqual(coverage.foundational, { answered: 0, met: 0, total: 31 });
  });

  it('without a footprint population a count target cannot be assessed → answered', () => {
    const text = manifest().replace(/ {2}population: \d+\n/, '');
    const [analysis] = projectOf({ 'plan.yaml': text, 'a.md': block('mh-talking-therapies', 'on-track', 'trajectory: { 2023/24: 1000000 }') }).analyzeAll();
    const e = entry(analysis?.coverage as Coverage, 'mh-talking-therapies');
    assert.equal(e.status, 'answered');
    assert.equal(e.assessment?.kind, 'no-population');
  });

  it('local catalog commitments are covered too', () => {
    const [analysis] = projectOf({
      'plan.yaml': manifest('catalogs: [local.catalog.yaml]'),
      'local.catalog.yaml': lines(
        'catalog: { id: local, title: Local, version: "1", period: { start: 2019/20, end: 2023/24 } }',
        'areas: [{ id: local-area, title: Local area }]',
        'commitments:',
        '  - { id: local-housing, area: local-area, kind: foundational, title: Housing, summary: s, source: { title: t }, guidance: g }',
      ),
      'a.md': block('local-housing', 'on-track'),
    }).analyzeAll();
    const coverage = analysis?.coverage as Coverage;
    assert.equal(entry(coverage, 'local-housing').status, 'answered');
    assert.equal(coverage.areas.find((a) => a.id === 'local-area')?.title, 'Local area');
    assert.equal(coverage.foundational.total, 32);
  });
});
