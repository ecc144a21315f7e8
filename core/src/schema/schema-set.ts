import type { ErrorObject } from 'ajv';
import { dateProblem, describeDateProblem } from '../model/dates';
import { listOr, suggest } from '../text/suggest';
import { compileValidators, type PrecompiledValidators, type SchemaFiles, type SchemaName, type Validators } from './compile';
import { SchemaNavigator } from './navigate';

export { SCHEMA_ROOTS, type PrecompiledValidators, type SchemaFiles, type SchemaName } from './compile';

/** A schema violation at a path inside the validated value. */
export interface SchemaIssue {
  readonly path: readonly (string | number)[];
  /** True when the issue is about the key at `path`, not its value. */
  readonly atKey: boolean;
  readonly message: string;
  readonly suggestions?: readonly string[];
  /** Set when the value breaks the id pattern: the value as written. */
  readonly invalidId?: string;
}

const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

const SUBJECTS: Record<SchemaName, string> = {
  plan: 'plan.yaml',
  'front-matter': 'the front matter',
  'data-file': 'this plan file',
  catalog: 'the catalog',
  'plain-language': 'the word list',
  commitment: 'the commitment block',
  finance: 'the finance block',
  workforce: 'the workforce block',
  inequalities: 'the inequalities block',
  assumptions: 'the assumptions block',
  milestones: 'the milestones block',
};

/**
 * The project's JSON Schemas compiled once with ajv, turning ajv's errors
 * into messages a plan author can act on.
 */
export class SchemaSet {
  private readonly validators: Validators;
  /** The raw schemas, for completion of keys and values. */
  readonly navigator: SchemaNavigator;

  /** Validators that stop at the first error: precompiled, or compiled when first needed (see `validate`). */
  private firstErrorValidators: Validators | undefined;

  /** Whether the validators in use were compiled ahead of time (see `precompiled.ts`). */
  readonly precompiled: boolean;

  /**
   * `precompiled` validators are used when they were compiled from these
   * very schema files; otherwise (or without them) the schemas are
   * compiled here, at run time.
   */
  constructor(private readonly files: SchemaFiles, precompiled?: PrecompiledValidators) {
    this.navigator = new SchemaNavigator(files);
    const usable = precompiled && sameSchemas(precompiled.schemas, files) ? precompiled : undefined;
    this.validators = usable?.detailed ?? compileValidators(files, true);
    this.firstErrorValidators = usable?.firstError;
    this.precompiled = usable !== undefined;
  }

  /**
   * Validates a value read from YAML. Every problem is listed for texts of up
   * to MAX_DETAILED_ENTRIES entries; a larger text is checked by validators
   * that stop at its first problem, which is listed with a note that the rest
   * were not. (ajv gathering all errors costs time quadratic in their number,
   * so thousands of bad entries would otherwise take minutes.)
   */
  validate(name: SchemaName, value: unknown, entries = 0): SchemaIssue[] {
    const detailed = entries <= MAX_DETAILED_ENTRIES;
    if (!detailed) this.firstErrorValidators ??= compileValidators(this.files, false);
    const validate = (detailed ? this.validators : this.firstErrorValidators)?.[name];
    if (!validate || validate(value)) return [];
    const issues = describeErrors(validate.errors ?? [], value, SUBJECTS[name]);
    if (detailed) return issues;
    return [...issues, { path: [], atKey: false, message: `${SUBJECTS[name]} has more than ${MAX_DETAILED_ENTRIES.toLocaleString('en-GB')} entries, so only its first schema problem is listed` }];
  }
}

/** Whether two sets of schema files are the same (the precompiled validators embed the files they came from). */
function sameSchemas(a: SchemaFiles, b: SchemaFiles): boolean {
  if (a === b) return true;
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => b[name] !== undefined && JSON.stringify(a[name]) === JSON.stringify(b[name]));
}

/** Texts with more list and mapping entries than this get only their first schema problem listed. */
export const MAX_DETAILED_ENTRIES = 2000;

