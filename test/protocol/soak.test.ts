import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { LspClient, PULL_CAPABILITIES, REPO } from './lsp-client';

/** A small seeded generator (mulberry32), so a failing run can be replayed exactly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLANS = 42;
const OPERATIONS = 500;
const IN_FLIGHT = 24;
const SEED = 424_242;

const PIECES = ['\n', '\r', '\u0000', '```commitment\n', '```\n', 'id: mh-liaison\n', 'status: nope\n', '[[', ']]', '[[mh-liaison]]', '- ', ': ', '{', '[', '<!--', '&a *a ', '\u{1F600}', '\uD800', 'x'.repeat(5000), '['.repeat(3000), '- '.repeat(2000)];

/**
 * The language server under a sustained, seeded stream of hostile traffic on
 * a workspace of 42 plans: random edits (including hostile text), requests at
 * out-of-range positions, on closed and unknown documents, unknown methods,
 * and cancelled requests. Every request must be answered (a result or an
 * error response), the server must stay up, and no handler may fail.
 */
describe('language server soak (42 plans, seeded random traffic)', function () {
  this.timeout(300_000);
  let base: string;
  let client: LspClient;
  const chapters: { uri: string; text: string }[] = [];

  before(async function () {
    this.timeout(120_000);
    base = mkdtempSync(join(tmpdir(), 'planwright-soak-'));
    for (let i = 0; i < PLANS; i++) cpSync(join(REPO, 'examples', i % 2 === 0 ? 'anyshire' : 'riverside'), join(base, `plan-${String(i).padStart(2, '0')}`), { recursive: true });
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir).sort()) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (entry.endsWith('.md') && entry !== 'README.md') chapters.push({ uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') });
      }
    };
    walk(base);
    client = new LspClient();
    await client.initialize(base, PULL_CAPABILITIES);
  });

  after(async () => {
    await client.close().catch(() => undefined);
    rmSync(base, { recursive: true, force: true });
  });

  it(`answers every one of ${OPERATIONS} operations' requests and stays alive`, async () => {
    const next = random(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const open = new Map<string, { version: number; text: string }>();
    const position = () =>
      pick([
        { line: Math.floor(next() * 60), character: Math.floor(next() * 40) },
        { line: 1_000_000, character: 5 },
        { line: 3, character: 1_000_000 },
        { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
      ]);
    const unknownUri = pathToFileURL(join(base, 'nowhere', 'missing.md')).href;
    let sent = 0;
    let answered = 0;
    let cancelled = 0;
    let methodNotFound = 0;
    const failures: string[] = [];
    let pending: Promise<void>[] = [];

    const request = (method: string, params: object, cancel = false): void => {
      sent++;
      const source = new CancellationTokenSource();
      const promise = client.connection.sendRequest(method, params, source.token).then(
        () => {
          answered++;
        },
        (error: { code?: number; message?: string }) => {
          // An error response is an answer; only a lost connection is not.
          if (error.code === -32800) cancelled++;
          else if (error.code === -32601) methodNotFound++;
          else if (typeof error.code !== 'number') failures.push(`${method}: ${error.message ?? JSON.stringify(error)}`);
          answered++;
        },
      );
      if (cancel) source.cancel();
      pending.push(promise);
    };

    for (let op = 0; op < OPERATIONS; op++) {
      const chapter = pick(chapters);
      const uri = next() < 0.1 ? unknownUri : chapter.uri;
      const roll = next();
      if (roll < 0.25) {
        // An edit: open the file if needed, then replace a random span with a hostile piece.
        const state = open.get(chapter.uri);
        if (!state) {
          open.set(chapter.uri, { version: 1, text: chapter.text });
          await client.notify('textDocument/didOpen', { textDocument: { uri: chapter.uri, languageId: 'markdown', version: 1, text: chapter.text } });
        } else {
          const at = Math.floor(next() * (state.text.length + 1));
          const text = state.text.slice(0, at) + pick(PIECES) + state.text.slice(at + Math.floor(next() * 30));
          state.version++;
          state.text = text;
          await client.notify('textDocument/didChange', { textDocument: { uri: chapter.uri, version: state.version }, contentChanges: [{ text }] });
        }
      } else if (roll < 0.3) {
        if (open.delete(chapter.uri)) await client.notify('textDocument/didClose', { textDocument: { uri: chapter.uri } });
      } else if (roll < 0.35) {
        request(pick(['planwright/nope', 'textDocument/nonsense', '$/unknownRequest']), { textDocument: { uri } });
      } else {
        const textDocument = { uri };
        const method = pick([
          'textDocument/hover',
          'textDocument/completion',
          'textDocument/definition',
          'textDocument/references',
          'textDocument/documentSymbol',
          'textDocument/foldingRange',
          'textDocument/codeLens',
          'textDocument/codeAction',
          'textDocument/diagnostic',
          'workspace/symbol',
          'planwright/coverage',
          'planwright/dashboard',
        ]);
        const params: Record<string, object> = {
          'textDocument/references': { textDocument, position: position(), context: { includeDeclaration: true } },
          'textDocument/codeAction': { textDocument, range: { start: position(), end: position() }, context: { diagnostics: [] } },
          'workspace/symbol': { query: pick(['', 'mh', '\u0000', '['.repeat(100)]) },
          'planwright/coverage': { uri },
          'planwright/dashboard': { uri },
          'textDocument/documentSymbol': { textDocument },
          'textDocument/foldingRange': { textDocument },
          'textDocument/codeLens': { textDocument },
          'textDocument/diagnostic': { textDocument },
        };
        request(method, params[method] ?? { textDocument, position: position() }, next() < 0.15);
      }
      if (pending.length >= IN_FLIGHT) {
        await Promise.all(pending);
        pending = [];
      }
    }
    await Promise.all(pending);

    assert.deepEqual(failures, []);
    assert.equal(answered, sent, 'every request gets an answer');
    assert.ok(sent > OPERATIONS / 2, `only ${sent} requests were sent`);
    assert.ok(methodNotFound > 0, 'unknown methods were sent and refused');
    // The server is alive and still right: a fresh request on an untouched plan answers with its symbols.
    const untouched = chapters.find((c) => !open.has(c.uri));
    assert.ok(untouched);
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: untouched.uri } });
    assert.ok(symbols.length > 0, 'the server still answers with content');
    const failed = client.logs.filter((line) => / failed: /.test(line));
    assert.deepEqual(failed, [], 'no handler failed');
    if (process.env['PLANWRIGHT_SOAK_REPORT']) process.stdout.write(`      soak: ${sent} requests answered (${cancelled} cancelled, ${methodNotFound} unknown methods)\n`);
  });
});
