import * as assert from 'node:assert/strict';
import { isValidId, organisationUses } from '../../core/src/rules/organisation-uses';
import { lines, manifest, projectOf, testEngine } from '../helpers/engine';

/** Every place a plan names an organisation, what it is there, and which other names it accepts (only engagement accepts groups). */
describe('organisation uses', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  it('lists each use with its role; only engagement accepts the engagement groups', () => {
    const project = projectOf({
      'plan.yaml': manifest(),
      'a.md': lines(
        '---',
        'lead: test-mh',
        '---',
        '',
        '```commitment',
        'id: mh-liaison',
        'status: on-track',
        'lead: test-hospital',
        'partners: [test-ccg]',
        'organisations:',
        '  test-council: { note: x }',
        '```',
        '',
        '```milestones',
        '- { what: Open the hub, by: 2020/21, owner: test-cvs }',
        '```',
        '',
      ),
    });
    const analysis = project.analyzeAll()[0];
    assert.ok(analysis);
    const uses = organisationUses(analysis.context).map((use) => ({ id: use.id.value, role: use.role, groups: use.groups }));
    const groups = ['public', 'patients', 'staff', 'clinicians', 'vcse', 'healthwatch'];
    assert.deepEqual(uses, [
      { id: 'test-council', role: 'engagement with', groups },
      { id: 'public', role: 'engagement with', groups },
      { id: 'test-cvs', role: 'engagement with', groups },
      { id: 'staff', role: 'engagement with', groups },
      { id: 'test-hospital', role: 'lead', groups: [] },
      { id: 'test-ccg', role: 'partner', groups: [] },
      { id: 'test-council', role: 'organisation', groups: [] },
      { id: 'test-mh', role: 'chapter lead', groups: [] },
      { id: 'test-cvs', role: 'milestone owner', groups: [] },
    ]);
  });

  it('an id is lower-case words joined by single hyphens, the whole of it', () => {
    assert.deepEqual(
      ['kv-community', 'a1', 'kv-COMMUNITY', 'KV-community', 'kv--community', 'kv-', '-kv', 'kv community'].map((id) => [id, isValidId(id)]),
      [['kv-community', true], ['a1', true], ['kv-COMMUNITY', false], ['KV-community', false], ['kv--community', false], ['kv-', false], ['-kv', false], ['kv community', false]],
    );
  });
});
