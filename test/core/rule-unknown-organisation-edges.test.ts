import * as assert from 'node:assert/strict';
import { lines, manifest, projectOf, testEngine } from '../helpers/engine';

/**
 * Edges of unknown-organisation: a lead not written as an id is left to the
 * schema rule, and nothing is checked against a footprint plan.yaml does not
 * list (half-typed, broken, or missing it): yaml-syntax or schema says why,
 * once, instead of an error on every lead, partner and engagement.
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

  const ORGANISATIONS = / {2}organisations:\n(?: {4}- .*\n)+/;
  const unlisted: { name: string; plan: string; cause: string }[] = [
    { name: 'plan.yaml does not parse', plan: `${manifest()}\nrules: [unclosed\n`, cause: 'yaml-syntax' },
    { name: 'plan.yaml has no footprint', plan: manifest().replace(/footprint:[\s\S]*?(?=engagement:)/, ''), cause: 'schema' },
    { name: 'the organisations key is empty', plan: manifest().replace(ORGANISATIONS, '  organisations:\n'), cause: 'schema' },
    { name: 'the organisations are not a list', plan: manifest().replace(ORGANISATIONS, '  organisations: test-ccg\n'), cause: 'schema' },
    { name: 'plan.yaml is empty', plan: '', cause: 'schema' },
  ];
  for (const c of unlisted) {
    it(`nothing to check against when ${c.name}: only ${c.cause} speaks`, () => {
      const findings = projectOf({ 'plan.yaml': c.plan, 'a.md': chapter('nobody-we-know') })
        .analyzeAll()
        .flatMap((a) => a.findings);
      assert.deepEqual(findings.filter((f) => f.ruleId === 'unknown-organisation'), []);
      assert.ok(findings.some((f) => f.ruleId === c.cause && f.uri.endsWith('plan.yaml')), `a ${c.cause} finding on plan.yaml`);
    });
  }

  it('an empty list is a footprint with no organisations: every use is reported', () => {
    const plan = manifest().replace(ORGANISATIONS, '  organisations: []\n');
    assert.ok(plan.includes('organisations: []'));
    assert.deepEqual(unknownOrganisation({ 'plan.yaml': plan, 'a.md': chapter('test-ccg') }), [
      'lead `test-ccg` is not an organisation in the footprint: add it to `footprint.organisations` in plan.yaml',
      'engagement with `test-council` is not an organisation in the footprint: add it to `footprint.organisations` in plan.yaml',
      'engagement with `test-cvs` is not an organisation in the footprint: add it to `footprint.organisations` in plan.yaml',
    ]);
  });
});
