// Writes docs/catalogs/<id>.md for every built-in catalog from `planwright catalog <id> --format md`,
// the same code the command runs, so the pages cannot drift from the catalogs (a test checks they match).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'planwright');
const run = (args) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`planwright ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
};

const catalogs = JSON.parse(run(['catalog', '--format', 'json'])).filter((c) => c.builtin);
const folder = join(root, 'docs', 'catalogs');
mkdirSync(folder, { recursive: true });
for (const { id } of catalogs) {
  writeFileSync(join(folder, `${id}.md`), run(['catalog', id, '--format', 'md']));
  console.log(`docs/catalogs/${id}.md`);
}
