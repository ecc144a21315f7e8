import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, PlanAnalysis } from '../../core/src/index';
import { loadProject } from '../../host/src/index';
import { testEngine } from '../helpers/engine';
import { EXAMPLES } from './cli-harness';

function analyse(name: string): { plan: PlanAnalysis; findings: Finding[]; file: (f: Finding) => string } {
  const folder = join(EXAMPLES, name);
  const loaded = loadProject(testEngine(), [folder]);
  assert.deepEqual(loaded.errors, []);
  const plans = loaded.project.analyzeAll();
  assert.equal(plans.length, 1);
  const plan = plans[0] as PlanAnalysis;
  const prefix = `${pathToFileURL(folder).href}/`;
  return { plan, findings: [...plan.findings], file: (f) => decodeURIComponent(f.uri.slice(prefix.length)) };
}

/**
 * The rules that existed when these pins were written. Their findings on the
 * example plan are pinned exactly; findings of rules added later are checked
 * against the README's list of deliberate problems instead (below).
 */
const PINNED_RULES = ['unreadable-file', 'yaml-syntax', 'schema', 'local-catalog', 'unknown-commitment', 'duplicate-response', 'missing-response', 'unknown-organisation', 'suppression-reason'];

/** examples/anyshire/README.md, "The deliberate problems", for the pinned rules: file, 1-based line, rule (and the commitment for missing-response). */
const PINNED: string[] = [
  '04-mental-health.md:60 unknown-commitment', // 1: mh-perinatel
  '05-cancer.md:12 unknown-commitment', // 2: [[cancer-early-diagnosys]]
  'plan.yaml:7 missing-response uec-nhs-111', // 3: reported on the framework line
  'data/responses-urgent-care.yaml:3 duplicate-response', // 4
  '09-personalised-care.md:49 unknown-organisation', // 5: anyshire-hospice-trust
  '13-digital.md:24 suppression-reason', // 12: disable comment without a reason
  'plan.yaml:7 missing-response mh-perinatal', // (1): follows from problem 1
];

/** The README's other deliberate problems: the rule, the file and the lines the finding may sit on. */
const OTHER_PROBLEMS: { problem: string; ruleId: string; file: string; lines: [number, number] }[] = [
  { problem: '6 talking therapies short of the fair share, status on-track', ruleId: 'trajectory-target', file: '04-mental-health.md', lines: [76, 84] },
  { problem: '7 emergency admissions fall 8% in 2021/22', ruleId: 'assumption-realism', file: 'data/finance.yaml', lines: [34, 34] },
  { problem: '8 expenditure above income in 2021/22', ruleId: 'finance-balance', file: 'data/finance.yaml', lines: [8, 14] },
  { problem: '9 registered nurses short with no actions', ruleId: 'workforce-gap', file: '11-workforce.md', lines: [47, 50] },
  { problem: '10 Wessex Borough Council never engaged', ruleId: 'engagement', file: 'plan.yaml', lines: [18, 28] },
  { problem: '11a "burning platform"', ruleId: 'plain-language', file: '12-finance.md', lines: [15, 15] },
  { problem: '11b "going forward"', ruleId: 'plain-language', file: '06-planned-care-and-outpatients.md', lines: [18, 18] },
];

