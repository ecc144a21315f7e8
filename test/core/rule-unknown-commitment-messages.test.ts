import * as assert from 'node:assert/strict';
import { lines, manifest, SHARED_LOCAL_CATALOG, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

/** The exact wording of unknown-commitment: what names the id, which catalogs were searched, and the hint only when there is one. */
describe('unknown-commitment: exact messages', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const messages = (files: Record<string, string>) =>
    checkPlan(files, { rules: ['unknown-commitment'] })
      .findings.filter((f) => f.ruleId === 'unknown-commitment')
      .map((f) => ({ message: f.message, data: f.data }));

  it('a commitment block, a reference and a milestone, each named as what it is, without a hint when nothing is close', () => {
    assert.deepEqual(
      messages({
        'plan.yaml': manifest(),
        'a.md': lines('See [[zzzz-qqqq]].', '      ^^^^^^^^^ unknown-commitment', '', '```commitment', 'id: xqxqxq-wvwv', '    ^^^^^^^^^^^ unknown-commitment', 'status: on-track', '```', ''),
        'data.yaml': lines('milestones:', '  - { what: open the hub, by: 2020-03, commitment: jjjj-kkkk }', '                                                   ^^^^^^^^^ unknown-commitment'),
      }),
      [
        { message: 'reference `zzzz-qqqq` is not in the ltp-2019 catalog', data: { suggestions: [] } },
        { message: 'commitment `xqxqxq-wvwv` is not in the ltp-2019 catalog', data: { suggestions: [] } },
        { message: 'milestone commitment `jjjj-kkkk` is not in the ltp-2019 catalog', data: { suggestions: [] } },
      ],
    );
  });

  it('with a local catalog, both catalogs are named, joined by " + "', () => {
    assert.deepEqual(
      messages({
        'plan.yaml': manifest('catalogs: [local.catalog.yaml]'),
        'local.catalog.yaml': SHARED_LOCAL_CATALOG,
        'a.md': lines('See [[zzzz-qqqq]].', '      ^^^^^^^^^ unknown-commitment', ''),
      }),
      [{ message: 'reference `zzzz-qqqq` is not in the ltp-2019 + shared-local catalog', data: { suggestions: [] } }],
    );
  });

  it('a near miss ends with the did-you-mean hint', () => {
    assert.deepEqual(
      messages({
        'plan.yaml': manifest(),
        'data.yaml': lines('milestones:', '  - { what: open the hub, by: 2020-03, commitment: mh-liasion }', '                                                   ^^^^^^^^^^ unknown-commitment'),
      }),
      [{ message: 'milestone commitment `mh-liasion` is not in the ltp-2019 catalog: did you mean `mh-liaison`?', data: { suggestions: ['mh-liaison'] } }],
    );
  });
});
