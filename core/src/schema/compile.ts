import Ajv, { type KeywordCxt, type ValidateFunction, _ } from 'ajv';
import { dateProblem } from '../model/dates';
import type { BlockType } from '../model/types';

/** The JSON Schema files, by file name (e.g. "plan.schema.json"). */
export type SchemaFiles = Readonly<Record<string, object>>;

export type SchemaName = 'plan' | 'front-matter' | 'data-file' | 'catalog' | 'plain-language' | BlockType;

/** One validator per kind of YAML. */
export type Validators = Readonly<Record<SchemaName, ValidateFunction>>;

/**
 * Validators compiled ahead of time (by ajv's standalone code generation at
 * build time), so that nothing is compiled, and no code is generated from
 * strings, when the engine starts: see `precompiled.ts`.
 */
export interface PrecompiledValidators {
  /** The schema files they were compiled from; the engine uses them only for these very schemas. */
  readonly schemas: SchemaFiles;
  /** Validators that list every problem. */
  readonly detailed: Validators;
  /** Validators that stop at the first problem (for very large texts). */
  readonly firstError: Validators;
}

/** The schema reference each kind of YAML is validated against. */
export const SCHEMA_ROOTS: Readonly<Record<SchemaName, string>> = {
  plan: 'plan.schema.json',
  'front-matter': 'front-matter.schema.json',
  'data-file': 'data-file.schema.json',
  catalog: 'catalog.schema.json',
  'plain-language': 'plain-language.schema.json',
  commitment: 'blocks.schema.json#/definitions/commitment',
  finance: 'blocks.schema.json#/definitions/finance',
  workforce: 'blocks.schema.json#/definitions/workforce',
  inequalities: 'blocks.schema.json#/definitions/inequalities',
  assumptions: 'blocks.schema.json#/definitions/assumptions',
  milestones: 'blocks.schema.json#/definitions/milestones',
};

export const SCHEMA_NAMES = Object.keys(SCHEMA_ROOTS) as SchemaName[];

/** The id under which the root schema of each kind is registered (relative, like the files' ids, so their refs resolve). */
export function rootId(name: SchemaName): string {
  return `${name}.root.json`;
}

/**
 * An ajv instance holding every schema file and one root schema per kind of
 * YAML, configured as the engine needs (`verbose`, so that messages can
 * quote the schemas' descriptions). `source` keeps the generated code, for
 * ajv's standalone code generation.
 */
export function createAjv(files: SchemaFiles, allErrors: boolean, source = false): Ajv {
  const ajv = new Ajv({ allErrors, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true, code: { source } });
  // Annotations editors read (VS Code YAML support); ajv only needs to accept them.
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'markdownDescription', schemaType: 'string' });
  // Dates that fit the pattern but do not exist (2019-13-45, 2019-02-30): described by SchemaSet.
  // Written as code (not a `validate` function) so that standalone validators can contain it.
  ajv.addKeyword({
    keyword: 'realDate',
    type: 'string',
    schemaType: 'boolean',
    code(cxt: KeywordCxt) {
      if (cxt.schema !== true) return;
      // The generated module requires this from core/src/schema (see scripts/precompiled.mjs).
      const check = cxt.gen.scopeValue('func', { ref: dateProblem, code: _`require("../model/dates").dateProblem` });
      cxt.fail(_`${check}(${cxt.data}, false) !== undefined`);
    },
  });
  for (const [name, schema] of Object.entries(files)) ajv.addSchema({ ...schema, $id: name });
  for (const name of SCHEMA_NAMES) ajv.addSchema({ $id: rootId(name), $ref: SCHEMA_ROOTS[name] });
  return ajv;
}

/** Compiles every kind's validator at run time (ajv generates and evaluates code). */
export function compileValidators(files: SchemaFiles, allErrors: boolean): Validators {
  const ajv = createAjv(files, allErrors);
  const entries = SCHEMA_NAMES.map((name): [SchemaName, ValidateFunction] => {
    const validate = ajv.getSchema(rootId(name));
    if (!validate) throw new Error(`schema ${SCHEMA_ROOTS[name]} did not compile`);
    return [name, validate];
  });
  return Object.fromEntries(entries) as Record<SchemaName, ValidateFunction>;
}
