import type { SchemaFiles } from './schema-set';

/** A JSON Schema object as read from the schema files. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: JsonSchema | boolean;
  readonly propertyNames?: JsonSchema;
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly JsonSchema[];
  /** A value that may be one of two shapes (`timing: month` or by year) reads its enum from `then`, its entries from `else`. */
  readonly then?: JsonSchema;
  readonly else?: JsonSchema;
  readonly pattern?: string;
}

/** "[]" stands for any item of a list. */
export type SchemaPath = readonly string[];

/**
 * Walks the schema files the way completion needs: follow `$ref`s across
 * files, then properties, list items and additional properties.
 */
export class SchemaNavigator {
  /** The file each schema reached so far lives in, so that a local `#/...` reference inside it resolves there. */
  private readonly homes = new WeakMap<JsonSchema, string>();

  constructor(private readonly files: SchemaFiles) {}

  /** The schema at `path` below the schema at `ref` (e.g. "blocks.schema.json#/definitions/commitment"). */
  at(ref: string, path: SchemaPath): JsonSchema | undefined {
    // A root that is itself a reference is followed; each step follows what it reaches.
    const root = this.resolve(ref, 'definitions.schema.json');
    let current = root && this.follow(root.schema, root.file);
    for (const segment of path) {
      if (!current) return undefined;
      current = this.step(current.schema, segment, current.file);
    }
    return current?.schema;
  }

  /** The files' `$ref`s resolved, with anyOf branches merged for enum and property lookups. */
  private step(schema: JsonSchema, segment: string, file: string): { schema: JsonSchema; file: string } | undefined {
    const resolved = this.follow(schema, file);
    if (!resolved) return undefined;
    const { schema: s, file: f } = resolved;
    const shape = s.else && !s.properties && s.additionalProperties === undefined ? s.else : s;
    const next = segment === '[]' ? shape.items : shape.properties?.[segment] ?? (typeof shape.additionalProperties === 'object' ? shape.additionalProperties : undefined);
    return next ? this.follow(next, f) : undefined;
  }

  /** Follows `$ref` chains; returns the schema and the file it lives in. */
  follow(schema: JsonSchema, file: string): { schema: JsonSchema; file: string } | undefined {
    let current: { schema: JsonSchema; file: string } | undefined = { schema, file };
    for (let hops = 0; current?.schema.$ref && hops < 10; hops++) current = this.resolve(current.schema.$ref, current.file);
    if (current) this.homes.set(current.schema, current.file);
    return current;
  }

  private resolve(ref: string, fromFile: string): { schema: JsonSchema; file: string } | undefined {
    const [filePart, pointer = ''] = ref.split('#');
    const file = filePart || fromFile;
    let node: unknown = this.files[file];
    for (const part of pointer.split('/').filter(Boolean)) {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
    return node && typeof node === 'object' ? { schema: node, file } : undefined;
  }

  /** Enum values of a schema (or of any of its anyOf branches, or its `then`), references in branches read from the schema's own file. */
  enumValues(schema: JsonSchema | undefined): string[] {
    if (!schema) return [];
    const own = (schema.enum ?? []).map(String);
    const branches = [...(schema.anyOf ?? []), ...(schema.then ? [schema.then] : [])];
    const file = this.homes.get(schema) ?? '';
    return [...own, ...branches.flatMap((branch) => this.enumValues(this.follow(branch, file)?.schema))];
  }
}
