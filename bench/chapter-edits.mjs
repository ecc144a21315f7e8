// Parse-only cost of line-inserting edits on the editor benchmark's 250 KB
// chapter (1,000 commitment blocks): each edit types a line break near the
// top, so almost every cached block is reused at a new line. The chapter is
// re-parsed with its block cache after each edit, as the language server does.
// Figures only: nothing here passes or fails.
//
//   npx tsc -b && node bench/chapter-edits.mjs            (200 edits after 20 unmeasured ones)
//   node bench/chapter-edits.mjs --editor   (also the editor benchmark's typing figures on the same chapter
//                                             beside the example plan, as npm run bench makes it; needs dist/)
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { typing } from './editor.mjs';
import { largeChapter } from './generate.mjs';
import { median, percentile } from './processes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { loadEngine } = require(join(root, 'out', 'host', 'src', 'index.js'));
const { BlockCache, parseChapter } = require(join(root, 'out', 'core', 'src', 'parse', 'chapter.js'));
const { values: options } = parseArgs({ options: { edits: { type: 'string', default: '200' }, editor: { type: 'boolean' } } });

const round = (x) => Math.round(x * 100) / 100;
const figures = (xs) => `median ${round(median(xs))} ms, mean ${round(xs.reduce((a, b) => a + b, 0) / xs.length)} ms, p95 ${round(percentile(xs, 95))} ms (${xs.length} edits)`;

const schemas = loadEngine().schemas;
const uri = 'file:///bench/20-localities.md';
let text = largeChapter();
const idLines = text.split('\n').flatMap((line, i) => (line.startsWith('id: ') ? [i] : []));
const cache = new BlockCache();
parseChapter(uri, text, schemas, cache);

/** A line break typed at the start of one of the first 20 blocks' id lines: that block changes, the ones below it move. */
const edit = (i) => {
  const line = idLines[(i * 7) % 20];
  let offset = 0;
  for (let k = 0; k < line; k++) offset = text.indexOf('\n', offset) + 1;
  text = `${text.slice(0, offset)}\n${text.slice(offset)}`;
  const started = performance.now();
  const cpu = process.cpuUsage();
  parseChapter(uri, text, schemas, cache);
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
};

const count = Number(options.edits);
for (let i = 0; i < 20; i++) edit(i);
const times = [];
for (let i = 20; i < 20 + count; i++) times.push(edit(i));
console.log(`parse after a line-inserting edit, 250 KB chapter: ${figures(times.map((t) => t.ms))}; node ${process.version}, ${cpus().length} CPUs`);
// CPU time of the process (all its threads, the collector's included) over each parse: steadier than elapsed time on a shared machine.
console.log(`  CPU time (user + system): ${figures(times.map((t) => t.cpuMs))}`);

if (options.editor) {
  const folder = mkdtempSync(join(tmpdir(), 'planwright-chapter-edits-'));
  try {
    cpSync(join(root, 'examples', 'anyshire'), folder, { recursive: true });
    writeFileSync(join(folder, '20-localities.md'), largeChapter());
    const result = await typing(folder, '20-localities.md');
    console.log(`editor, 250 KB chapter: edit -> diagnostics p50 ${result.edit.p50} ms, p95 ${result.edit.p95} ms (${result.edit.n} edits); RSS after 240 more line breaks ${Math.round(result.rssAfterLongSession / 2 ** 20)} MB`);
    console.log(`  server CPU time per edit: ${result.cpuPerEdit.edits} ms (the 60 edits), ${result.cpuPerEdit.lineBreaks} ms (the 240 line breaks)`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
