// Writes package.json's contributes.configuration from the one definition of
// the settings, server/src/settings.ts. `--check` only reports drift (exit 1).
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundled = await build({ absWorkingDir: root, entryPoints: ['server/src/settings.ts'], bundle: true, write: false, format: 'esm', platform: 'node' });
const { SETTINGS } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const properties = Object.fromEntries(
  SETTINGS.map((s) => [s.key, { type: s.type, default: s.default, ...(s.enum ? { enum: s.enum } : {}), ...(s.minimum !== undefined ? { minimum: s.minimum } : {}), markdownDescription: s.markdownDescription, scope: s.scope }]),
);
const path = join(root, 'package.json');
const text = readFileSync(path, 'utf8');
const manifest = JSON.parse(text);
manifest.contributes.configuration = { title: 'Planwright', properties };
const next = `${JSON.stringify(manifest, null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error('package.json contributes.configuration is out of date: run `npm run generate`');
    process.exit(1);
  }
} else if (next !== text) {
  writeFileSync(path, next);
  console.log('updated package.json contributes.configuration');
}
