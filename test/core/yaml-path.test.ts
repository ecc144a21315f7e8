import * as assert from 'node:assert/strict';
import { language } from '../../core/src/index';

/**
 * Where the cursor is in half-typed YAML, from indentation alone: the keys
 * above it, "[]" for a list item. Each case: the lines up to the cursor's,
 * the cursor's column (where it matters), and the path.
 */
const cases: { name: string; lines: string[]; character?: number; path: string[] }[] = [
  { name: 'a top-level key', lines: ['id: mh-liaison', 'status: '], path: [] },
  { name: 'a key under a key', lines: ['trajectory:', '  2019/20: 1'], path: ['trajectory'] },
  { name: 'two levels down', lines: ['organisations:', '  test-ccg:', '    trajectory:', '      2019/20: 1'], path: ['organisations', 'test-ccg', 'trajectory'] },
  { name: 'back out one level', lines: ['organisations:', '  test-ccg:', '    trajectory:', '      2019/20: 1', '    baseline: 3'], path: ['organisations', 'test-ccg'] },
  { name: 'an empty line: the cursor\'s column is the indentation', lines: ['trajectory:', '  2019/20: 1', ''], character: 2, path: ['trajectory'] },
  { name: 'an empty line at column 0', lines: ['trajectory:', '  2019/20: 1', ''], character: 0, path: [] },
  { name: 'an empty line with no column given counts as column 0', lines: ['trajectory:', ''], path: [] },
  { name: 'a key with a value on its line is no parent', lines: ['status: on-track', '  lead: x'], path: [] },
  { name: 'a key followed only by a comment is a parent', lines: ['trajectory: # the plan years', '  2019/20: 1'], path: ['trajectory'] },
  { name: 'a "#" inside a value is no comment', lines: ['lead: test#1', '  x: 1'], path: [] },
  { name: 'blank and comment lines between are skipped', lines: ['trajectory:', '', '  # the first year', '  2019/20: 1'], path: ['trajectory'] },
  { name: 'a list item', lines: ['partners:', '  - test-ccg', '  - '], path: ['partners', '[]'] },
  { name: 'a top-level list item', lines: ['- what: Open the line', '  by: 2020-03-31'], path: ['[]'] },
  { name: 'the cursor on a top-level item', lines: ['- '], path: ['[]'] },
  { name: 'a key inside a list item\'s mapping', lines: ['groups:', '  - group: Nurses', '    demand:', '      2019/20: 1'], path: ['groups', '[]', 'demand'] },
  { name: 'an item whose first key opens a mapping', lines: ['groups:', '  - demand:', '      2019/20: 1'], path: ['groups', '[]', 'demand'] },
  { name: 'the next key of the same item', lines: ['groups:', '  - group: Nurses', '    sup'], path: ['groups', '[]'] },
  { name: 'a quoted key is not read as a key', lines: ['"trajectory":', '  2019/20: 1'], path: [] },
  { name: 'a flow mapping is not a key', lines: ['{ a: 1 }:', '  b: 2'], path: [] },
  { name: 'a line past the end is empty', lines: ['trajectory:'], character: 2, path: ['trajectory'] },
];

describe('the YAML path at the cursor', () => {
  for (const c of cases) {
    it(c.name, () => {
      const last = c.name === 'a line past the end is empty' ? c.lines.length : c.lines.length - 1;
      assert.deepEqual(language.yamlPathAt(c.lines, last, c.character), c.path);
    });
  }
});
