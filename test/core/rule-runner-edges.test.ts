import * as assert from 'node:assert/strict';
import { PlanProject, RULES, type AnalysisLimits, type Finding, type Rule } from '../../core/src/index';
import { lines, manifest, PLAN_ROOT, testEngine } from '../helpers/engine';

/**
 * Edges of the rule runner: the budget counts time since the analysis
 * started (not the clock's reading), a disable comment waives only the rules
 * it names, and a waiver's record holds only the parts it was written with.
 */

const chapter = (comment: string): string =>
  lines('# Mental health', '', comment, '```commitment', 'id: mh-liaison', 'status: at-risk', 'lead: nobody-we-know', '```', '');

function analyse(comment: string, limits?: AnalysisLimits): { findings: readonly Finding[]; suppressed: readonly Finding[] } {
  const project = new PlanProject(testEngine(), { today: '2026-01-01', ...(limits ? { limits } : {}) });
  project.setFile(`${PLAN_ROOT}plan.yaml`, manifest());
  project.setFile(`${PLAN_ROOT}a.md`, chapter(comment));
  const [result] = project.analyzeAll();
  assert.ok(result);
  return result;
}

describe('rule runner edges', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  it('a clock far from zero that does not move never spends the budget', () => {
    const { findings } = analyse('', { budgetMs: 10, now: () => 1_000_000 });
    assert.deepEqual(findings.filter((f) => f.ruleId === 'analysis-stopped'), []);
  });

  it('a disable comment naming another rule waives nothing here', () => {
    const { findings, suppressed } = analyse('<!-- planwright-disable plain-language: quoted -->');
    assert.deepEqual(suppressed, []);
    assert.equal(findings.filter((f) => f.ruleId === 'unknown-organisation').length, 1);
  });

  const waivers: { name: string; comment: string; record: Record<string, unknown> }[] = [
    { name: 'no reason, owner or date: none recorded', comment: '<!-- planwright-disable unknown-organisation -->', record: { expired: false } },
    { name: 'a reason only', comment: '<!-- planwright-disable unknown-organisation: a new partner -->', record: { reason: 'a new partner', expired: false } },
    {
      name: 'reason, owner and date',
      comment: '<!-- planwright-disable unknown-organisation: a new partner (owner: test-ccg, until: 2027-03-31) -->',
      record: { reason: 'a new partner', owner: 'test-ccg', until: '2027-03-31', expired: false },
    },
  ];
  for (const w of waivers) {
    it(`the waiver record: ${w.name}`, () => {
      const { suppressed } = analyse(w.comment);
      assert.equal(suppressed.length, 1);
      const { uri, range, ...record } = suppressed[0]?.suppression ?? { uri: '', range: undefined };
      assert.equal(uri, `${PLAN_ROOT}a.md`);
      assert.ok(range);
      assert.deepEqual(record, w.record);
    });
  }

  describe('a rule that throws', () => {
    const rule = RULES.find((r) => r.meta.id === 'duplicate-response');
    const saved = rule ? { ...rule } : undefined;
    afterEach(() => {
      if (rule && saved) Object.assign(rule, saved);
    });
    for (const [name, thrown, said] of [
      ['an Error: its message', new Error('no such response'), 'no such response'],
      ['anything else: as text', 'a bare string', 'a bare string'],
    ] as const) {
      it(`becomes one error finding on plan.yaml, and the other rules still run: ${name}`, () => {
        assert.ok(rule);
        (rule as { check: Rule['check'] }).check = () => {
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- a rule may throw anything, and the runner says what
          throw thrown;
        };
        const { findings } = analyse('');
        assert.deepEqual(
          findings.filter((f) => f.ruleId === 'duplicate-response'),
          [
            {
              ruleId: 'duplicate-response',
              severity: 'error',
              message: `internal error in rule duplicate-response: ${said} (please report this)`,
              uri: `${PLAN_ROOT}plan.yaml`,
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            },
          ],
        );
        assert.ok(findings.some((f) => f.ruleId === 'unknown-organisation'));
      });
    }
  });
});