function describeErrors(errors: readonly ErrorObject[], root: unknown, rootSubject: string): SchemaIssue[] {
  // anyOf failures carry one error per branch at the same place; say it once.
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  // The pattern errors at each place, for anyOf messages (looked up, not searched: there can be thousands of errors).
  const patternsAt = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    if (error.keyword !== 'pattern') continue;
    const list = patternsAt.get(error.instancePath);
    if (list) list.push(error);
    else patternsAt.set(error.instancePath, [error]);
  }
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    // A bad key under propertyNames fails twice: once for the name (e.g. its pattern) and once as `propertyNames`; say it once.
    if (error.propertyName !== undefined && error.keyword !== 'propertyNames') continue;
    if (error.keyword !== 'anyOf' && anyOfPaths.has(error.instancePath)) continue;
    // `staff-group` where `group` is required: the unknown key's did-you-mean says it; not also "missing `group`".
    if (error.keyword === 'required' && errors.some((other) => other.keyword === 'additionalProperties' && other.instancePath === error.instancePath && keySuggestions(String((other.params as Record<string, unknown>)['additionalProperty']), [String((error.params as Record<string, unknown>)['missingProperty'])]).length > 0)) continue;
    const issue = describe(error, root, rootSubject, errors, patternsAt);
    if (!issue) continue;
    const key = `${issue.path.join('/')}|${issue.atKey}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function describe(error: ErrorObject, root: unknown, rootSubject: string, all: readonly ErrorObject[], patternsAt: ReadonlyMap<string, readonly ErrorObject[]>): SchemaIssue | undefined {
  const { path, value } = locate(error.instancePath, root);
  const name = nameOf(path, rootSubject);
  const parentSchema = (error.parentSchema ?? {}) as Record<string, unknown>;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params['missingProperty']);
      const properties = (parentSchema['properties'] ?? {}) as Record<string, { description?: string }>;
      const why = properties[missing]?.description;
      const where = path.length === 0 ? rootSubject : name;
      return { path, atKey: false, message: `${where} is missing \`${missing}\`${why ? ` (${lowerFirst(why).replace(/\.$/, '')})` : ''}` };
    }
    case 'additionalProperties': {
      const extra = String(params['additionalProperty']);
      const allowed = Object.keys((parentSchema['properties'] ?? {}));
      const suggestions = keySuggestions(extra, allowed);
      const hint = suggestions.length > 0 ? `did you mean ${listOr(suggestions)}?` : `expected ${listOr(allowed)}`;
      const where = path.length === 0 ? rootSubject : name;
      return { path: [...path, extra], atKey: true, message: `unknown key \`${extra}\` in ${where}: ${hint}`, suggestions };
    }
    case 'propertyNames': {
      const key = String(params['propertyName']);
      return { path: [...path, key], atKey: true, message: `\`${key}\` is not a valid key in ${name}${propertyNameHint(parentSchema)}` };
    }
    case 'enum': {
      const allowed = ((params['allowedValues'] ?? []) as unknown[]).map(String);
      const suggestions = typeof value === 'string' ? suggest(value, allowed) : [];
      return { path, atKey: false, message: `${name} is ${show(value)}; it must be ${listOr(allowed)}`, suggestions };
    }
    case 'const':
      return { path, atKey: false, message: `${name} must be ${show(params['allowedValue'])}` };
    case 'anyOf': {
      const date = all.find((other) => other.instancePath === error.instancePath && other.keyword === 'realDate');
      if (date && typeof value === 'string') return dateIssue(path, name, value, true);
      if (typeof parentSchema['description'] === 'string') {
        return { path, atKey: false, message: `${name} is ${show(value)}; expected ${lowerFirst(parentSchema['description']).replace(/\.$/, '')}` };
      }
      // No description: say what each branch wanted (e.g. "a date is written like ..., or a financial year is written like ...").
      const hints = (patternsAt.get(error.instancePath) ?? [])
        .map((other): unknown => {
          const hint: unknown = other.parentSchema?.['patternErrorMessage'];
          return hint;
        })
        .filter((hint): hint is string => typeof hint === 'string');
      return { path, atKey: false, message: `${name} is ${show(value)}: ${hints.length > 0 ? hints.join(', or ') : 'it is not a valid value here'}` };
    }
    case 'realDate':
      return typeof value === 'string' ? dateIssue(path, name, value, false) : undefined;
    case 'pattern': {
      const hint = parentSchema['patternErrorMessage'];
      if (params['pattern'] === ID_PATTERN && typeof value === 'string') {
        const fixed = idFor(value);
        return { path, atKey: false, message: `${name} is ${show(value)}: ${typeof hint === 'string' ? hint : 'not a valid id'}${fixed ? ` (${fixed})` : ''}`, invalidId: value, ...(fixed ? { suggestions: [fixed] } : {}) };
      }
      return { path, atKey: false, message: `${name} is ${show(value)}: ${typeof hint === 'string' ? hint : `it must match ${String(params['pattern'])}`}` };
    }
    case 'type':
      if (params['type'] === 'object' && Array.isArray(value) && isYearly(parentSchema)) {
        const key = typeof path[path.length - 1] === 'string' ? String(path[path.length - 1]) : 'values';
        return { path, atKey: false, message: `${name} is a list; values by year are a mapping, like \`${key}: { 2019/20: 120, 2020/21: 130, ... }\`` };
      }
      return { path, atKey: false, message: `${name} is ${show(value)}; it must be ${article(String(params['type']))}` };
    case 'minLength':
      return { path, atKey: false, message: `${name} must not be empty` };
    case 'minItems': {
      const limit = Number(params['limit']);
      return { path, atKey: false, message: limit <= 1 ? `${name} must not be an empty list` : `${name} must list at least ${limit} items` };
    }
    case 'minimum':
    case 'exclusiveMinimum':
      return { path, atKey: false, message: `${name} is ${show(value)}; it must be ${error.keyword === 'minimum' ? 'at least' : 'more than'} ${String(params['limit'])}` };
    default:
      return { path, atKey: false, message: `${name} ${error.message ?? 'is not valid'}` };
  }
}

