import * as assert from 'node:assert/strict';
import { SchemaNavigator } from '../../core/src/schema/navigate';
import { readSchemaFiles } from '../../host/src/index';

// The schema walk behind completion of keys and values: references across files and within
// one, list items, mappings of any key, values that take one of two shapes, enums behind
// anyOf and `then`. A small set of files pins each step; the real schemas pin what authors get.

const FILES = {
  'definitions.schema.json': {
    definitions: {
      status: { enum: ['on-track', 'at-risk'] },
      colour: { $ref: '#/definitions/shade' },
      shade: { enum: ['red', 'green'] },
      either: { anyOf: [{ $ref: '#/definitions/status' }, { enum: ['none'] }, { type: 'number' }] },
      loop: { $ref: '#/definitions/loop' },
    },
  },
  'blocks.schema.json': {
    definitions: {
      block: {
        type: 'object',
        properties: {
          status: { $ref: 'definitions.schema.json#/definitions/status' },
          local: { $ref: '#/definitions/kind' },
          partners: { type: 'array', items: { $ref: '#/definitions/partner' } },
          values: { type: 'object', additionalProperties: { $ref: 'definitions.schema.json#/definitions/colour' } },
          timing: { if: { type: 'string' }, then: { $ref: '#/definitions/kind' }, else: { type: 'object', properties: { month: { enum: ['april'] } } } },
          choice: { anyOf: [{ $ref: '#/definitions/kind' }, { $ref: 'definitions.schema.json#/definitions/shade' }] },
          closed: { type: 'object', properties: { only: { type: 'string' } }, additionalProperties: false },
          // Properties of its own: its keys are read there, not from `else`.
          both: { properties: { mine: { enum: ['own'] } }, else: { properties: { mine: { enum: ['else'] } } } },
          broken: { $ref: 'missing.schema.json#/definitions/x' },
          circular: { $ref: 'definitions.schema.json#/definitions/loop' },
        },
      },
      kind: { enum: ['plan', 'pledge'] },
      partner: { type: 'object', properties: { role: { enum: ['lead', 'member'] } } },
    },
  },
};

const ROOT = 'blocks.schema.json#/definitions/block';

describe('schema navigation (completion)', () => {
  const navigator = new SchemaNavigator(FILES);
  const enums = (path: readonly string[], ref = ROOT): string[] => navigator.enumValues(navigator.at(ref, path));

  it('follows a reference into another file', () => assert.deepEqual(enums(['status']), ['on-track', 'at-risk']));
  it('follows a local reference in the file it was reached from', () => assert.deepEqual(enums(['local']), ['plan', 'pledge']));
  it('follows a chain of references, the second local to the other file', () => assert.deepEqual(enums(['values', 'anything']), ['red', 'green']));
  it('steps into list items with "[]"', () => assert.deepEqual(enums(['partners', '[]', 'role']), ['lead', 'member']));
  it('takes any key of a mapping whose additional properties have a schema', () => assert.deepEqual(enums(['values', '2019/20']), ['red', 'green']));
  it('reads the enum of a two-shape value from `then` and its keys from `else`', () => {
    assert.deepEqual(enums(['timing']), ['plan', 'pledge']);
    assert.deepEqual(enums(['timing', 'month']), ['april']);
  });
  it('gathers the enums of every anyOf branch, a local reference resolved in its own file', () => {
    assert.deepEqual(enums(['choice']), ['plan', 'pledge', 'red', 'green']);
    assert.deepEqual(enums([], 'definitions.schema.json#/definitions/either'), ['on-track', 'at-risk', 'none']);
  });
  it('reads the keys of a value with properties of its own from them, not from `else`', () => assert.deepEqual(enums(['both', 'mine']), ['own']));
  it('resolves a root that is itself a reference', () => assert.deepEqual(enums([], 'definitions.schema.json#/definitions/colour'), ['red', 'green']));
  it('a root without a file part is read in the definitions file', () => assert.deepEqual(enums([], '#/definitions/shade'), ['red', 'green']));

  const nowhere: readonly (readonly [string, readonly string[]])[] = [
    ['an unknown key', ['nope']],
    ['a key below a value with no properties', ['status', 'deeper']],
    ['a key of a closed mapping it does not list', ['closed', 'other']],
    ['list items of a mapping', ['values', '[]', 'x']],
    ['a reference to a file that is not there', ['broken']],
    ['a reference to a definition that is not there', ['local', 'deeper']],
  ];
  for (const [what, path] of nowhere) {
    it(`finds nothing for ${what}`, () => assert.equal(navigator.at(ROOT, path), undefined));
  }

  it('finds nothing at a root that does not exist', () => {
    assert.equal(navigator.at('blocks.schema.json#/definitions/nothing', []), undefined);
    assert.equal(navigator.at('other.schema.json#/definitions/block', []), undefined);
    assert.equal(navigator.at('blocks.schema.json#/definitions/block/properties/status/$ref/x', []), undefined);
  });

  it('stops following a reference that loops', () => {
    const circular = navigator.at(ROOT, ['circular']);
    assert.deepEqual(circular, { $ref: '#/definitions/loop' });
    assert.deepEqual(navigator.enumValues(circular), []);
  });

  it('a known key with a plain schema is returned as written', () => {
    assert.deepEqual(navigator.at(ROOT, ['closed', 'only']), { type: 'string' });
    assert.deepEqual(navigator.enumValues(undefined), []);
  });

  it('on the real schemas: the statuses of a commitment and the id pattern (rename checks new ids with it)', () => {
    const real = new SchemaNavigator(readSchemaFiles());
    const commitment = 'blocks.schema.json#/definitions/commitment';
    assert.deepEqual(real.enumValues(real.at(commitment, ['status'])), ['on-track', 'at-risk', 'off-track', 'not-started', 'not-applicable']);
    assert.equal(real.at('definitions.schema.json#/definitions/id', [])?.pattern, '^[a-z0-9]+(-[a-z0-9]+)*$');
  });
});
