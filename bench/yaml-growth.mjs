// How reading one YAML text grows with its length: long lists of plain and
// quoted items, long mappings with and without comments, and folded values,
// each at 2,000 to 16,000 lines, read by the engine's YAML reader (`parseYaml`:
// the plain reader, else the yaml library). Each size should take about twice
// the time of the one before (linear); a search running past the end of its
// line from every line makes it four times (quadratic). Figures only: nothing
// here passes or fails.
//
//   npx tsc -b && node bench/yaml-growth.mjs
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './processes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { parseYaml } = require(join(root, 'out', 'core', 'src', 'parse', 'yaml.js'));
const { readPlainYaml } = require(join(root, 'out', 'core', 'src', 'parse', 'plain-yaml.js'));
const { clearMemos } = require(join(root, 'out', 'core', 'src', 'cache', 'registry.js'));

const SHAPES = {
  'list of plain items': (n) => `actions:\n${Array.from({ length: n }, (_, i) => `  - Expand the service in locality ${i} by 2025/26`).join('\n')}\n`,
  'mapping of plain values': (n) => `${Array.from({ length: n }, (_, i) => `locality-${i}: expand the service`).join('\n')}\n`,
  'mapping, a comment on each line': (n) => `${Array.from({ length: n }, (_, i) => `locality-${i}: 5640 # from the 2023/24 return`).join('\n')}\n`,
  'list of quoted items': (n) => `partners:\n${Array.from({ length: n }, (_, i) => `  - "Voluntary sector partner ${i}"`).join('\n')}\n`,
  'folded values': (n) => `${Array.from({ length: n / 4 }, (_, i) => `note-${i}: >-\n  The first line of a note,\n  and its second line,\n  and its third.`).join('\n')}\n`,
};

const ms = (run) => {
  const times = [];
  for (let i = 0; i < 3; i++) {
    // parseYaml remembers the texts it read: forget them, so each round reads.
    clearMemos();
    const started = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
};

console.log(`YAML reading by length (median of 3), node ${process.version}, ${cpus().length} CPUs`);
for (const [name, make] of Object.entries(SHAPES)) {
  const figures = [2000, 4000, 8000, 16000].map((lines) => {
    const text = make(lines);
    const time = ms(() => parseYaml(text));
    return `${lines} lines ${time.toFixed(1)} ms${readPlainYaml(text) ? '' : ' (library)'}`;
  });
  console.log(`  ${name.padEnd(34)} ${figures.join(', ')}`);
}