/** Keys close to an unknown one, or (failing that) the keys it is a longer name for (`staff-group` → `group`). */
function keySuggestions(extra: string, allowed: readonly string[]): string[] {
  const near = suggest(extra, allowed);
  if (near.length > 0) return near;
  const parts = extra.toLowerCase().split(/[-_\s]+/);
  return allowed.filter((key) => parts.length > 1 && parts[parts.length - 1] === key);
}

function dateIssue(path: (string | number)[], name: string, value: string, yearAllowed: boolean): SchemaIssue {
  const problem = dateProblem(value, yearAllowed) ?? { why: 'it is not a date' };
  return { path, atKey: false, message: describeDateProblem(name, value, problem, yearAllowed), ...(problem.suggestion ? { suggestions: [problem.suggestion] } : {}) };
}

/** The lower-case, hyphenated form of an id written otherwise ("KV_Community" → "kv-community"); undefined when nothing is left. */
export function idFor(written: string): string | undefined {
  const id = written.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return id !== '' && id !== written ? id : undefined;
}

function isYearly(schema: Record<string, unknown>): boolean {
  const names = schema['propertyNames'] as { $ref?: string } | undefined;
  return names?.$ref?.endsWith('/year') === true;
}

function propertyNameHint(parentSchema: Record<string, unknown>): string {
  const names = parentSchema['propertyNames'] as { $ref?: string } | undefined;
  if (names?.$ref?.endsWith('/year')) return ': a financial year is written like 2019/20';
  if (names?.$ref?.endsWith('/id')) return ': ids are written in lower case with hyphens';
  return '';
}

/**
 * What a JSON pointer names in `root`, read in one walk: the path (list
 * positions as numbers, mapping keys — even `2019` — as text) and the value there.
 */
function locate(pointer: string, root: unknown): { path: (string | number)[]; value: unknown } {
  const path: (string | number)[] = [];
  let value = root;
  if (pointer === '') return { path, value };
  for (const part of pointer.slice(1).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    path.push(Array.isArray(value) && /^\d+$/.test(key) ? Number(key) : key);
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  return { path, value };
}

function nameOf(path: readonly (string | number)[], rootSubject: string): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') {
      const index = path[i + 1];
      return typeof index === 'number' ? `\`${segment}\` item ${index + 1}` : `\`${segment}\``;
    }
  }
  return path.length > 0 ? `item ${Number(path[path.length - 1]) + 1}` : rootSubject;
}

function show(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

function article(type: string): string {
  const words: Record<string, string> = { object: 'a mapping (key: value lines)', array: 'a list', string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false' };
  return type.split(',').map((t) => words[t] ?? t).join(' or ');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
