// How long the web worker's server takes to build its engine, the way it
// does now (server/src/web/engine.ts: validators and catalogs prepared at
// build time) and the way it did before (compiling the schemas with ajv and
// parsing the catalogs at start-up). Each is bundled for Node with the same
// plugins the web build uses, and timed in fresh processes (median of 5).
// Figures only.
//
//   node bench/web-engine.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { noSchemaCompiler } from '../scripts/no-schema-compiler.mjs';
import { precompiledPlugin, readSchemaFiles } from '../scripts/precompiled.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const temp = mkdtempSync(join(tmpdir(), 'planwright-web-engine-'));
const RUNS = 5;

/** A script that builds the engine `how` and prints the milliseconds it took. */
const timed = (how) => `const started = performance.now(); ${how}; console.log(performance.now() - started);`;
const variants = {
  'prepared at build time (now)': {
    contents: `import { bundledEngine } from './server/src/web/engine'; ${timed("bundledEngine('planwright-extension:/')")}`,
    plugins: [precompiledPlugin(root), noSchemaCompiler()],
  },
  'compiled at start-up (before)': {
    contents: [
      "import { Engine } from './core/src/index';",
      "import plainLanguage from './catalogs/plain-language.yaml';",
      `const schemas = ${JSON.stringify(readSchemaFiles(root))};`,
      `const catalogs = ${JSON.stringify(catalogTexts())};`,
      timed("new Engine({ schemas, builtinCatalogs: catalogs, plainLanguage: { uri: 'x:/plain-language.yaml', text: plainLanguage } })"),
    ].join('\n'),
    plugins: [],
  },
};

/** The built-in catalog files, as host/src/load-engine.ts reads them. */
function catalogTexts() {
  const dir = join(root, 'catalogs');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.catalog.yaml'))
    .sort()
    .map((name) => ({ uri: `x:/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

try {
  for (const [name, variant] of Object.entries(variants)) {
    const file = join(temp, `${name.split(' ')[0]}.cjs`);
    const result = await build({
      absWorkingDir: root,
      stdin: { contents: variant.contents, resolveDir: root, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      minify: true,
      write: false,
      loader: { '.yaml': 'text' },
      logLevel: 'warning',
      plugins: variant.plugins,
    });
    writeFileSync(file, result.outputFiles[0].text);
    const times = Array.from({ length: RUNS }, () => Number(execFileSync(process.execPath, [file]).toString().trim())).sort((a, b) => a - b);
    console.log(`${name}: ${times[Math.floor(RUNS / 2)].toFixed(0)} ms (median of ${RUNS}; ${times.map((t) => t.toFixed(0)).join(', ')})`);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
