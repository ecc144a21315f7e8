// Planwright's benchmarks: prints the figures behind the speed and memory
// targets as a table and writes them as JSON (test-results/bench.json, or
// the path given with --out). Figures only: nothing here passes or fails.
//
//   npm run bench            (builds first; inputs are generated, seeded, in the temp folder)
//   node bench/run.mjs --quick   (skips the growth series and the repeated corpus)
//
// CLI figures time the bundle as users run it (process start to exit, median
// of 3) with its peak RSS; markdownlint-cli2 runs on the same Markdown files
// in the same run, so the ratio holds whatever else the machine is doing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { coldIndex, typing } from './editor.mjs';
import { generate } from './generate.mjs';
import { timeNode } from './processes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({ options: { out: { type: 'string' }, quick: { type: 'boolean' } } });
const cli = join(root, 'dist', 'cli.js');
const markdownlint = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

const MB = 1024 * 1024;
const bytesIn = (folder) => readdirSync(folder, { recursive: true }).reduce((n, f) => n + (statSync(join(folder, String(f))).isFile() ? statSync(join(folder, String(f))).size : 0), 0);
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (bytes) => `${Math.round(bytes / MB)} MB`;

const results = { node: process.version, cpus: Number(execFileSync('nproc').toString().trim()), date: new Date().toISOString(), cli: {}, editor: {} };
const table = [];
const row = (what, figure, target = '') => {
  table.push([what, figure, target]);
  console.log(`${what.padEnd(70)} ${figure.padEnd(34)} ${target}`);
};

const inputs = generate(undefined, { growth: !options.quick });

// --- CLI: the varied national corpus against markdownlint-cli2 on the same files ---
const varied = { bytes: bytesIn(inputs.varied) };
varied.planwright = timeNode([cli, 'check', inputs.varied, '--format', 'json']);
varied.oneThread = timeNode([cli, 'check', inputs.varied, '--format', 'json'], { env: { PLANWRIGHT_THREADS: '1' } });
varied.twoWorkers = timeNode([cli, 'check', inputs.varied, '--format', 'json'], { env: { PLANWRIGHT_THREADS: '2' } });
varied.markdownlint = timeNode([markdownlint, '**/*.md'], { cwd: inputs.varied });
varied.ratio = varied.planwright.ms / varied.markdownlint.ms;
results.cli.varied = varied;
row(`CLI check --format json, varied corpus (${(varied.bytes / MB).toFixed(1)} MB, 42 plans), ${results.cpus - 1 > 1 ? `${results.cpus - 1} worker threads` : 'one thread'} (the default here)`, `${seconds(varied.planwright.ms)}, peak ${megabytes(varied.planwright.rss)}`, 'target <= 0.2x markdownlint, <= 400 MB');
row('  same, one thread (PLANWRIGHT_THREADS=1)', `${seconds(varied.oneThread.ms)}, peak ${megabytes(varied.oneThread.rss)}`);
row('  same, two worker threads (PLANWRIGHT_THREADS=2)', `${seconds(varied.twoWorkers.ms)}, peak ${megabytes(varied.twoWorkers.rss)}`);
row('  markdownlint-cli2 on the same .md files', `${seconds(varied.markdownlint.ms)}, peak ${megabytes(varied.markdownlint.rss)}`);
row('  ratio planwright / markdownlint-cli2', `${varied.ratio.toFixed(2)}x`, 'target <= 0.20x');

if (!options.quick) {
  const repeated = { bytes: bytesIn(inputs.repeated), planwright: timeNode([cli, 'check', inputs.repeated, '--format', 'json']) };
  results.cli.repeated = repeated;
  row(`CLI check --format json, repeated-block corpus (${(repeated.bytes / MB).toFixed(1)} MB)`, `${seconds(repeated.planwright.ms)}, peak ${megabytes(repeated.planwright.rss)}`);
}

const example = timeNode([cli, 'check', join(root, 'examples', 'anyshire')]);
results.cli.example = example;
row('CLI check, one plan (examples/anyshire), start to exit', seconds(example.ms), 'target <= 0.4 s');

