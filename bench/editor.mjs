// Editor figures through the built server over stdio, as a pull-capable
// client (VS Code's way): first diagnostics, edit -> diagnostics, completion
// and hover latency, a cold workspace index, and the server's memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, percentile } from './processes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');

const round = (x) => Math.round(x * 10) / 10;
const stats = (xs) => ({ p50: round(median(xs)), p95: round(percentile(xs, 95)), n: xs.length });

/** Starts the server on a workspace folder; `read` resolves once it has read the workspace. */
async function startServer(folder) {
  // PLANWRIGHT_BENCH_NODE_ARGS: Node options for the server process, space-separated, e.g.
  // '--cpu-prof --cpu-prof-dir=profiles' (a CPU profile written when the server exits).
  const nodeArgs = process.env.PLANWRIGHT_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const server = spawn(process.execPath, [...nodeArgs, join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  let ready;
  const read = new Promise((resolve) => (ready = resolve));
  connection.onNotification('window/logMessage', (m) => /read \d+ plan files/.test(m.message) && ready());
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  const rootUri = pathToFileURL(folder).href;
  // VS Code resolves a completion item's documentation when it shows the item (see typing()).
  const completion = { completionItem: { resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } } };
  const capabilities = { textDocument: { diagnostic: {}, hover: {}, completion }, workspace: { diagnostics: { refreshSupport: true }, configuration: true } };
  const started = performance.now();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], capabilities });
  await connection.sendNotification('initialized', {});
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  // CPU seconds the server has used (user + system, in clock ticks of 10 ms): on a shared machine, steadier than elapsed time.
  const cpu = () => {
    const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const stop = async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    // The server exits on its own (and only then writes a profile); a kill after 10 s if it does not.
    const timer = setTimeout(() => server.kill(), 10_000);
    await exited;
    clearTimeout(timer);
    connection.dispose();
  };
  return { connection, read, started, rss, cpu, stop };
}

/** The lines of a chapter where commitment ids stand, for edits, hovers and completions. */
function idLines(text) {
  return text.split('\n').flatMap((line, i) => (line.startsWith('id: ') ? [i] : []));
}

/**
 * Typing into one chapter: first diagnostics, then 60 edits (every fifth adds a line), then hovers and completions,
 * then a long session of 240 line breaks, for the server's memory.
 */
export async function typing(folder, file) {
  const { connection, read, rss, cpu, stop } = await startServer(folder);
  await read;
  // A workspace-wide request is answered once the whole workspace is indexed: start typing from there.
  await connection.sendRequest('workspace/diagnostic', { previousResultIds: [] });
  const uri = pathToFileURL(join(folder, file)).href;
  let text = readFileSync(join(folder, file), 'utf8');
  let version = 1;
  let started = performance.now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  const first = await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const firstDiagnostics = performance.now() - started;
  const ids = idLines(text);
  /** Inserts `insert` at `position` and pulls the document's diagnostics; returns the time to the answer. */
  const edit = async (position, insert) => {
    const lines = text.split('\n');
    const offset = lines.slice(0, position.line).reduce((n, l) => n + l.length + 1, 0) + position.character;
    text = text.slice(0, offset) + insert + text.slice(offset);
    const started = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: position, end: position }, text: insert }] });
    await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    return performance.now() - started;
  };
  const edits = [];
  const cpuBeforeEdits = cpu();
  for (let i = 0; i < 60; i++) {
    const line = ids[(i * 37) % ids.length];
    const newline = i % 5 === 4;
    const lineText = text.split('\n')[line + 1];
    edits.push(await edit(newline ? { line, character: 0 } : { line: line + 1, character: lineText.length }, newline ? 'Another sentence of plain prose.\n\n' : 'x'));
  }
  const cpuEdits = cpu() - cpuBeforeEdits;
  const after = idLines(text);
  const completion = [];
  const hover = [];
  for (let i = 0; i < 40; i++) {
    const line = after[(i * 53) % after.length];
    started = performance.now();
    const items = await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: 6 } });
    // As VS Code does: the first item's documentation is resolved as the list shows; the figure is both.
    if (items[0]?.data !== undefined) await connection.sendRequest('completionItem/resolve', items[0]);
    completion.push(performance.now() - started);
    started = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 6 } });
    hover.push(performance.now() - started);
  }
  const rssAfterTyping = rss();
  // A long session: 240 more edits, each a line break typed above most of the findings, so each answer is a new report.
  const cpuBeforeLongSession = cpu();
  for (let i = 0; i < 240; i++) await edit({ line: ids[(i * 7) % Math.min(ids.length, 20)], character: 0 }, '\n');
  // The server's CPU time per edit (its collector's included), in ms: on a shared machine, steadier than the latencies.
  const cpuPerEdit = { edits: round((1000 * cpuEdits) / 60), lineBreaks: round((1000 * (cpu() - cpuBeforeLongSession)) / 240) };
  // The first edits after opening run code the server has not yet optimised (its JIT is warmed by one analysis), and the
  // fifth, the first line break, finds where every cached block's positions are: the warm-up, apart from the rest.
  const warmUp = { max: round(Math.max(...edits.slice(0, 5))), firstLineBreak: round(edits[4]), later: stats(edits.slice(5)) };
  const result = { findings: first.items?.length ?? 0, firstDiagnostics: round(firstDiagnostics), edit: stats(edits), warmUp, cpuPerEdit, completion: stats(completion), hover: stats(hover), rss: rssAfterTyping, rssAfterLongSession: rss() };
  await stop();
  return result;
}

