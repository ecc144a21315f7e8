import * as assert from 'node:assert/strict';
import { language } from '../../core/src/index';
import { crlf, lines, manifest, PLAN_ROOT, projectOf, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';
import { excludeMatcher } from '../../core/src/exclude';

/** `exclude:` in plan.yaml keeps notes and drafts out of the plan. */

const block = (type: string, ...rows: string[]): string => lines('```' + type, ...rows, '```', '');
/** A chapter that is wrong in two ways, so including it shows. */
const DRAFT = block('commitment', 'id: mh-talking-therapy', 'status: on-track', 'lead: nobody');
const RESPONSE = block('commitment', 'id: mh-liaison', 'status: at-risk');

describe('exclude', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const withExclude = (globs: string, eol: 'LF' | 'CRLF' = 'LF'): Record<string, string> => {
    const files: Record<string, string> = {
      'plan.yaml': manifest(`exclude: ${globs}`),
      'mh.md': RESPONSE,
      'drafts/mh.md': lines(DRAFT, RESPONSE),
      'drafts/deep/old.yaml': lines('responses:', '  - { id: not-a-commitment, status: on-track }'),
      'notes.md': DRAFT,
      'notes-2.md': DRAFT,
    };
    return eol === 'LF' ? files : Object.fromEntries(Object.entries(files).map(([p, t]) => [p, crlf(t)]));
  };
  const rulesOf = ['unknown-commitment', 'unknown-organisation', 'duplicate-response', 'schema'];
  const filesWithFindings = (files: Record<string, string>): string[] => {
    const [analysis] = projectOf(files).analyzeAll();
    return [...new Set((analysis?.findings ?? []).filter((f) => rulesOf.includes(f.ruleId)).map((f) => f.uri.slice(PLAN_ROOT.length)))].sort();
  };

  it('without exclude, notes and drafts are part of the plan', () => {
    assert.deepEqual(filesWithFindings({ ...withExclude('[]') }), ['drafts/deep/old.yaml', 'drafts/mh.md', 'mh.md', 'notes-2.md', 'notes.md']);
  });

  for (const eol of ['LF', 'CRLF'] as const) {
    it(`globs relative to the plan folder leave files out: drafts/** and notes.md (${eol})`, () => {
      assert.deepEqual(filesWithFindings(withExclude('[drafts/**, notes.md]', eol)), ['notes-2.md']);
    });
  }

  it('a folder name alone, ./ prefixes and trailing slashes exclude the whole folder', () => {
    assert.deepEqual(filesWithFindings(withExclude('[drafts, "./notes*.md"]')), []);
    assert.deepEqual(filesWithFindings(withExclude('[drafts/]')), ['notes-2.md', 'notes.md']);
  });

  it('**/ patterns match at any depth; an excluded file adds no response and no coverage', () => {
    const files = withExclude('["**/*.yaml", "*/mh.md", "notes*"]');
    assert.deepEqual(filesWithFindings(files), []);
    const [analysis] = projectOf(files).analyzeAll();
    assert.deepEqual(analysis?.context.documents.map((d) => d.uri.slice(PLAN_ROOT.length)), ['mh.md', 'plan.yaml']);
  });

  it('plan.yaml itself is never excluded', () => {
    const [analysis] = projectOf({ 'plan.yaml': manifest('exclude: ["*.yaml"]'), 'mh.md': RESPONSE }).analyzeAll();
    assert.ok(analysis?.context.manifest);
    assert.ok(analysis.context.documents.some((d) => d.uri.endsWith('plan.yaml')));
  });

  it('changing exclude in plan.yaml takes effect at once (the editor case)', () => {
    const project = projectOf(withExclude('[]'));
    assert.ok(project.analyzeAll()[0]?.findings.some((f) => f.uri.endsWith('notes.md')));
    project.setFile(`${PLAN_ROOT}plan.yaml`, manifest('exclude: [notes.md]'));
    assert.ok(!project.analyzeAll()[0]?.findings.some((f) => f.uri.endsWith('notes.md')));
    assert.equal(project.isExcluded(`${PLAN_ROOT}notes.md`), true);
    assert.equal(project.isExcluded(`${PLAN_ROOT}mh.md`), false);
  });

  it('exclude must be a list of globs', () => {
    checkPlan(
      { 'plan.yaml': lines(manifest('exclude: drafts/**'), '         ^^^^^^^^^ schema: `exclude` is "drafts/**"; it must be a list') },
      { rules: ['schema'] },
    );
  });

  it('plan.yaml completes the exclude key', () => {
    const text = manifest('ex');
    const project = projectOf({ 'plan.yaml': text });
    const line = text.split('\n').indexOf('ex');
    const items = language.completions(project, `${PLAN_ROOT}plan.yaml`, { line, character: 2 }).map((c) => c.label);
    assert.ok(items.includes('exclude'), items.join(', '));
  });

  describe('the matcher itself, glob by glob', () => {
    const located = (value: string) => ({ value, range: { start: { line: 0, character: 0 }, end: { line: 0, character: value.length } } });
    const cases: readonly { globs: string[]; excluded: string[]; kept: string[] }[] = [
      { globs: ['  drafts  '], excluded: ['drafts/mh.md'], kept: ['mh.md'] },
      { globs: ['drafts//'], excluded: ['drafts/mh.md', 'drafts/deep/x.yaml'], kept: ['drafts.md'] },
      { globs: ['./notes.md'], excluded: ['notes.md'], kept: ['sub/notes.md'] },
      { globs: ['*.md'], excluded: ['.hidden.md', 'mh.md'], kept: ['sub/mh.md', 'plan.yaml'] },
      { globs: ['drafts'], excluded: ['drafts/.old.md', 'drafts/.archive/x.md'], kept: ['drafts-2/x.md'] },
      { globs: ['', '   '], excluded: [], kept: ['mh.md', 'drafts/x.md'] },
      { globs: ['**'], excluded: ['mh.md', 'a/b/c.md'], kept: ['plan.yaml', '../other/mh.md'] },
    ];
    for (const c of cases) {
      it(`${JSON.stringify(c.globs)} leaves out ${c.excluded.join(', ') || 'nothing'}, keeps ${c.kept.join(', ')}`, () => {
        const isExcluded = excludeMatcher('file:///plans/a/', c.globs.map(located));
        const uri = (path: string) => (path.startsWith('../') ? `file:///plans/${path.slice(3)}` : `file:///plans/a/${path}`);
        assert.deepEqual(c.excluded.map((path) => isExcluded(uri(path))), c.excluded.map(() => true));
        assert.deepEqual(c.kept.map((path) => isExcluded(uri(path))), c.kept.map(() => false));
      });
    }
  });
});
