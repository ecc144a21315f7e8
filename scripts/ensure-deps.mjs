// Installs the project's npm dependencies when they are missing or older than
// package-lock.json, so `npm start` and `npm test` work on a fresh clone.
// `--installed` (the postinstall script) only records that node_modules matches the lockfile,
// so an `npm ci` or `npm install` run by hand is not repeated by the next `npm start`.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = join(root, 'package-lock.json');
const stamp = join(root, 'node_modules', '.planwright-lock-hash');
const hash = createHash('sha256').update(readFileSync(lock)).digest('hex');

if (process.argv.includes('--installed')) {
  writeFileSync(stamp, hash);
} else if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash) {
  console.error('Installing dependencies (npm ci)...');
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm, 'ci', '--no-audit', '--no-fund']] : ['npm', ['ci', '--no-audit', '--no-fund']];
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, hash);
}
