// The esbuild plugin that puts validators compiled ahead of time into a
// bundle: it replaces core/src/schema/precompiled.ts (which exports
// undefined) with ajv standalone code generated from schemas/, so bundled
// code neither compiles schemas nor evaluates generated code at start-up.
// Every bundle uses it (scripts/build.mjs, scripts/pack-cli.mjs); a bundle
// for a web worker should too.
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The schema files as the engine reads them (host/src/load-engine.ts): `*.schema.json` by name. */
export function readSchemaFiles(root) {
  const dir = join(root, 'schemas');
  const files = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.schema.json')).sort()) {
    files[name] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  }
  return files;
}

/** The generated module's source for the current schema files (core/src/schema/standalone.ts, bundled and run here). */
export async function generateValidators(root) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['core/src/schema/standalone.ts'],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  const module = { exports: {} };
  const source = result.outputFiles[0].text;
  // The generator's own bundle, evaluated once at build time.
  new Function('module', 'exports', 'require', source)(module, module.exports, createRequire(join(root, 'package.json')));
  return module.exports.standaloneValidatorsModule(readSchemaFiles(root));
}

export function precompiledValidatorsPlugin(root) {
  return {
    name: 'precompiled-validators',
    setup(plugin) {
      let generated;
      plugin.onStart(() => {
        generated = undefined;
      });
      plugin.onLoad({ filter: /[\\/]core[\\/]src[\\/]schema[\\/]precompiled\.ts$/ }, async () => {
        generated ??= generateValidators(root);
        return { contents: await generated, loader: 'js', resolveDir: join(root, 'core', 'src', 'schema'), watchFiles: [...Object.keys(readSchemaFiles(root)).map((name) => join(root, 'schemas', name)), ...['compile.ts', 'standalone.ts'].map((name) => join(root, 'core', 'src', 'schema', name))] };
      });
    },
  };
}
