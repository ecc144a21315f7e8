// An esbuild plugin for bundles that must never compile a JSON Schema at run
// time (the web worker's language server): `import ... from 'ajv'` gets a
// stand-in that throws, so ajv's compiler and code generation (which uses
// `new Function`) stay out of the bundle. The validators ajv compiled at build
// time (scripts/precompiled.mjs) need only ajv's small run-time helpers
// (`ajv/dist/runtime/*`), which are bundled as usual. The engine uses them
// for the very schemas they were compiled from, so the stand-in is reached
// only if a bundle is built without the precompiled plugin: it then says so.
export function noSchemaCompiler() {
  const message = 'this bundle compiles no JSON Schema at run time: it needs the validators compiled at build time (scripts/precompiled.mjs)';
  return {
    name: 'no-schema-compiler',
    setup(plugin) {
      plugin.onResolve({ filter: /^ajv$/ }, () => ({ path: 'ajv', namespace: 'no-schema-compiler' }));
      plugin.onLoad({ filter: /.*/, namespace: 'no-schema-compiler' }, () => ({
        contents: [
          `const refuse = () => { throw new Error(${JSON.stringify(message)}); };`,
          'export default class Ajv { constructor() { refuse(); } }',
          'export const _ = refuse;',
        ].join('\n'),
        loader: 'js',
      }));
    },
  };
}
