// Bundles the CLI, the language server and the VS Code client with esbuild,
// and the same client and server for VS Code for the Web (dist/web/): the
// browser bundles must not reach a Node built-in (esbuild fails if one does).
// The bundles that run the engine carry schema validators and built-in
// catalogs prepared at build time (scripts/precompiled.mjs).
// `--if-missing` skips the build when the bundles exist (used by `npm start`).
import { build } from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { noSchemaCompiler } from './no-schema-compiler.mjs';
import { precompiledPlugin, precompiledSources } from './precompiled.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
  { in: 'cli/src/cli.ts', out: 'cli' },
  { in: 'server/src/main.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'client' },
].filter((entry) => existsSync(join(root, entry.in)));
const outputs = [...entries.map((e) => `dist/${e.out}.js`), 'dist/web/client.js', 'dist/web/server.js', 'dist/chart.css'];

if (process.argv.includes('--if-missing') && outputs.every((out) => existsSync(join(root, out)))) {
  process.exit(0);
}

const watch = process.argv.includes('--watch');
const minify = !watch && process.argv.includes('--minify');
const common = { absWorkingDir: root, bundle: true, sourcemap: true, minify, logLevel: 'warning', legalComments: 'none' };
const precompiled = precompiledPlugin(root);
const started = Date.now();
await Promise.all([
  build({ ...common, entryPoints: entries, outdir: 'dist', platform: 'node', target: 'node20', format: 'cjs', external: ['vscode'], plugins: [precompiled] }),
  // The web extension's client runs in VS Code's web-worker extension host, which loads CommonJS.
  build({ ...common, entryPoints: { client: 'client/src/web/extension.ts' }, outdir: 'dist/web', platform: 'browser', target: 'es2022', format: 'cjs', external: ['vscode'] }),
  // The web language server is a classic worker script; it cannot read the extension's folder, so
  // its validators, catalogs and word list are inside it (the word list as text: server/src/web/engine.ts),
  // and it never compiles a schema (no ajv compiler, no code generated from strings).
  build({ ...common, entryPoints: { server: 'server/src/web/main.ts' }, outdir: 'dist/web', platform: 'browser', target: 'es2022', format: 'iife', loader: { '.yaml': 'text' }, plugins: [precompiled, noSchemaCompiler()] }),
]);
// The tests that run in the web-worker extension host (scripts/test-vscode-web.mjs) are one file, as it loads them.
if (existsSync(join(root, 'test', 'vscode', 'web', 'index.ts'))) {
  await build({ ...common, minify: false, entryPoints: { index: 'test/vscode/web/index.ts' }, outdir: 'out/test/vscode-web', platform: 'browser', target: 'es2022', format: 'cjs', external: ['vscode'] });
}

// The same generated modules beside the compiled core, for the tests' engine (test/helpers/engine.ts):
// loading it then parses and compiles nothing, as in the bundles.
const sources = await precompiledSources(precompiled);
for (const [folder, key] of [['schema', 'validators'], ['catalog', 'catalogs']]) {
  const dir = join(root, 'out', 'core', 'src', folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'precompiled.generated.js'), sources[key]);
}

// The chart classes for the Markdown preview (`markdown.previewStyles`), from the one copy the dashboard and reports use.
const css = await build({ absWorkingDir: root, entryPoints: ['core/src/render/chart-css.ts'], bundle: true, format: 'esm', write: false, logLevel: 'warning' });
const { CHART_CSS } = await import(`data:text/javascript;base64,${Buffer.from(css.outputFiles[0].text).toString('base64')}`);
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'chart.css'), `${CHART_CSS}\n`);
console.log(`built ${outputs.join(', ')} in ${Date.now() - started} ms`);
