import * as assert from 'node:assert/strict';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { compileValidators, SCHEMA_NAMES, type PrecompiledValidators, type SchemaFiles, type SchemaName, type Validators } from '../../core/src/schema/compile';
import { MAX_DETAILED_ENTRIES, SchemaSet } from '../../core/src/schema/schema-set';
import { standaloneValidatorsModule } from '../../core/src/schema/standalone';
import { readSchemaFiles } from '../../host/src/index';
import { evaluateGenerated } from '../helpers/generated-module';

/** Evaluates the generated module's source as the build's bundle would run it. */
function loadGenerated(source: string): PrecompiledValidators {
  const generated = evaluateGenerated(source, 'schema')['precompiledValidators'] as PrecompiledValidators | undefined;
  assert.ok(generated, 'the generated module exports precompiledValidators');
  return generated;
}

/** Values of every kind, valid and not: each names the schema it is checked against. */
const CASES: readonly { readonly schema: SchemaName; readonly name: string; readonly value: unknown; readonly keyword?: string }[] = [
  { schema: 'commitment', name: 'valid commitment', value: { id: 'mh-liaison', status: 'on-track', trajectory: { '2019/20': 50, '2020/21': 60 } } },
  { schema: 'commitment', name: 'missing status', value: { id: 'mh-liaison' } },
  { schema: 'commitment', name: 'unknown key', value: { id: 'mh-liaison', status: 'on-track', trajectroy: { '2019/20': 50 } } },
  { schema: 'commitment', name: 'status not in the enum', value: { id: 'mh-liaison', status: 'ontrack' }, keyword: 'enum' },
  { schema: 'commitment', name: 'not-applicable without a reason', value: { id: 'ics-by-2021', status: 'not-applicable' } },
  { schema: 'commitment', name: 'year key that is not a financial year', value: { id: 'mh-liaison', status: 'on-track', trajectory: { 2020: 50 } } },
  { schema: 'commitment', name: 'trajectory as a list', value: { id: 'mh-liaison', status: 'on-track', trajectory: [50, 60] } },
  { schema: 'commitment', name: 'id in capitals', value: { id: 'MH_Liaison', status: 'on-track' }, keyword: 'pattern' },
  { schema: 'commitment', name: 'wrong types everywhere', value: { id: 12, status: true, trajectory: 'rising' } },
  { schema: 'commitment', name: 'not a mapping', value: ['id', 'status'] },
  { schema: 'milestones', name: 'valid milestones', value: [{ what: 'Open the hub', by: '2020-04' }] },
  { schema: 'milestones', name: 'a date that does not exist', value: [{ what: 'Open the hub', by: '2020-13-45' }], keyword: 'realDate' },
  { schema: 'milestones', name: 'the 30th of February', value: [{ what: 'Open the hub', by: '2021-02-30' }], keyword: 'realDate' },
  { schema: 'milestones', name: 'a date in no known shape', value: [{ what: 'Open the hub', by: 'next spring' }] },
  { schema: 'finance', name: 'finance with text figures', value: { income: { '2019/20': 'lots' }, spend: { '2019/20': -1 } } },
  { schema: 'workforce', name: 'workforce with a staff-group key', value: [{ 'staff-group': 'nurses', baseline: 100 }] },
  { schema: 'inequalities', name: 'empty inequalities', value: {} },
  { schema: 'assumptions', name: 'assumptions with a bad value', value: [{ id: 'growth', value: 'x' }] },
  { schema: 'plan', name: 'empty manifest', value: {} },
  { schema: 'plan', name: 'manifest with a bad period and population', value: { plan: { title: '', framework: 'ltp-2019', period: { start: '2019', end: '2023/24' } }, footprint: { population: -5 } } },
  { schema: 'front-matter', name: 'front matter with an unknown key', value: { title: 'Cancer', chapterr: 3 } },
  { schema: 'data-file', name: 'data file with nothing known', value: { responses: 'none' } },
  { schema: 'catalog', name: 'catalog missing its header', value: { areas: [], commitments: [{ id: 'x', kind: 'other' }] } },
  { schema: 'plain-language', name: 'word list with a bad entry', value: { words: [{ term: 5 }] } },
];

/** The verdict and a copy of every error with all its fields (the engine reads several: params, parentSchema, data). */
function errorsOf(validate: ValidateFunction, value: unknown): { valid: boolean; errors: ErrorObject[] } {
  const valid = validate(value);
  return { valid, errors: structuredClone(validate.errors ?? []) };
}

describe('precompiled schema validators', function () {
  this.timeout(60_000);
  let files: SchemaFiles;
  let generated: PrecompiledValidators;
  const compiled: Partial<Record<'detailed' | 'firstError', Validators>> = {};

  before(() => {
    files = readSchemaFiles();
    generated = loadGenerated(standaloneValidatorsModule(files));
    compiled.detailed = compileValidators(files, true);
    compiled.firstError = compileValidators(files, false);
  });

  it('cover every kind of YAML, in both sets, and embed the schemas they came from', () => {
    assert.deepEqual(Object.keys(generated.detailed).sort(), [...SCHEMA_NAMES].sort());
    assert.deepEqual(Object.keys(generated.firstError).sort(), [...SCHEMA_NAMES].sort());
    assert.deepEqual(generated.schemas, files);
  });

  for (const set of ['detailed', 'firstError'] as const) {
    for (const { schema, name, value, keyword } of CASES) {
      it(`${set}: ${schema}: ${name}: the same verdict and errors as run-time compiled ones`, () => {
        const fresh = compiled[set]?.[schema];
        assert.ok(fresh);
        const expected = errorsOf(fresh, value);
        const actual = errorsOf(generated[set][schema], value);
        assert.deepEqual(actual, expected);
        // The cases are meant to be mostly invalid: a case that passes must say so in its name.
        assert.equal(expected.valid, name.startsWith('valid'), `case "${name}" is ${expected.valid ? 'valid' : 'invalid'}`);
        if (keyword) assert.ok(actual.errors.some((error) => error.keyword === keyword), `a ${keyword} error`);
      });
    }
  }

  it('give the engine the same messages, for small texts and for texts checked only to their first problem', () => {
    const precompiledSet = new SchemaSet(files, generated);
    const runtimeSet = new SchemaSet(files);
    assert.equal(precompiledSet.precompiled, true);
    assert.equal(runtimeSet.precompiled, false);
    for (const entries of [0, MAX_DETAILED_ENTRIES + 1]) {
      for (const { schema, value } of CASES) {
        assert.deepEqual(precompiledSet.validate(schema, value, entries), runtimeSet.validate(schema, value, entries));
      }
    }
  });

  it('are not used for schemas other than the ones they were compiled from', () => {
    const blocks = files['blocks.schema.json'] as { definitions: Record<string, { properties?: Record<string, unknown> }> };
    const commitment = blocks.definitions['commitment'];
    assert.ok(commitment?.properties);
    // The same schemas with one more commitment key: a stale precompiled set would reject it.
    const changed: SchemaFiles = { ...files, 'blocks.schema.json': { ...blocks, definitions: { ...blocks.definitions, commitment: { ...commitment, properties: { ...commitment.properties, owner: { type: 'string' } } } } } };
    const set = new SchemaSet(changed, generated);
    assert.equal(set.precompiled, false);
    assert.deepEqual(set.validate('commitment', { id: 'mh-liaison', status: 'on-track', owner: 'Dr T. Test' }), []);
    assert.notDeepEqual(new SchemaSet(files, generated).validate('commitment', { id: 'mh-liaison', status: 'on-track', owner: 'Dr T. Test' }), []);
  });
});
