import * as assert from 'node:assert/strict';
import { language } from '../../core/src/index';
import { lines, manifest, PLAN_ROOT, projectOf } from '../helpers/engine';

/** What is named where in a document, as hover, completion and references find it, kept per parse. */
describe('occurrences', () => {
  const chapter = lines('See [[mh-crisis-care]].', '', '```commitment', 'id: pc-networks', 'lead: test-ccg', '```');

  it('lists a chapter\'s references, block types, ids and organisations in document order', () => {
    const project = projectOf({ 'plan.yaml': manifest(), 'a.md': chapter });
    const document = project.document(`${PLAN_ROOT}a.md`);
    assert.ok(document);
    assert.deepEqual(
      language.occurrences(document).map((o) => [o.kind, o.value, o.range.start.line, o.range.start.character]),
      [
        ['commitment', 'mh-crisis-care', 0, 6],
        ['block-type', 'commitment', 2, 3],
        ['commitment', 'pc-networks', 3, 4],
        ['organisation', 'test-ccg', 4, 6],
      ],
    );
  });

  it('finds them once per parse: asked again, the same list; after an edit, the new text\'s', () => {
    const project = projectOf({ 'plan.yaml': manifest(), 'a.md': chapter });
    const uri = `${PLAN_ROOT}a.md`;
    const first = project.document(uri);
    assert.ok(first);
    assert.equal(language.occurrences(first), language.occurrences(first));
    project.setFile(uri, chapter.replace('pc-networks', 'mh-talking-therapies'));
    const edited = project.document(uri);
    assert.ok(edited);
    assert.deepEqual(
      language.occurrences(edited).filter((o) => o.kind === 'commitment').map((o) => o.value),
      ['mh-crisis-care', 'mh-talking-therapies'],
    );
  });

  it('counts plan.yaml\'s own organisations only with its manifest, whichever is asked first', () => {
    const project = projectOf({ 'plan.yaml': manifest() });
    const uri = `${PLAN_ROOT}plan.yaml`;
    const document = project.document(uri);
    const root = project.rootOf(uri);
    assert.ok(document && root);
    const plan = project.analyze(root).context.manifest;
    const defined = (list: readonly language.Occurrence[]) => list.filter((o) => o.definition).map((o) => o.value);
    assert.deepEqual(defined(language.occurrences(document)), []);
    const withManifest = defined(language.occurrences(document, plan));
    assert.ok(withManifest.includes('test-ccg'), withManifest.join(', '));
    assert.deepEqual(defined(language.occurrences(document)), []);
    assert.deepEqual(defined(language.occurrences(document, plan)), withManifest);
  });
});
