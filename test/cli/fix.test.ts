import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crlf } from '../helpers/engine';
import { buildCli, planwright, TempFolders } from './cli-harness';
import { FIXABLE_CHAPTER, FIXED_CHAPTER, PLAN_YAML } from '../helpers/fixable-plan';

const BOM = '\uFEFF';

describe('CLI: planwright check --fix', function () {
  this.timeout(120_000);
  const temp = new TempFolders();
  before(() => buildCli());
  after(() => temp.cleanup());

  it('fixes a CRLF file with a BOM in place: every byte outside the fixed spans is kept, new lines are CRLF', () => {
    const original = Buffer.from(`${BOM}${crlf(FIXABLE_CHAPTER)}`, 'utf8');
    const other = Buffer.from(crlf(FIXABLE_CHAPTER), 'utf8');
    const folder = temp.withFiles({ 'plan/plan.yaml': PLAN_YAML, 'plan/a.md': original, 'plan/b.md': other });
    const result = planwright(['check', 'plan/a.md', '--fix'], folder);
    assert.notEqual(result.status, 2, result.stderr);
    const after = readFileSync(join(folder, 'plan', 'a.md'));
    assert.deepEqual(after, Buffer.from(`${BOM}${crlf(FIXED_CHAPTER)}`, 'utf8'));
    // Only the file named is written; no temporary file is left behind.
    assert.deepEqual(readFileSync(join(folder, 'plan', 'b.md')), other);
    assert.deepEqual(readdirSync(join(folder, 'plan')).sort(), ['a.md', 'b.md', 'plan.yaml']);
    // It says what it changed, and reports what is left (not the fixed findings).
    assert.match(result.stderr, /planwright: fixed plan\/a\.md\n {2}line 4: Change to `mh-perinatal` \(unknown-commitment\)\n {2}line 13: Fill the missing years \(2020\/21, 2022\/23\) by interpolation \(trajectory-period\)\n/);
    assert.doesNotMatch(result.stdout, /unknown-commitment|trajectory-period/);
  });

  it('writes nothing without --fix', () => {
    const original = Buffer.from(`${BOM}${crlf(FIXABLE_CHAPTER)}`, 'utf8');
    const folder = temp.withFiles({ 'plan/plan.yaml': PLAN_YAML, 'plan/a.md': original });
    const result = planwright(['check', 'plan'], folder);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /plan\/a\.md:4:5 error unknown-commitment/);
    assert.deepEqual(readFileSync(join(folder, 'plan', 'a.md')), original);
    assert.doesNotMatch(result.stderr, /fixed/);
  });

  it('on an LF file without a BOM, the result is byte for byte the fixed text', () => {
    const folder = temp.withFiles({ 'plan/plan.yaml': PLAN_YAML, 'plan/a.md': FIXABLE_CHAPTER });
    planwright(['check', 'plan', '--fix', '--format', 'json'], folder);
    assert.equal(readFileSync(join(folder, 'plan', 'a.md'), 'utf8'), FIXED_CHAPTER);
  });
});
