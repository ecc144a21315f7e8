import * as assert from 'node:assert/strict';
import { language } from '../../core/src/index';
import { lines, manifest, PLAN_ROOT, projectOf } from '../helpers/engine';

/**
 * "Add a response" (the coverage view's action and the missing-response fix):
 * which chapter the block goes to, where in it, the blank line before it,
 * and the block itself.
 */

const YEARS = '2019/20: 0, 2020/21: 0, 2021/22: 0, 2022/23: 0, 2023/24: 0';
/** The block for mh-crisis-care (a target with a measure) and for pc-funding-growth (no target). */
const CRISIS_BLOCK = (measure: string) =>
  lines('```commitment', 'id: mh-crisis-care', 'status: not-started', '# lead: an organisation id from plan.yaml', '# partners: [organisation ids]', `# trajectory (${measure}):`, `# trajectory: { ${YEARS} }`, '```', '');
const FUNDING_BLOCK = lines('```commitment', 'id: pc-funding-growth', 'status: not-started', '# lead: an organisation id from plan.yaml', '# partners: [organisation ids]', '```', '');

function insert(files: Record<string, string>, id: string, chapter?: string) {
  const project = projectOf({ 'plan.yaml': manifest(), ...files });
  const context = language.documentContext(project, `${PLAN_ROOT}plan.yaml`);
  assert.ok(context);
  return language.insertResponse(context, id, chapter === undefined ? undefined : PLAN_ROOT + chapter);
}

const crisisMeasure = (): string => {
  const project = projectOf({ 'plan.yaml': manifest() });
  const measure = project.engine.builtinCatalogs.get('ltp-2019')?.commitments.find((c) => c.id === 'mh-crisis-care')?.target?.measure;
  assert.ok(measure);
  return measure;
};

describe('add a response', () => {
  const cases: { name: string; text: string; at: [number, number]; lead: string }[] = [
    { name: 'after a chapter ending in a blank line: straight after it', text: '# Mental health\n\n', at: [2, 0], lead: '' },
    { name: 'after a chapter ending in a line break: one blank line first', text: '# Mental health\n', at: [1, 0], lead: '\n' },
    { name: 'after a chapter without a final line break: a line break and a blank line first', text: '# Mental health', at: [0, 15], lead: '\n\n' },
    { name: 'in an empty chapter: the block alone', text: '', at: [0, 0], lead: '' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const action = insert({ 'mh.md': c.text }, 'mh-crisis-care', 'mh.md');
      const position = { line: c.at[0], character: c.at[1] };
      assert.deepEqual(action, {
        title: 'Add a response to `mh-crisis-care` in mh.md',
        edits: [{ uri: `${PLAN_ROOT}mh.md`, range: { start: position, end: position }, newText: `${c.lead}${CRISIS_BLOCK(crisisMeasure())}` }],
      });
    });
  }

  it('a commitment without a target: no trajectory lines', () => {
    assert.equal(insert({ 'pc.md': '# Primary care\n\n' }, 'pc-funding-growth', 'pc.md')?.edits[0]?.newText, FUNDING_BLOCK);
  });

  const chapters = {
    'a-first.md': '# First\n\n',
    'b-answers.md': lines('# Answers', '', '```commitment', 'id: mh-liaison', 'status: at-risk', '```', ''),
    'c-area.md': lines('---', 'area: mental-health', '---', '# Mental health', ''),
  };
  const chosen = (files: Record<string, string>) => insert(files, 'mh-crisis-care')?.edits[0]?.uri.slice(PLAN_ROOT.length);

  it('with no chapter named: the chapter whose front matter names the commitment\'s area', () => {
    assert.equal(chosen(chapters), 'c-area.md');
  });

  it('else the chapter that answers another commitment of its area', () => {
    assert.equal(chosen({ 'a-first.md': chapters['a-first.md'], 'b-answers.md': chapters['b-answers.md'] }), 'b-answers.md');
  });

  it('else the first chapter', () => {
    assert.equal(chosen({ 'a-first.md': chapters['a-first.md'], 'b-other.md': lines('---', 'area: cancer', '---', '# Cancer', '') }), 'a-first.md');
  });

  it('nothing for a commitment no catalog of the plan has, a named file that is not a chapter, or a plan with no chapter', () => {
    assert.equal(insert({ 'mh.md': '# Mental health\n' }, 'no-such-commitment', 'mh.md'), undefined);
    assert.equal(insert({ 'mh.md': '# Mental health\n' }, 'mh-crisis-care', 'plan.yaml'), undefined);
    assert.equal(insert({ 'mh.md': '# Mental health\n' }, 'mh-crisis-care', 'other.md'), undefined);
    assert.equal(insert({}, 'mh-crisis-care'), undefined);
  });
});
