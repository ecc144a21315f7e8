// Bundles the CLI, the language server and the VS Code client with esbuild,
// with schema validators and built-in catalogs prepared at build time (scripts/precompiled.mjs).
// `--if-missing` skips the build when the bundles exist (used by `npm start`).
import { build } from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledPlugin } from './precompiled.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
  { in: 'cli/src/cli.ts', out: 'cli' },
  { in: 'server/src/main.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'client' },
].filter((entry) => existsSync(join(root, entry.in)));

if (process.argv.includes('--if-missing') && entries.every((entry) => existsSync(join(root, 'dist', `${entry.out}.js`)))) {
  process.exit(0);
}

const watch = process.argv.includes('--watch');
const started = Date.now();
await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: !watch && process.argv.includes('--minify'),
  external: ['vscode'],
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [precompiledPlugin(root)],
});
console.log(`built ${entries.map((e) => `dist/${e.out}.js`).join(', ')} in ${Date.now() - started} ms`);

// The chart classes for the Markdown preview (`markdown.previewStyles`), from the one copy the dashboard and reports use.
const css = await build({ absWorkingDir: root, entryPoints: ['core/src/render/chart-css.ts'], bundle: true, format: 'esm', write: false, logLevel: 'warning' });
const { CHART_CSS } = await import(`data:text/javascript;base64,${Buffer.from(css.outputFiles[0].text).toString('base64')}`);
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'chart.css'), `${CHART_CSS}\n`);
