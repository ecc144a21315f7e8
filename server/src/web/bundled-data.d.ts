/**
 * The schemas and catalogs, bundled into the web worker at build time by
 * scripts/build.mjs (a worker cannot read the extension's folder).
 */
declare module 'planwright:bundled-data' {
  /** schemas/*.schema.json by file name. */
  export const schemas: Record<string, object>;
  /** catalogs/*.catalog.yaml, sorted by name. */
  export const builtinCatalogs: readonly { readonly name: string; readonly text: string }[];
  /** catalogs/plain-language.yaml. */
  export const plainLanguage: string;
}