describe('the example plans', function () {
  this.timeout(60_000);

  describe('examples/anyshire', () => {
    it('gives exactly the pinned findings for the pinned rules', () => {
      const { findings, file } = analyse('anyshire');
      const actual = findings
        .filter((f) => PINNED_RULES.includes(f.ruleId))
        .map((f) => `${file(f)}:${f.range.start.line + 1} ${f.ruleId}${f.ruleId === 'missing-response' ? ` ${f.data?.commitment ?? '?'}` : ''}`);
      assert.deepEqual([...actual].sort(), [...PINNED].sort());
    });

    it('pinned findings have the severities the rules document', () => {
      const { findings, file } = analyse('anyshire');
      const severity = (where: string, ruleId: string) => findings.find((f) => `${file(f)}:${f.range.start.line + 1}` === where && f.ruleId === ruleId)?.severity;
      assert.equal(severity('04-mental-health.md:60', 'unknown-commitment'), 'error');
      assert.equal(severity('plan.yaml:7', 'missing-response'), 'error');
      assert.equal(severity('data/responses-urgent-care.yaml:3', 'duplicate-response'), 'warning');
      assert.equal(severity('09-personalised-care.md:49', 'unknown-organisation'), 'error');
      assert.equal(severity('13-digital.md:24', 'suppression-reason'), 'warning');
    });

    for (const p of OTHER_PROBLEMS) {
      it(`problem ${p.problem}: reported by ${p.ruleId} in ${p.file}`, () => {
        const { findings, file } = analyse('anyshire');
        const at = findings.filter((f) => f.ruleId === p.ruleId && file(f) === p.file);
        assert.ok(
          at.some((f) => f.range.start.line + 1 >= p.lines[0] && f.range.start.line + 1 <= p.lines[1]),
          `no ${p.ruleId} finding on lines ${p.lines[0]}-${p.lines[1]} of ${p.file}: ${at.map((f) => `${f.range.start.line + 1}: ${f.message}`).join('; ') || 'none'}`,
        );
      });
    }

    it('reports nothing above information that is not one of the README\'s deliberate problems', () => {
      const { findings, file } = analyse('anyshire');
      const known = (f: Finding) => {
        const line = f.range.start.line + 1;
        if (PINNED_RULES.includes(f.ruleId)) return true; // pinned exactly above
        return OTHER_PROBLEMS.some((p) => p.ruleId === f.ruleId && p.file === file(f) && line >= p.lines[0] && line <= p.lines[1]);
      };
      const unexpected = findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && !known(f));
      assert.deepEqual(
        unexpected.map((f) => `${file(f)}:${f.range.start.line + 1} ${f.ruleId} ${f.message}`),
        [],
      );
    });

    it('answers every commitment except the two the README names', () => {
      const { plan } = analyse('anyshire');
      const missing = plan.coverage.areas.flatMap((a) => a.commitments).filter((c) => c.status === 'missing');
      assert.deepEqual(missing.map((c) => c.commitment.id).sort(), ['mh-perinatal', 'uec-nhs-111']);
      assert.equal(plan.context.responses.length, 54);
      assert.equal(new Set(plan.context.responses.map((r) => r.id?.value)).size, 53);
    });

    it('pins its coverage: answered apart from met, three requirements held back by the deliberate problems', () => {
      const { plan } = analyse('anyshire');
      assert.deepEqual(plan.coverage.foundational, { answered: 29, met: 19, total: 31 });
      assert.deepEqual(plan.coverage.counts, { met: 33, answered: 14, partial: 5, missing: 2, 'not-applicable': 0 });
      const partial = plan.coverage.areas.flatMap((a) => a.commitments).filter((c) => c.status === 'partial');
      assert.deepEqual(partial.map((c) => [c.commitment.id, c.heldBackBy.map((f) => f.ruleId)]), [
        ['mh-talking-therapies', []],
        ['alcohol-care-teams', []],
        ['people-plan', ['workforce-gap']],
        ['financial-balance', ['finance-balance']],
        ['demand-moderation', ['assumption-realism']],
      ]);
    });
  });

  describe('examples/riverside', () => {
    it('has no findings above information', () => {
      const { findings, file } = analyse('riverside');
      assert.deepEqual(
        findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${file(f)}:${f.range.start.line + 1} ${f.ruleId} ${f.message}`),
        [],
      );
    });

    it('answers every foundational commitment', () => {
      const { plan } = analyse('riverside');
      assert.equal(plan.coverage.foundational.answered, plan.coverage.foundational.total);
      assert.equal(plan.coverage.foundational.total, 31);
    });

    it('pins its coverage, and answers the nationally timed maternity and learning-disability commitments in a YAML-only file', () => {
      const { plan } = analyse('riverside');
      assert.deepEqual(plan.coverage.foundational, { answered: 31, met: 21, total: 31 });
      assert.deepEqual(plan.coverage.counts, { met: 31, answered: 12, partial: 0, missing: 11, 'not-applicable': 0 });
      const entries = plan.coverage.areas.flatMap((a) => a.commitments);
      for (const id of ['saving-babies-lives', 'continuity-of-carer', 'lda-inpatients']) {
        const entry = entries.find((c) => c.commitment.id === id);
        assert.equal(entry?.status, 'met', id);
        assert.deepEqual(entry?.responses.map((r) => r.uri.split('/').slice(-2).join('/')), ['data/responses-maternity-and-learning-disability.yaml'], id);
      }
    });
  });
});