// --- growth: time and memory at 1x, 2x and 4x ---
results.cli.growth = inputs.growth.map(({ factor, folder }) => {
  const run = timeNode([cli, 'check', folder, '--format', 'json'], { rounds: 1 });
  row(`CLI growth ${factor}x (${(bytesIn(folder) / MB).toFixed(1)} MB)`, `${seconds(run.ms)}, peak ${megabytes(run.rss)}`, factor === 1 ? 'linear: 2x and 4x the 1x figures' : '');
  return { factor, bytes: bytesIn(folder), ...run };
});

// --- editor: the built server over stdio ---
for (const [name, folder, file, target] of [
  ['example chapter', join(root, 'examples', 'anyshire'), '04-mental-health.md', ''],
  ['250 KB chapter, 1,000 varied blocks', inputs.large, '20-localities.md', 'p95 <= 50 ms'],
]) {
  const figures = await typing(folder, file);
  results.editor[name] = figures;
  row(`first diagnostics, ${name} (${figures.findings} findings)`, `${figures.firstDiagnostics} ms`, target ? 'target <= 150 ms' : '');
  row(`edit -> diagnostics, ${name} (${figures.edit.n} edits)`, `p50 ${figures.edit.p50} ms, p95 ${figures.edit.p95} ms`, target);
  row('  first 5 edits: slowest, the 5th (first line break); edits 6-60', `${figures.warmUp.max} ms, ${figures.warmUp.firstLineBreak} ms; p50 ${figures.warmUp.later.p50} ms, p95 ${figures.warmUp.later.p95} ms`, target ? 'warm-up apart' : '');
  row(`  server CPU per edit, ${name}`, `${figures.cpuPerEdit.edits} ms; ${figures.cpuPerEdit.lineBreaks} ms per line break (240)`, target ? 'steadier than latency on a busy machine' : '');
  row(`completion, ${name}`, `p50 ${figures.completion.p50} ms, p95 ${figures.completion.p95} ms`, target ? 'target p95 <= 10 ms' : '');
  row(`hover, ${name}`, `p50 ${figures.hover.p50} ms, p95 ${figures.hover.p95} ms`, target ? 'target p95 <= 10 ms' : '');
  row(`server memory (RSS), ${name}`, megabytes(figures.rss));
  row('  after 240 more edits, each a line break above the findings', megabytes(figures.rssAfterLongSession), target ? 'RSS: garbage not yet collected counts' : '');
}
const cold = await coldIndex(inputs.varied, join('plan-01', '01-chapter.md'));
results.editor.coldIndex = cold;
row(`cold index, varied corpus (${cold.files} files): read / all diagnostics`, `${seconds(cold.read)} / ${seconds(cold.index)}`, 'target <= 3 s');
row('  server CPU time until all diagnostics (user + system)', seconds(cold.indexCpu * 1000), 'steadier than elapsed time on a shared machine');
row('  hover while indexing', `p50 ${cold.hoverDuring.p50} ms, p95 ${cold.hoverDuring.p95} ms (${cold.hoverDuring.n})`);
row('  completion while indexing', `p50 ${cold.completionDuring.p50} ms, p95 ${cold.completionDuring.p95} ms (${cold.completionDuring.n})`);
row('  chapter edit: workspace diagnostics pull (1 plan of 42 changed)', `p50 ${cold.workspacePull.p50} ms, p95 ${cold.workspacePull.p95} ms`, 'in proportion to what changed');
row('  plan.yaml edit: workspace diagnostics, all plans', `p50 ${seconds(cold.passAfterEdit.p50)}`);
row('  plan.yaml edit: hover sent with the workspace pass', `p50 ${cold.hoverAfterEdit.p50} ms, p95 ${cold.hoverAfterEdit.p95} ms`, 'answered between plans');
row('  plan.yaml edit: pass cancelled after 20 ms, cancel -> answer', `p50 ${cold.cancelAfterEdit.p50} ms (${cold.cancelAfterEdit.answeredInFull} of 5 answered in full)`, 'stops between plans');
row('  server memory (RSS) after indexing', megabytes(cold.rss));

const out = options.out ?? join(root, 'test-results', 'bench.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ ...results, table }, null, 2)}\n`);
console.log(`\nnode ${results.node}, ${results.cpus} CPUs; figures written to ${out}`);
