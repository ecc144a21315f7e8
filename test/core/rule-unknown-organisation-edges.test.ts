import * as assert from 'node:assert/strict';
import { lines, manifest, projectOf, testEngine } from '../helpers/engine';

/**
 * Edges of unknown-organisation: a lead not written as an id is left to the
 * schema rule.
 */

const chapter = (lead: string): string => lines('# Mental health', '', '```commitment', 'id: mh-liaison', 'status: at-risk', `lead: ${lead}`, '```', '');

function unknownOrganisation(files: Record<string, string>): string[] {
  return projectOf(files)
    .analyzeAll()
    .flatMap((a) => a.findings)
    .filter((f) => f.ruleId === 'unknown-organisation')
    .map((f) => f.message);
}

describe('unknown-organisation edges', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  it('with a footprint, an unknown lead is reported (the case below differs only in how the lead is written)', () => {
    assert.deepEqual(unknownOrganisation({ 'plan.yaml': manifest(), 'a.md': chapter('nobody-we-know') }), [
      'lead `nobody-we-know` is not an organisation in the footprint: add it to `footprint.organisations` in plan.yaml',
    ]);
  });

  it('a lead not written as an id: left to the schema rule', () => {
    assert.deepEqual(unknownOrganisation({ 'plan.yaml': manifest(), 'a.md': chapter('Nobody We Know') }), []);
  });
});
