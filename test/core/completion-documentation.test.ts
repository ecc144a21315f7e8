import * as assert from 'node:assert/strict';
import { language } from '../../core/src/index';
import { withCursor } from '../helpers/cursor';
import { lines, manifest, PLAN_ROOT, projectOf } from '../helpers/engine';

/**
 * Commitment completion items and their documentation: given with the items,
 * or left for the client to ask for item by item (`documentationLater`), the
 * same Markdown either way.
 */
describe('completion documentation', () => {
  const { text, position } = withCursor(lines('```commitment', 'id: mh-$0', '```'));
  const uri = `${PLAN_ROOT}a.md`;
  const project = () => projectOf({ 'plan.yaml': manifest(), 'a.md': text });

  it('gives every commitment item its documentation, and names its commitment', () => {
    const items = language.completions(project(), uri, position).filter((item) => item.kind === 'commitment');
    assert.ok(items.length > 1);
    for (const item of items) {
      assert.equal(item.commitment, item.label);
      assert.match(item.documentation ?? '', new RegExp(`^\\*\\*.+\\*\\*`));
    }
    const talking = items.find((item) => item.label === 'mh-talking-therapies');
    assert.match(talking?.documentation ?? '', /\*\*Widen access to talking therapies\*\*/);
  });

  it('with documentationLater, leaves it out and the same Markdown comes from completionDocumentation', () => {
    const plan = project();
    const eager = language.completions(plan, uri, position);
    const later = language.completions(plan, uri, position, { documentationLater: true });
    assert.deepEqual(
      later.map((item) => item.label),
      eager.map((item) => item.label),
    );
    for (const [i, item] of later.entries()) {
      assert.equal(item.documentation, undefined, item.label);
      const resolved = item.commitment === undefined ? undefined : language.completionDocumentation(plan, uri, item.commitment);
      assert.deepEqual({ ...item, documentation: resolved }, eager[i]);
    }
  });

  it('leaves the documentation of other items (keys, rules) with them', () => {
    const keys = withCursor(lines('```commitment', 'id: pc-networks', 'traj$0', '```'));
    const plan = projectOf({ 'plan.yaml': manifest(), 'a.md': keys.text });
    const eager = language.completions(plan, uri, keys.position);
    assert.ok(eager.some((item) => item.documentation !== undefined));
    assert.deepEqual(language.completions(plan, uri, keys.position, { documentationLater: true }), eager);
  });

  it('has no documentation for an id no catalog of the plan has, or a file outside any plan', () => {
    assert.equal(language.completionDocumentation(project(), uri, 'no-such-commitment'), undefined);
    assert.equal(language.completionDocumentation(project(), 'file:///elsewhere/a.md', 'mh-talking-therapies'), undefined);
  });
});
