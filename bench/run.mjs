// Planwright's benchmarks: prints the figures behind the speed targets.
//   CLI:    a 10 MB, 42-plan corpus checked (target <= 2.5 s on 2 cores)
//   editor: edit -> diagnostics on a 250 KB chapter with 1,000 blocks (target p95 <= 50 ms)
// plus parse throughput and completion/hover latency. Inputs are generated
// outside the source tree. Needs `npm run build` (dist/ and out/) first.
// Figures only: nothing here passes or fails.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');
const { listPlanFiles } = require(join(root, 'out', 'host', 'src', 'index.js'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const ms = (x) => `${x.toFixed(1)} ms`;
const rows = [];
const row = (what, figure, target = '') => {
  rows.push([what, figure, target]);
  console.log(`${what.padEnd(58)} ${figure.padEnd(26)} ${target}`);
};

const { large, corpus } = generate();

// --- parse throughput: each round in a fresh process, so no cache is warm ---
const PARSE_ROUND = `
const { PlanProject } = require(${JSON.stringify(join(root, 'out', 'core', 'src', 'index.js'))});
const { loadEngine, listPlanFiles } = require(${JSON.stringify(join(root, 'out', 'host', 'src', 'index.js'))});
const { readFileSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
const project = new PlanProject(loadEngine());
const files = listPlanFiles(process.argv[1]).map((f) => [pathToFileURL(f).href, readFileSync(f, 'utf8')]);
const started = performance.now();
for (const [uri, text] of files) project.setFile(uri, text);
let blocks = 0;
for (const [uri] of files) blocks += project.document(uri)?.blocks.length ?? 0;
const parsed = performance.now() - started;
project.analyzeAll();
console.log(JSON.stringify({ files: files.length, blocks, parsed, total: performance.now() - started }));
`;
for (const [name, folder] of [['example plan (examples/anyshire)', join(root, 'examples', 'anyshire')], ['250 KB chapter plan', large]]) {
  const rounds = [1, 2, 3, 4, 5].map(() => JSON.parse(execFileSync(process.execPath, ['-e', PARSE_ROUND, folder]).toString()));
  const parsed = median(rounds.map((r) => r.parsed));
  const { files, blocks } = rounds[0];
  row(`parse ${name}: ${files} files, ${blocks} blocks`, `${ms(parsed)} = ${Math.round((files / parsed) * 1000)} files/s, ${Math.round((blocks / parsed) * 1000)} blocks/s`);
  row(`parse + check ${name}`, ms(median(rounds.map((r) => r.total))));
}

// --- CLI on the corpus: the bundle, as users run it ---
const corpusBytes = listPlanFiles(corpus).reduce((n, f) => n + readFileSync(f).length, 0);
for (const threads of ['', '1']) {
  const times = [1, 2, 3].map(() => {
    const started = performance.now();
    try {
      execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', corpus, '--format', 'json'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PLANWRIGHT_THREADS: threads } });
    } catch {
      // Exit 1: the corpus has findings, as the example does.
    }
    return performance.now() - started;
  });
  row(`CLI check, ${(corpusBytes / 1024 / 1024).toFixed(1)} MB corpus, 42 plans, ${threads ? '1 thread' : 'worker threads'}`, `${(median(times) / 1000).toFixed(2)} s (median of 3)`, threads ? '' : 'target <= 2.5 s');
}
const exampleTimes = [1, 2, 3].map(() => {
  const started = performance.now();
  try {
    execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', join(root, 'examples', 'anyshire')], { stdio: 'ignore' });
  } catch {
    // Findings: exit 1.
  }
  return performance.now() - started;
});
row('CLI check, example plan (process start to exit)', `${(median(exampleTimes) / 1000).toFixed(2)} s`);

// --- editor: the built server over stdio, as a pull-capable client ---
async function editorLatency(folder, file, label) {
  const server = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  let ready;
  const loaded = new Promise((resolve) => (ready = resolve));
  connection.onNotification('window/logMessage', (m) => m.message.startsWith('Planwright: read') && ready());
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  const rootUri = pathToFileURL(folder).href;
  await connection.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], capabilities: { textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: true } } } });
  await connection.sendNotification('initialized', {});
  await loaded;
  const uri = pathToFileURL(join(folder, file)).href;
  let text = readFileSync(join(folder, file), 'utf8');
  let version = 1;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const lines = text.split('\n');
  const blockLines = lines.map((l, i) => (l.startsWith('- what:') || l.startsWith('id: ') ? i : -1)).filter((i) => i >= 0);
  const edits = [];
  for (let i = 0; i < 60; i++) {
    // Type a character into a block, or (every fifth edit) add a line of prose.
    const line = blockLines[(i * 37) % blockLines.length];
    const newline = i % 5 === 4;
    const position = newline ? { line, character: 0 } : { line, character: lines[line].length };
    const insert = newline ? 'Another sentence of plain prose.\n\n' : 'x';
    const offset = text.split('\n').slice(0, position.line).reduce((n, l) => n + l.length + 1, 0) + position.character;
    text = text.slice(0, offset) + insert + text.slice(offset);
    lines.splice(0, lines.length, ...text.split('\n'));
    const started = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: position, end: position }, text: insert }] });
    await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    edits.push(performance.now() - started);
  }
  row(`edit -> diagnostics, ${label} (60 edits)`, `p50 ${ms(median(edits))}, p95 ${ms(percentile(edits, 95))}`, label.startsWith('250') ? 'target p95 <= 50 ms' : '');
  const completion = [];
  const hover = [];
  for (let i = 0; i < 30; i++) {
    const line = blockLines[(i * 53) % blockLines.length];
    let started = performance.now();
    await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: line + 1, character: 8 } });
    completion.push(performance.now() - started);
    started = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 6 } });
    hover.push(performance.now() - started);
  }
  row(`completion, ${label}`, `p50 ${ms(median(completion))}, p95 ${ms(percentile(completion, 95))}`);
  row(`hover, ${label}`, `p50 ${ms(median(hover))}, p95 ${ms(percentile(hover, 95))}`);
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  row(`server memory (RSS), ${label}`, `${rss.toFixed(0)} MB`);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  server.kill();
}
await editorLatency(join(root, 'examples', 'anyshire'), '04-mental-health.md', 'example chapter');
await editorLatency(large, '20-localities.md', '250 KB chapter, 1,000 blocks');
console.log(`\nnode ${process.version}, ${execFileSync('nproc').toString().trim()} CPUs`);
