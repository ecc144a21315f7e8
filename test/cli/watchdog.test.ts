import * as assert from 'node:assert/strict';
import { ANALYSIS_STOPPED, PlanProject, type Engine } from '../../core/src/index';
import { analysisLimits, watchdog } from '../../host/src/index';
import { manifest, testEngine } from '../helpers/engine';

/**
 * The real engine, except that reading one of its properties hangs while
 * `hang.on` is true: `jargon` (read by the analysis, a stand-in for a rule
 * stuck in a loop) or `schemas` (read by every parse).
 */
function hangingEngine(hang: { on: boolean }, property: 'jargon' | 'schemas' = 'jargon'): Engine {
  const engine = testEngine();
  return new Proxy(engine, {
    get(target, name, receiver) {
      if (name === property) {
        while (hang.on) {
          // Never comes back to any check: only termination stops this.
        }
      }
      return Reflect.get(target, name, receiver) as unknown;
    },
  });
}

describe('the analysis watchdog (host): synchronous work that never returns is stopped', function () {
  this.timeout(30_000);

  it('stops an endless loop and a backtracking regular expression, and returns what finishes', () => {
    const dog = watchdog(100);
    assert.deepEqual(
      dog.run(() => {
        for (;;) {
          // spin
        }
      }),
      { done: false },
    );
    assert.deepEqual(
      dog.run(() => /^(a+)+$/.test(`${'a'.repeat(40)}b`)),
      { done: false },
    );
    assert.deepEqual(
      dog.run(() => 6 * 7),
      { done: true, value: 42 },
    );
  });

  it('lets errors of the work through, and runs nested work under the outer limit', () => {
    const dog = watchdog(1000);
    assert.throws(
      () =>
        dog.run(() => {
          throw new RangeError('from the work');
        }),
      RangeError,
    );
    assert.deepEqual(
      dog.run(() => dog.run(() => 'inner')),
      { done: true, value: { done: true, value: 'inner' } },
    );
  });

  it('a plan whose analysis hangs gets one analysis-stopped finding; the project works again once a file changes', () => {
    const hang = { on: true };
    const project = new PlanProject(hangingEngine(hang), { limits: analysisLimits(10_000, 200) });
    const root = 'file:///plans/hang/';
    project.setFile(`${root}plan.yaml`, manifest());
    project.setFile(`${root}01-intro.md`, '# Intro\n\nPlain words.\n');
    const stopped = project.analyze(root);
    assert.deepEqual(
      stopped.findings.map((f) => [f.ruleId, f.uri]),
      [[ANALYSIS_STOPPED, `${root}plan.yaml`]],
    );
    assert.match(stopped.findings[0]?.message ?? '', /did not finish within 200 ms and was abandoned/);
    hang.on = false;
    project.setFile(`${root}01-intro.md`, '# Intro\n\nOther plain words.\n');
    const again = project.analyze(root);
    assert.ok(!again.findings.some((f) => f.ruleId === ANALYSIS_STOPPED));
    assert.equal(again.context.documents.length, 2);
  });

  it('a file whose parse hangs is reported as unreadable; its plan is still analysed', () => {
    const hang = { on: false };
    const project = new PlanProject(hangingEngine(hang, 'schemas'), { limits: analysisLimits(10_000, 200) });
    const root = 'file:///plans/hang/';
    project.setFile(`${root}plan.yaml`, manifest());
    project.analyze(root);
    hang.on = true;
    project.setFile(`${root}02-stuck.md`, '# Stuck\n');
    const document = project.document(`${root}02-stuck.md`);
    hang.on = false;
    assert.match(document?.problems[0]?.message ?? '', /^reading this file did not finish within 200 ms and was abandoned/);
    const analysis = project.analyze(root);
    assert.deepEqual(
      analysis.findings.filter((f) => f.uri.endsWith('02-stuck.md')).map((f) => f.ruleId),
      ['unreadable-file'],
    );
  });
});
