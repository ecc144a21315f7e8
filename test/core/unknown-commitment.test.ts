import * as assert from 'node:assert/strict';
import { lines, manifest } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

describe('unknown-commitment', () => {
  const cases: { name: string; files: Record<string, string> }[] = [
    {
      name: 'a typo in a commitment block, with a suggestion',
      files: {
        'plan.yaml': manifest(),
        'mh.md': lines('# Mental health', '', '```commitment', 'id: mh-talking-therapy', '    ^^^^^^^^^^^^^^^^^^ unknown-commitment: did you mean `mh-talking-therapies`', 'status: on-track', '```', ''),
      },
    },
    {
      name: 'a [[reference]] in prose, but not inside code',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('We will extend [[cancer-early-diagnosys]] and `[[not-a-ref]]`.', '                 ^^^^^^^^^^^^^^^^^^^^^^ unknown-commitment', '', '    [[indented-code]]', ''),
      },
    },
    {
      name: 'an unknown id in a YAML-only file',
      files: {
        'plan.yaml': manifest(),
        'data/r.yaml': lines('responses:', '  - id: no-such-thing', '        ^^^^^^^^^^^^^ unknown-commitment', '    status: on-track', ''),
      },
    },
    {
      name: 'known ids are quiet',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('See [[mh-crisis-care]].', '', '```commitment', 'id: mh-liaison', 'status: at-risk', '```', ''),
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      checkPlan(c.files, { rules: ['unknown-commitment'] });
    });
  }

  it('carries the suggestions in the finding data', () => {
    const { findings } = checkPlan(
      { 'plan.yaml': manifest(), 'a.md': lines('```commitment', 'id: mh-perinatel', '    ^^^^^^^^^^^^ unknown-commitment', 'status: on-track', '```') },
      { rules: ['unknown-commitment'] },
    );
    assert.deepEqual(findings.find((f) => f.ruleId === 'unknown-commitment')?.data?.suggestions?.[0], 'mh-perinatal');
  });
});