/**
 * A cold start on a workspace of many plans: time until the server has read
 * it and until the first workspace diagnostic report is complete, with hover
 * and completion requests on an open chapter answered meanwhile.
 */
export async function coldIndex(folder, file) {
  const { connection, read, started, rss, cpu, stop } = await startServer(folder);
  let indexed = false;
  const during = { hover: [], completion: [] };
  const probe = (async () => {
    const uri = pathToFileURL(join(folder, file)).href;
    const text = readFileSync(join(folder, file), 'utf8');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const line = idLines(text)[0] ?? 0;
    while (!indexed) {
      let t = performance.now();
      await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 6 } });
      during.hover.push(performance.now() - t);
      t = performance.now();
      await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: 6 } });
      during.completion.push(performance.now() - t);
    }
  })();
  await read;
  const readMs = performance.now() - started;
  const report = await connection.sendRequest('workspace/diagnostic', { previousResultIds: [] });
  const indexMs = performance.now() - started;
  const indexCpu = cpu();
  indexed = true;
  await probe;
  const workspacePull = await chapterEdits(connection, folder, report);
  const afterEdit = await manifestEdits(connection, folder);
  const result = { files: report.items.length, read: round(readMs), index: round(indexMs), indexCpu, hoverDuring: stats(during.hover), completionDuring: stats(during.completion), workspacePull, ...afterEdit, rss: rss() };
  await stop();
  return result;
}

/**
 * VS Code's way after an edit: the server asks for a refresh and the client
 * pulls the workspace's diagnostics again, sending the result id of every
 * file it has. Ten one-character edits in one chapter of one plan, each
 * followed by that pull: the time to the answer, in which one plan of 42 has
 * changed.
 */
async function chapterEdits(connection, folder, report) {
  const ids = new Map(report.items.map((item) => [item.uri, item.resultId]));
  const file = join(folder, 'plan-03', '01-chapter.md');
  const uri = pathToFileURL(file).href;
  const line = idLines(readFileSync(file, 'utf8'))[0] ?? 0;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(file, 'utf8') } });
  const pulls = [];
  for (let version = 2; version < 12; version++) {
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character: 4 }, end: { line, character: 4 } }, text: 'x' }] });
    const started = performance.now();
    const answer = await connection.sendRequest('workspace/diagnostic', { previousResultIds: [...ids].map(([uri, value]) => ({ uri, value })) });
    pulls.push(performance.now() - started);
    for (const item of answer.items) ids.set(item.uri, item.resultId);
  }
  return stats(pulls);
}

/**
 * A plan.yaml edit makes every plan's analysis stale. Five times: edit, ask
 * for workspace diagnostics and hover at once (hover latency, time to the full
 * answer); five more: edit, ask, cancel after 20 ms (time from the cancel to
 * the answer, and how many passes answered in full despite the cancel).
 */
async function manifestEdits(connection, folder) {
  const uri = pathToFileURL(join(folder, 'plan-01', 'plan.yaml')).href;
  const text = readFileSync(join(folder, 'plan-01', 'plan.yaml'), 'utf8');
  const chapter = pathToFileURL(join(folder, 'plan-02', '01-chapter.md')).href;
  const line = idLines(readFileSync(join(folder, 'plan-02', '01-chapter.md'), 'utf8'))[0] ?? 0;
  let version = 1;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  const edit = () => connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: `${text}# edit ${version}\n` }] });
  const hover = [];
  const pass = [];
  for (let i = 0; i < 5; i++) {
    await edit();
    const started = performance.now();
    const answered = connection.sendRequest('workspace/diagnostic', { previousResultIds: [] }).then(() => pass.push(performance.now() - started));
    await connection.sendRequest('textDocument/hover', { textDocument: { uri: chapter }, position: { line, character: 6 } });
    hover.push(performance.now() - started);
    await answered;
  }
  const cancel = [];
  let ignored = 0;
  for (let i = 0; i < 5; i++) {
    await edit();
    const source = new rpc.CancellationTokenSource();
    let cancelledAt = 0;
    const timer = setTimeout(() => {
      cancelledAt = performance.now();
      source.cancel();
    }, 20);
    const full = await connection.sendRequest('workspace/diagnostic', { previousResultIds: [] }, source.token).then(() => true, () => false);
    clearTimeout(timer);
    if (full) ignored++;
    else cancel.push(performance.now() - cancelledAt);
  }
  return { hoverAfterEdit: stats(hover), passAfterEdit: stats(pass), cancelAfterEdit: { ...stats(cancel), answeredInFull: ignored } };
}
