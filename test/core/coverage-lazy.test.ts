import * as assert from 'node:assert/strict';
import * as coverageModule from '../../core/src/coverage/coverage';
import { exampleFiles, projectOf } from '../helpers/engine';


describe('coverage is worked out when first read (project.ts)', () => {
  const module = coverageModule as { computeCoverage: typeof coverageModule.computeCoverage };
  const original = module.computeCoverage;
  let calls = 0;
  beforeEach(() => {
    calls = 0;
    module.computeCoverage = (...args) => {
      calls++;
      return original(...args);
    };
  });
  afterEach(() => {
    module.computeCoverage = original;
  });

  it('an analysis (what an edit waits for) does not compute coverage; the first read does, once', () => {
    const files = exampleFiles();
    const [analysis] = projectOf(files).analyzeAll();
    assert.ok(analysis);
    assert.ok(analysis.findings.length > 0);
    assert.equal(calls, 0);
    const coverage = analysis.coverage;
    assert.equal(calls, 1);
    assert.equal(analysis.coverage, coverage);
    assert.equal(calls, 1);
    assert.ok(coverage.counts.met + coverage.counts.partial > 0, 'the example plan meets or falls short of some commitments');
  });
});
