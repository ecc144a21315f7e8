// The esbuild plugin that puts work done at build time into a bundle. It
// replaces two modules that export undefined in the sources:
// - core/src/schema/precompiled.ts with schema validators generated from
//   schemas/ by ajv's standalone code generation, so bundled code neither
//   compiles schemas nor evaluates generated code at start-up;
// - core/src/catalog/precompiled.ts with the built-in catalogs of catalogs/
//   and the plain-language word list already read, so they are not parsed at
//   start-up.
// Every bundle uses it (scripts/build.mjs, scripts/pack-cli.mjs), the web
// worker's language server too (it has no catalogs/ to read: its built-in
// catalogs are the snapshots, see core/src/engine.ts).
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';

/** The schema files as the engine reads them (host/src/load-engine.ts): `*.schema.json` by name. */
export function readSchemaFiles(root) {
  const dir = join(root, 'schemas');
  const files = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.schema.json')).sort()) {
    files[name] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  }
  return files;
}

/** The built-in catalog files, as host/src/load-engine.ts lists them. */
function catalogPaths(root) {
  const dir = join(root, 'catalogs');
  return readdirSync(dir).filter((n) => n.endsWith('.catalog.yaml')).sort().map((name) => join(dir, name));
}

/** The plain-language word list, as host/src/load-engine.ts reads it. */
function wordListPath(root) {
  return join(root, 'catalogs', 'plain-language.yaml');
}

/** The generators (core/src/schema/standalone.ts, core/src/catalog/snapshot-module.ts), bundled and loaded here. */
async function loadGenerators(root) {
  const result = await build({
    absWorkingDir: root,
    stdin: {
      contents: "export * from './core/src/schema/standalone'; export * from './core/src/catalog/snapshot-module';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  const module = { exports: {} };
  // The generators' own bundle, evaluated once at build time.
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, createRequire(join(root, 'package.json')));
  return module.exports;
}

/** The generated modules' sources for the current schemas and catalogs. */
export async function generatePrecompiled(root) {
  const generators = await loadGenerators(root);
  const schemas = readSchemaFiles(root);
  return {
    validators: generators.standaloneValidatorsModule(schemas),
    catalogs: generators.catalogSnapshotsModule(
      catalogPaths(root).map((path) => ({ name: basename(path), text: readFileSync(path, 'utf8') })),
      schemas,
      readFileSync(wordListPath(root), 'utf8'),
    ),
  };
}

const latest = new WeakMap();

/** The generated modules' sources of a plugin's latest build (generated now if no bundle asked for them). */
export function precompiledSources(plugin) {
  return latest.get(plugin)();
}

export function precompiledPlugin(root) {
  let generated;
  const inputs = () => [
    ...Object.keys(readSchemaFiles(root)).map((name) => join(root, 'schemas', name)),
    ...catalogPaths(root),
    wordListPath(root),
    // The generators and what they read with (a change to the catalog parser changes the snapshots).
    ...['schema', 'catalog', 'parse', 'model', 'text'].map((dir) => join(root, 'core', 'src', dir)).flatMap((dir) => readdirSync(dir).map((name) => join(dir, name))),
  ];
  const plugin = {
    name: 'precompiled',
    setup(plugin) {
      plugin.onStart(() => {
        generated = undefined;
      });
      const replace = (folder, key) =>
        plugin.onLoad({ filter: new RegExp(`[\\\\/]core[\\\\/]src[\\\\/]${folder}[\\\\/]precompiled\\.ts$`) }, async () => {
          generated ??= generatePrecompiled(root);
          return { contents: (await generated)[key], loader: 'js', resolveDir: join(root, 'core', 'src', folder), watchFiles: inputs() };
        });
      replace('schema', 'validators');
      replace('catalog', 'catalogs');
    },
  };
  latest.set(plugin, () => (generated ??= generatePrecompiled(root)));
  return plugin;
}
