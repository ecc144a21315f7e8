import * as assert from 'node:assert/strict';
import type { Finding } from '../../core/src/index';
import { language } from '../../core/src/index';
import { lines, manifest, PLAN_ROOT, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

/**
 * Edges of trajectory-target: fractions written against a percentage target
 * (which figures count as fractions, and the whole message), the status
 * sentence for each way a standing standard is missed, and the commitment
 * each finding names.
 */

const block = (id: string, status: string, trajectory: string, marker: string): string =>
  lines('```commitment', `id: ${id}`, `status: ${status}`, `trajectory: ${trajectory}`, marker, '```', '');

const targetFindings = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.ruleId === 'trajectory-target');

describe('trajectory-target edges', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  describe('fractions against a percentage target', () => {
    const RTT = '(incomplete referral-to-treatment pathways within 18 weeks)';
    const fraction = (written: string, percent: string) => `${written} = ${percent}%? The target is a percentage (92%): write the trajectory as percentages, like ${percent}% ${RTT}`;
    const unit = (written: string) => `the target is a percentage (92%) but 2019/20 gives a plain number (${written}): write the trajectory in the target's unit ${RTT}`;
    const cases: { name: string; first: string; rest: string; message: string; edits?: string[] }[] = [
      { name: 'every figure a fraction: the whole message, and a fix for each', first: '0.85', rest: '2020/21: 0.86, 2021/22: 0.9, 2022/23: 0.92, 2023/24: 0.93', message: fraction('0.85', '85'), edits: ['85%', '86%', '90%', '92%', '93%'] },
      { name: 'fractions among percentages: only the fractions are rewritten', first: '0.85', rest: '2020/21: 86%, 2021/22: 90%, 2022/23: 92%, 2023/24: 93%', message: fraction('0.85', '85'), edits: ['85%'] },
      { name: '1 and 0 are fractions too', first: '0', rest: '2020/21: 1, 2021/22: 1, 2022/23: 1, 2023/24: 1', message: fraction('0', '0'), edits: ['0%', '100%', '100%', '100%', '100%'] },
      { name: 'one plain number above 1: not fractions, the unit message', first: '0.85', rest: '2020/21: 86, 2021/22: 0.9, 2022/23: 0.92, 2023/24: 0.93', message: unit('0.85') },
      { name: 'a negative figure: not fractions, the unit message', first: '-0.5', rest: '2020/21: 0.86, 2021/22: 0.9, 2022/23: 0.92, 2023/24: 0.93', message: unit('-0.5') },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const files = { 'plan.yaml': manifest(), 'a.md': block('rtt-18-weeks', 'at-risk', `{ 2019/20: ${c.first}, ${c.rest} }`, `${' '.repeat(23)}${'^'.repeat(c.first.length)} trajectory-target`) };
        const { findings, project } = checkPlan(files, { rules: ['trajectory-target'] });
        const found = targetFindings(findings);
        assert.deepEqual(found.map((f) => [f.message, f.data?.commitment]), [[c.message, 'rtt-18-weeks']]);
        const action = language.codeActions(project, `${PLAN_ROOT}a.md`, found).find((a) => a.title.startsWith('Write the fractions'));
        assert.deepEqual(action?.edits.map((e) => e.newText), c.edits);
      });
    }
  });

  describe('status on-track against a missed target: the sentence says how it is missed', () => {
    const change = ': change the status to at-risk or off-track, or the trajectory';
    const cases: { name: string; id: string; trajectory: string; message: string; plan?: string }[] = [
      { name: 'a standing standard met, then slipping', id: 'rtt-18-weeks', trajectory: '{ 2019/20: 92%, 2020/21: 92%, 2021/22: 90.5%, 2022/23: 92%, 2023/24: 92% }', message: `status is on-track, but the trajectory falls back below the standing standard in 2021/22${change}` },
      { name: 'a standing standard never reached', id: 'rtt-18-weeks', trajectory: '{ 2019/20: 80%, 2020/21: 82%, 2021/22: 84%, 2022/23: 86%, 2023/24: 88% }', message: `status is on-track, but the trajectory never reaches the standing standard in 2023/24${change}` },
      {
        name: 'an in-year standing standard reached late',
        id: 'must-do-5-rtt',
        trajectory: '{ 2016/17: 89%, 2017/18: 92%, 2018/19: 92%, 2019/20: 92%, 2020/21: 92% }',
        message: `status is on-track, but the trajectory is below the standard in 2016/17${change}`,
        plan: manifest('', { framework: 'planning-2016', period: ['2016/17', '2020/21'] }),
      },
      { name: 'a target for a year, missed in it', id: 'mh-talking-therapies', trajectory: '{ 2019/20: 10, 2020/21: 10, 2021/22: 10, 2022/23: 10, 2023/24: 10 }', message: `status is on-track, but the trajectory misses the target in 2023/24${change}` },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const files = { 'plan.yaml': c.plan ?? manifest(), 'a.md': lines('```commitment', `id: ${c.id}`, 'status: on-track', `trajectory: ${c.trajectory}`, '```', '') };
        const { findings } = checkPlan(files, { rules: [] });
        const status = targetFindings(findings).filter((f) => f.range.start.line === 2);
        assert.deepEqual(status.map((f) => [f.message, f.data?.commitment]), [[c.message, c.id]]);
      });
    }
  });

  describe('targets read per organisation, in a plan without a population', () => {
    const noPopulation = manifest().replace('  population: 1250000\n', '');
    const perOrganisation = (id: string, trajectory: string): string =>
      lines('```commitment', `id: ${id}`, 'status: at-risk', 'organisations:', '  test-ccg:', `    trajectory: ${trajectory}`, '```', '');
    const cases: { name: string; id: string; trajectory: string; expected: [string, string | undefined][] }[] = [
      {
        name: 'a count target given only per organisation still needs the population, said once at plan.yaml',
        id: 'mh-talking-therapies',
        trajectory: '{ 2019/20: 10, 2020/21: 10, 2021/22: 10, 2022/23: 10, 2023/24: 10 }',
        expected: [['plan.yaml', 'footprint.population is missing: fair shares of national count targets cannot be worked out without it']],
      },
      { name: 'a rate target per organisation does not need it', id: 'mh-liaison', trajectory: '{ 2019/20: 70%, 2020/21: 70%, 2021/22: 70%, 2022/23: 70%, 2023/24: 70% }', expected: [] },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const { findings } = checkPlan({ 'plan.yaml': noPopulation, 'a.md': perOrganisation(c.id, c.trajectory) }, { rules: [] });
        const planWide = targetFindings(findings).filter((f) => f.uri.endsWith('plan.yaml'));
        assert.deepEqual(planWide.map((f) => [f.uri.slice(PLAN_ROOT.length), f.message]), c.expected);
      });
    }

    it('a count-target response read through the target model (its timing given) but with no trajectory, none per organisation either, does not ask for it', () => {
      const block = lines('```commitment', 'id: mh-talking-therapies', 'status: at-risk', 'timing: year-average', '```', '');
      const { findings } = checkPlan({ 'plan.yaml': noPopulation, 'a.md': block }, { rules: [] });
      assert.deepEqual(targetFindings(findings).filter((f) => f.uri.endsWith('plan.yaml')), []);
    });

    it('a plan with a population, under a framework that gives no England population: says so, naming the framework', () => {
      const catalog = lines(
        'catalog: { id: local-counts, title: Local counts, version: "1", period: { start: 2016/17, end: 2020/21 } }',
        'areas: [{ id: local, title: Local }]',
        'commitments:',
        '  - { id: local-beds, area: local, kind: requirement, title: Beds, summary: S, guidance: G, source: { title: Board paper },',
        '      target: { measure: beds open, value: 1000, scale: count, direction: increase, by: 2020/21 } }',
        '',
      );
      const plan = manifest('catalogs: [local.catalog.yaml]\n', { framework: 'planning-2016', period: ['2016/17', '2020/21'] });
      const block = lines('```commitment', 'id: local-beds', 'status: at-risk', 'trajectory: { 2016/17: 10, 2017/18: 10, 2018/19: 10, 2019/20: 10, 2020/21: 10 }', '```', '');
      const { findings } = checkPlan({ 'plan.yaml': plan, 'local.catalog.yaml': catalog, 'a.md': block }, { rules: [] });
      assert.deepEqual(
        targetFindings(findings).map((f) => [f.uri.slice(PLAN_ROOT.length), f.message]),
        [['plan.yaml', 'the planning-2016 framework gives no England population, so fair shares of national count targets cannot be worked out']],
      );
    });

    it('a finding of the target model names its commitment', () => {
      const { findings } = checkPlan({ 'plan.yaml': manifest(), 'a.md': perOrganisation('mh-talking-therapies', '{ 2019/20: 10, 2020/21: 10, 2021/22: 10, 2022/23: 10, 2023/24: 10 }') }, { rules: [] });
      const found = targetFindings(findings);
      assert.ok(found.length > 0);
      assert.deepEqual(new Set(found.map((f) => f.data?.commitment)), new Set(['mh-talking-therapies']));
    });
  });

  it('a standing standard never reached: the warning says so', () => {
    const files = { 'plan.yaml': manifest(), 'a.md': lines('```commitment', 'id: rtt-18-weeks', 'status: at-risk', 'trajectory: { 2019/20: 80%, 2020/21: 82%, 2021/22: 84%, 2022/23: 86%, 2023/24: 88% }', '```', '') };
    const { findings } = checkPlan(files, { rules: [] });
    assert.deepEqual(targetFindings(findings).map((f) => f.message), [
      '2023/24: 88% against 92%: 4 points short. 92% is a standing standard, to be reached and then held: the trajectory never reaches it. The target: incomplete referral-to-treatment pathways within 18 weeks',
    ]);
  });
});
