import * as assert from 'node:assert/strict';
import type { Finding } from '../../core/src/index';
import { lines, manifest, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

/** The footprint line the fixtures add organisations after. */
const LAST = '    - { id: test-cvs, name: Test Voluntary Action, type: vcse }';
const withOrganisations = (...added: string[]) => manifest().replace(LAST, lines(LAST, ...added));
const block = (type: string, ...body: string[]) => lines(`\`\`\`${type}`, ...body, '```', '');

interface Fix {
  readonly title: string;
  readonly edits: readonly { readonly uri: string; readonly newText: string }[];
}

function schemaFinding(findings: readonly Finding[]): Finding {
  const schema = findings.filter((f) => f.ruleId === 'schema');
  assert.equal(schema.length, 1, schema.map((f) => f.message).join('\n'));
  return schema[0] as Finding;
}

const fixOf = (finding: Finding): Fix | undefined => (finding.data as { fix?: Fix } | undefined)?.fix;

describe('schema: badly written organisation ids', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  for (const { title, uses, clause, places } of [
    { title: 'no uses: no "here and in its" clause', uses: [], clause: '', places: '1 place' },
    { title: 'one use: "its 1 use"', uses: ['lead: KV-Community'], clause: ', here and in its 1 use', places: '2 places' },
    { title: 'two uses: "its 2 uses"', uses: ['lead: KV-Community', 'partners: [KV-Community]'], clause: ', here and in its 2 uses', places: '3 places' },
  ]) {
    it(`an id with ${title}, and a rename of ${places}`, () => {
      const { findings } = checkPlan(
        {
          'plan.yaml': withOrganisations(
            '    - { id: KV-Community, name: KV Community, type: community-provider }',
            '            ^^^^^^^^^^^^ schema',
          ),
          ...(uses.length > 0 ? { 'a.md': block('commitment', 'id: mh-liaison', 'status: at-risk', ...uses) } : {}),
        },
        { rules: ['schema'] },
      );
      const finding = schemaFinding(findings);
      assert.equal(finding.message, `organisation id \`KV-Community\` is not written as an id (lower case with hyphens): call it \`kv-community\`${clause}`);
      assert.equal(fixOf(finding)?.title, `Rename \`KV-Community\` to \`kv-community\` everywhere (${places})`);
      assert.deepEqual(fixOf(finding)?.edits.map((e) => e.newText), Array.from({ length: uses.length + 1 }, () => 'kv-community'));
    });
  }

  it('an id whose lower-case form is taken: says so and offers no rename', () => {
    const { findings } = checkPlan(
      {
        'plan.yaml': withOrganisations(
          '    - { id: Test-CVS, name: Other CVS, type: vcse }',
          '            ^^^^^^^^ schema',
        ),
      },
      { rules: ['schema'] },
    );
    const finding = schemaFinding(findings);
    assert.equal(finding.message, 'organisation id `Test-CVS` is not written as an id (lower case with hyphens): call it `test-cvs` (but `test-cvs` is already taken: choose another)');
    assert.equal(finding.data, undefined);
  });

  it('lower-case words with an upper-case part after a hyphen are still reported', () => {
    const { findings } = checkPlan(
      {
        'plan.yaml': withOrganisations(
          '    - { id: kv-COMMUNITY, name: KV Community, type: community-provider }',
          '            ^^^^^^^^^^^^ schema: call it `kv-community`',
        ),
      },
      { rules: ['schema'] },
    );
    assert.equal(fixOf(schemaFinding(findings))?.title, 'Rename `kv-COMMUNITY` to `kv-community` everywhere (1 place)');
  });

  it('an id in capitals without a hyphen is reported', () => {
    checkPlan(
      {
        'plan.yaml': withOrganisations(
          '    - { id: KVC, name: KV Community, type: community-provider }',
          '            ^^^ schema: organisation id `KVC` is not written as an id (lower case with hyphens): call it `kvc`',
        ),
      },
      { rules: ['schema'] },
    );
  });

  it('the same bad id defined twice: one finding, at the first definition', () => {
    checkPlan(
      {
        'plan.yaml': withOrganisations(
          '    - { id: KV-Community, name: KV Community, type: community-provider }',
          '            ^^^^^^^^^^^^ schema: call it `kv-community`',
          '    - { id: KV-Community, name: KV Community again, type: community-provider }',
        ),
      },
      { rules: ['schema'] },
    );
  });
});
