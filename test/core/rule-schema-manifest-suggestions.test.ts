import * as assert from 'node:assert/strict';
import { lines, manifest, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

/** The suggestions the schema rule carries for an unknown framework or rule id, and the message when nothing is close. */
describe('schema: suggestions for an unknown framework or rule', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const schemaFindings = (files: Record<string, string>) =>
    checkPlan(files, { rules: ['schema'] })
      .findings.filter((f) => f.ruleId === 'schema')
      .map((f) => ({ message: f.message, data: f.data }));

  it('a near-miss framework carries only the close ids', () => {
    assert.deepEqual(schemaFindings({ 'plan.yaml': manifest('', { framework: 'ltp-2020' }).replace('framework: ltp-2020', 'framework: ltp-2020\n             ^^^^^^^^ schema') }), [
      { message: 'unknown framework `ltp-2020`: did you mean `ltp-2019`?', data: { suggestions: ['ltp-2019'] } },
    ]);
  });

  it('a framework with nothing close carries every known id', () => {
    assert.deepEqual(schemaFindings({ 'plan.yaml': manifest('', { framework: 'nhs' }).replace('framework: nhs', 'framework: nhs\n             ^^^ schema') }), [
      { message: 'unknown framework `nhs`: use `ltp-2019`, `mtpf-2026`, `planning-2016` or `planning-2025`', data: { suggestions: ['ltp-2019', 'mtpf-2026', 'planning-2016', 'planning-2025'] } },
    ]);
  });

  it('an unknown rule with nothing close: no hint and no suggestions; known rules are quiet', () => {
    assert.deepEqual(
      schemaFindings({ 'plan.yaml': manifest(lines('rules:', '  unknown-commitment: warning', '  qqqqqqqq: off', '  ^^^^^^^^ schema')) }),
      [{ message: '`qqqqqqqq` is not a Planwright rule (severities are `error`, `warning`, `information`, `hint` or `off`)', data: { suggestions: [] } }],
    );
  });

  it('an unknown rule with a near miss carries it', () => {
    assert.deepEqual(
      schemaFindings({ 'plan.yaml': manifest(lines('rules:', '  unknown-comitment: off', '  ^^^^^^^^^^^^^^^^^ schema')) }),
      [{ message: '`unknown-comitment` is not a Planwright rule: did you mean `unknown-commitment`? (severities are `error`, `warning`, `information`, `hint` or `off`)', data: { suggestions: ['unknown-commitment'] } }],
    );
  });
});
