import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspClient, PULL_CAPABILITIES, uriOf } from './lsp-client';

/** The server on a plan with a badly written organisation id and an excluded notes file. */

interface Diagnostic {
  code?: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  data?: unknown;
  source?: string;
}

const MANIFEST = [
  'plan:',
  '  title: Server test',
  '  framework: ltp-2019',
  '  period: { start: 2019/20, end: 2023/24 }',
  'footprint:',
  '  population: 500000',
  '  organisations:',
  '    - { id: test-ccg, name: NHS Test CCG, type: ccg }',
  '    - { id: KV-Community, name: KV Community, type: community-provider }',
  'exclude: [notes/**]',
  '',
].join('\n');

const CHAPTER = ['```commitment', 'id: mh-liaison', 'status: at-risk', 'lead: KV-Community', '```', ''].join('\n');
const NOTES = ['```commitment', 'id: not-a-commitment', 'status: at-risk', '```', ''].join('\n');

describe('language server: author mistakes and exclude', function () {
  this.timeout(30_000);
  let client: LspClient;
  let base: string;
  let folder: string;
  before(async () => {
    base = mkdtempSync(join(tmpdir(), 'planwright-lsp-'));
    folder = join(base, 'plan');
    mkdirSync(join(folder, 'notes'), { recursive: true });
    writeFileSync(join(folder, 'plan.yaml'), MANIFEST);
    writeFileSync(join(folder, 'mh.md'), CHAPTER);
    writeFileSync(join(folder, 'notes', 'ideas.md'), NOTES);
    client = new LspClient();
    await client.initialize(folder, PULL_CAPABILITIES);
  });
  after(async () => {
    await client.close();
    rmSync(base, { recursive: true, force: true });
  });

  const pull = async (file: string): Promise<Diagnostic[]> =>
    (await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: uriOf(folder, file) } })).items;

  it('reports a badly written organisation id once, at its definition, with a preferred rename of every use', async () => {
    const manifest = await pull('plan.yaml');
    const chapter = await pull('mh.md');
    const bad = manifest.filter((d) => d.message.includes('KV-Community'));
    assert.equal(bad.length, 1);
    assert.equal(chapter.filter((d) => d.message.includes('KV-Community')).length, 0);
    const uri = uriOf(folder, 'plan.yaml');
    type Action = { title: string; isPreferred?: boolean; edit: { changes: Record<string, { newText: string }[]> } };
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: bad[0]?.range, context: { diagnostics: bad } });
    const rename = actions.find((a) => a.isPreferred);
    assert.equal(rename?.title, 'Rename `KV-Community` to `kv-community` everywhere (2 places)');
    assert.deepEqual(Object.keys(rename.edit.changes).sort(), [uriOf(folder, 'mh.md'), uri].sort());
    assert.ok(Object.values(rename.edit.changes).flat().every((e) => e.newText === 'kv-community'));
  });

  it('a file under an excluded folder gets no findings', async () => {
    assert.deepEqual(await pull(join('notes', 'ideas.md')), []);
  });
});
