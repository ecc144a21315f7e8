/**
 * Plain scalars resolved as the yaml library's core schema (YAML 1.2) does,
 * and pairs added to a plain object as its `toJS` does: the value side of
 * the plain YAML reader (`plain-yaml.ts`).
 */
export type ScalarValue = string | number | boolean | null;

/** Thrown inside the reader when the text is outside the subset; `readPlainYaml` catches it and gives up. */
export const OUTSIDE = new Error('outside the plain YAML subset');

/** Keys written plainly: names, years, numbers; anything else goes to the library. */
export const KEY = /^[A-Za-z0-9_][A-Za-z0-9_./()-]*(?: [A-Za-z0-9_./()-]+)*$/;
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
export const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Numbers in the core schema's other forms (octal, hex, exponent, infinity, NaN), left to the library. */
const OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/** Characters a plain scalar may not start with (in block or flow context). */
export const INDICATOR_START = /^[,[\]{}#&*!|>'"%@`?:-]/;

export function resolvePlain(source: string): ScalarValue {
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T';
  if (INT.test(source)) return parseInt(source, 10);
  if (FLOAT.test(source)) return parseFloat(source);
  if (OTHER_NUMBER.test(source)) throw OUTSIDE;
  return source;
}

/** What the library's `toJS` does with a pair: keys as strings (null as ''), own properties even for `__proto__`. */
export function addToObject(object: Record<string, unknown>, key: ScalarValue, value: unknown): void {
  const name = key === null ? '' : String(key);
  if (name in object) Object.defineProperty(object, name, { value, writable: true, enumerable: true, configurable: true });
  else object[name] = value;
}
