import * as assert from 'node:assert/strict';
import type { BlockType } from '../../core/src/model/types';
import { writesData } from '../../core/src/rules/rule';
import { lines, manifest, projectOf, testEngine } from '../helpers/engine';

/** Whether a plan writes a kind of data that could not be read (then plan-wide "no such data" findings stay quiet). */
function writes(files: Record<string, string>, kind: BlockType): boolean {
  const analysis = projectOf({ 'plan.yaml': manifest(), ...files }).analyzeAll()[0];
  assert.ok(analysis);
  return writesData(analysis.context, kind);
}

const BAD_WORKFORCE = ['```workforce', 'groups:', '  - staff-group: nurses', '```', ''];
const CLEAN_COMMITMENT = ['```commitment', 'id: mh-liaison', 'status: on-track', '```', ''];
/** A commitment block whose only problem is reported on its opening fence line. */
const COMMITMENT_WITHOUT_STATUS = ['```commitment', 'id: mh-liaison', '```', ''];

describe('writesData', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  it('a block of that kind with a problem inside it', () => {
    assert.equal(writes({ 'a.md': lines('# A', '', ...BAD_WORKFORCE) }, 'workforce'), true);
  });

  it('a block whose problem is on its opening line', () => {
    assert.equal(writes({ 'a.md': lines('# A', '', ...COMMITMENT_WITHOUT_STATUS, ...BAD_WORKFORCE) }, 'commitment'), true);
  });

  it('a clean block of that kind, with a problem in another block before it or after it', () => {
    assert.equal(writes({ 'a.md': lines('# A', '', ...BAD_WORKFORCE, ...CLEAN_COMMITMENT) }, 'commitment'), false);
    assert.equal(writes({ 'a.md': lines('# A', '', ...CLEAN_COMMITMENT, ...BAD_WORKFORCE) }, 'commitment'), false);
  });

  it('no block of that kind', () => {
    assert.equal(writes({ 'a.md': lines('# A', '', ...BAD_WORKFORCE) }, 'finance'), false);
  });

  it('a YAML-only file with a problem and that top-level key, on any line', () => {
    assert.equal(writes({ 'w.yaml': lines('# staff', 'workforce:', '  - bad: 1', '') }, 'workforce'), true);
  });

  it('a YAML-only file with a problem under another key', () => {
    assert.equal(writes({ 'w.yaml': lines('# staff', 'workforce:', '  - bad: 1', '') }, 'finance'), false);
  });

  it('a YAML-only file with that key and no problem', () => {
    assert.equal(writes({ 'm.yaml': lines('milestones:', '  - { what: open the hub, by: 2020-03, owner: test-mh }', '') }, 'milestones'), false);
  });
});
