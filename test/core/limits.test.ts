import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ANALYSIS_STOPPED, PlanProject, RULE_IDS, type AnalysisLimits, type Finding, type Watchdog } from '../../core/src/index';
import { testEngine } from '../helpers/engine';

const REPO = join(__dirname, '..', '..', '..');

/** A project holding an example plan's files (read here, so the limits under test are the project's own). */
function exampleProject(name: string, limits?: AnalysisLimits): { project: PlanProject; root: string } {
  const folder = join(REPO, 'examples', name);
  const project = new PlanProject(testEngine(), { today: '2026-01-01', ...(limits ? { limits } : {}) });
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(md|ya?ml)$/.test(entry.name) || entry.name === 'README.md') continue;
    const path = join(entry.parentPath, entry.name);
    project.setFile(pathToFileURL(path).href, readFileSync(path, 'utf8'));
  }
  return { project, root: `${pathToFileURL(folder).href}/` };
}

/** A clock that moves on by one millisecond each time it is read, so a budget of n stops the analysis before the (n+1)th rule. */
function tickingClock(): () => number {
  let t = 0;
  return () => t++;
}

const show = (f: Finding): string => `${f.uri} ${f.range.start.line}:${f.range.start.character} ${f.ruleId} ${f.message}`;

describe('analysis limits (core): a plan analysis that runs too long', () => {
  for (const example of ['anyshire', 'northvale', 'riverside']) {
    // Analysed in each test, never while the tests are defined: code run outside a test is reached by
    // none, and a mutation run then tries each of its mutants against every test (docs/mutation.md).
    const unlimited = (): readonly Finding[] => {
      const { project, root } = exampleProject(example);
      return project.analyze(root).findings;
    };

    for (const stopAt of [0, 4, 9, RULE_IDS.length - 1]) {
      it(`${example}: a budget spent before rule ${stopAt + 1} keeps the findings of the rules before it, and says where it stopped`, () => {
        const { project, root } = exampleProject(example, { budgetMs: stopAt, now: tickingClock() });
        const findings = project.analyze(root).findings;
        const stopped = findings.filter((f) => f.ruleId === ANALYSIS_STOPPED);
        assert.equal(stopped.length, 1);
        const ruleId = RULE_IDS[stopAt] ?? '';
        assert.match(stopped[0]?.message ?? '', new RegExp(`^the analysis of this plan stopped after \\d+ ms, before rule \`${ruleId}\`: .*the limit is ${stopAt} ms per plan`));
        assert.equal(stopped[0]?.uri, `${root}plan.yaml`);
        assert.equal(stopped[0]?.severity, 'error');
        const before = new Set(RULE_IDS.slice(0, stopAt));
        assert.deepEqual(findings.filter((f) => f.ruleId !== ANALYSIS_STOPPED).map(show), unlimited().filter((f) => before.has(f.ruleId)).map(show));
      });
    }

    it(`${example}: a budget that is not spent changes nothing`, () => {
      const { project, root } = exampleProject(example, { budgetMs: RULE_IDS.length + 1, now: tickingClock() });
      assert.deepEqual(project.analyze(root).findings.map(show), unlimited().map(show));
    });
  }

  describe('a watchdog that had to stop the analysis', () => {
    /** A watchdog that stops every run, counting them. */
    const stopping = (): Watchdog & { runs: number } => {
      const dog = { ms: 30_000, runs: 0, run: () => (dog.runs++, { done: false as const }) };
      return dog;
    };

    it('leaves one finding on plan.yaml and every file of the plan empty', () => {
      const dog = stopping();
      const { project, root } = exampleProject('anyshire', { budgetMs: 10_000, now: () => 0, watchdog: dog });
      const analysis = project.analyze(root);
      assert.deepEqual(
        analysis.findings.map((f) => [f.ruleId, f.uri, f.severity]),
        [[ANALYSIS_STOPPED, `${root}plan.yaml`, 'error']],
      );
      assert.match(analysis.findings[0]?.message ?? '', /did not finish within 30 s and was abandoned/);
      assert.deepEqual(
        analysis.context.documents.map((d) => [d.uri, d.text, d.responses.length, d.problems.length]),
        project.fileUris().filter((uri) => uri.startsWith(root)).sort().map((uri) => [uri, '', 0, 0]),
        'every file of the plan, as an empty document',
      );
      assert.deepEqual(analysis.suppressed, []);
      assert.equal(analysis.coverage.areas.flatMap((a) => a.commitments).length, 0);
    });

    it('is not tried again until a file of the plan changes', () => {
      const dog = stopping();
      const { project, root } = exampleProject('anyshire', { budgetMs: 10_000, now: () => 0, watchdog: dog });
      project.analyze(root);
      const runs = dog.runs;
      assert.ok(runs > 0);
      project.analyze(root);
      assert.equal(dog.runs, runs, 'the stopped analysis is kept');
      project.setFile(`${root}99-new.md`, '# New\n');
      project.analyze(root);
      assert.ok(dog.runs > runs, 'tried again after a change');
    });

    it('a file whose parse it stops is reported as unreadable, and read again when its text changes', () => {
      const dog = stopping();
      const { project, root } = exampleProject('anyshire', { budgetMs: 10_000, now: () => 0, watchdog: dog });
      const uri = `${root}04-mental-health.md`;
      const document = project.document(uri);
      assert.deepEqual(
        document?.problems.map((p) => [p.ruleId, p.range.start.line]),
        [['unreadable-file', 0]],
      );
      assert.match(document?.problems[0]?.message ?? '', /^reading this file did not finish within 30 s and was abandoned/);
      assert.deepEqual(document?.responses, []);
      project.document(uri);
      assert.equal(dog.runs, 1, 'kept until the text changes');
      project.setFile(uri, '# Mental health\n');
      project.document(uri);
      assert.equal(dog.runs, 2);
    });

    it('a watchdog that lets the work finish gives the same analysis as none', () => {
      const passing: Watchdog = { ms: 30_000, run: (work) => ({ done: true, value: work() }) };
      const { project, root } = exampleProject('anyshire', { budgetMs: 10_000, now: () => 0, watchdog: passing });
      const plain = exampleProject('anyshire');
      assert.deepEqual(project.analyze(root).findings.map(show), plain.project.analyze(plain.root).findings.map(show));
    });
  });
});
