import * as assert from 'node:assert/strict';
import { lstatSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Finding, PlanProject } from '../../core/src/index';
import { loadProject } from '../../host/src/index';
import { WorkspaceIndexer, type IndexProgress } from '../../server/src/indexer';
import type { ReadFileParams, ReadFileResult } from '../../server/src/protocol';
import { ClientWorkspace, type ClientFiles } from '../../server/src/web/client-workspace';
import { REPO, TempFolders } from '../cli/cli-harness';
import { manifest, testEngine } from '../helpers/engine';

/**
 * What the VS Code client answers the web worker (client/src/web/file-service.ts), over a real
 * folder: every Markdown and YAML file outside node_modules and hidden folders; a file's bytes,
 * or that it is a link, a folder, missing or over the limit. Reads can be held back to test
 * what wins when an answer comes late.
 */
class DiskFiles implements ClientFiles {
  readonly asked: string[] = [];
  hold: Promise<void> = Promise.resolve();

  list(folders: readonly string[]): Promise<readonly string[]> {
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory() && (entry.name === 'node_modules' || entry.name.startsWith('.'))) continue;
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (/\.(md|ya?ml)$/i.test(entry.name)) found.push(pathToFileURL(join(dir, entry.name)).href);
      }
    };
    for (const folder of folders) walk(fileURLToPath(folder));
    return Promise.resolve(found);
  }

  async read({ uri, maxBytes }: ReadFileParams): Promise<ReadFileResult> {
    this.asked.push(uri);
    await this.hold;
    const path = fileURLToPath(uri);
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      return { kind: 'missing' };
    }
    if (stat.isSymbolicLink()) return { kind: 'link' };
    if (stat.isDirectory()) return { kind: 'folder' };
    if (stat.size > maxBytes) return { kind: 'tooLarge', size: stat.size };
    return { kind: 'bytes', base64: readFileSync(path).toString('base64') };
  }
}

/** Every finding as "file rule line:column: message", the file relative to `base`. */
function rows(project: PlanProject, base: string): string[] {
  const prefix = `${pathToFileURL(base).href}/`;
  const show = (f: Finding) => `${f.uri.startsWith(prefix) ? f.uri.slice(prefix.length) : f.uri} ${f.ruleId} ${f.range.start.line}:${f.range.start.character}: ${f.message}`;
  return project.analyzeAll().flatMap((a) => a.findings.map(show)).sort();
}

const silent = (): Promise<IndexProgress> => Promise.resolve({ begin: () => undefined, report: () => undefined, filesRead: () => undefined, end: () => undefined });

async function readThroughClient(folder: string, maxFileBytes?: number, files = new DiskFiles()): Promise<{ workspace: ClientWorkspace; files: DiskFiles }> {
  const workspace = new ClientWorkspace(testEngine(), files, '2026-01-01');
  if (maxFileBytes !== undefined) workspace.setOptions({ maxFileBytes });
  // Indexed as the server indexes it: the indexer lists, reads (many reads in flight) and analyses.
  await new WorkspaceIndexer(workspace).index([pathToFileURL(folder).href], silent);
  return { workspace, files };
}

const CHAPTER = ['# Mental health', '', '```commitment', 'id: mh-liaison', 'status: on-track', '```', ''].join('\n');

describe('the web worker reads the workspace through the client as the loader reads the disk', function () {
  this.timeout(60_000);
  const temp = new TempFolders();
  after(() => temp.cleanup());

  it('finds exactly what the command line finds in the example plan', async () => {
    const folder = join(REPO, 'examples', 'anyshire');
    const { workspace } = await readThroughClient(folder);
    const cli = loadProject(testEngine(), [folder]);
    const expected = rows(cli.project, folder);
    assert.ok(expected.length > 10, 'the example plan has findings to compare');
    assert.deepEqual(rows(workspace.project, folder), expected);
  });

  // Each case: the files of a workspace folder, the size limit, and the files that must be refused.
  const cases: { name: string; files: Record<string, string | Uint8Array>; link?: [string, string]; maxFileBytes?: number; refused: string[] }[] = [
    { name: 'a file over the size limit', files: { 'plan.yaml': manifest(), 'big.md': `${CHAPTER}${'x'.repeat(4000)}\n` }, maxFileBytes: 3000, refused: ['big.md'] },
    { name: 'a binary file', files: { 'plan.yaml': manifest(), 'binary.md': new Uint8Array([35, 32, 0, 1, 2]) }, refused: ['binary.md'] },
    { name: 'a file that is not UTF-8', files: { 'plan.yaml': manifest(), 'latin1.md': new Uint8Array([35, 32, 0xe9, 0x74, 0xe9, 10]) }, refused: ['latin1.md'] },
    { name: 'a symbolic link', files: { 'plan.yaml': manifest(), 'real.md': CHAPTER }, link: ['real.md', 'link.md'], refused: ['link.md'] },
    { name: 'a local catalog outside the folder', files: { 'plan/plan.yaml': manifest('catalogs: [../outside.catalog.yaml]\n'), 'outside.catalog.yaml': 'catalog: {}\n' }, refused: [] },
  ];
  for (const c of cases) {
    it(`refuses ${c.name} with the loader's words`, async () => {
      const base = temp.withFiles(c.files);
      if (c.link) symlinkSync(join(base, c.link[0]), join(base, c.link[1]));
      const folder = c.name.includes('local catalog') ? join(base, 'plan') : base;
      const options = c.maxFileBytes ? { maxFileBytes: c.maxFileBytes } : {};
      const expected = rows(loadProject(testEngine(), [folder], options).project, base);
      const { workspace } = await readThroughClient(folder, c.maxFileBytes);
      const actual = rows(workspace.project, base);
      assert.deepEqual(actual, expected);
      for (const file of c.refused) assert.ok(actual.some((row) => row.startsWith(`${file} unreadable-file`)), `${file} is reported unreadable: ${actual.join('\n')}`);
      if (c.name.includes('local catalog')) assert.ok(actual.some((row) => row.includes('local-catalog') && row.includes('outside the folders')), actual.join('\n'));
    });
  }

  it('reads only the files of plans and catalogs, not other Markdown of the folder', async () => {
    const base = temp.withFiles({ 'plan/plan.yaml': manifest(), 'plan/04-mh.md': CHAPTER, 'notes/todo.md': '# To do\n', 'node_modules/x/plan.yaml': manifest(), 'shared.catalog.yaml': 'catalog: {}\n' });
    const { workspace, files } = await readThroughClient(base);
    const read = files.asked.map((uri) => uri.slice(pathToFileURL(base).href.length + 1)).sort();
    assert.deepEqual(read, ['plan/04-mh.md', 'plan/plan.yaml', 'shared.catalog.yaml']);
    assert.deepEqual(workspace.project.roots(), [`${pathToFileURL(base).href}/plan/`]);
  });

  it('keeps the editor buffer when a read of the same file answers late', async () => {
    const base = temp.withFiles({ 'plan.yaml': manifest(), '04-mh.md': CHAPTER });
    const { workspace, files } = await readThroughClient(base);
    const uri = `${pathToFileURL(base).href}/04-mh.md`;
    let release: () => void = () => undefined;
    files.hold = new Promise((resolve) => (release = resolve));
    const typed = CHAPTER.replace('mh-liaison', 'mh-liason');
    const stale = workspace.fileChanged(uri, false); // a read from the stored file, held back…
    await workspace.openDocument(uri, typed); // …while the editor opens the file with other text
    release();
    await stale;
    assert.ok(rows(workspace.project, base).some((row) => row.startsWith('04-mh.md unknown-commitment')), 'the typed (misspelt) id is what the worker checks');
    await workspace.closeDocument(uri);
    assert.ok(!rows(workspace.project, base).some((row) => row.includes('unknown-commitment')), 'closed, the stored file is the truth again');
  });

  it('tells the project which files are open for editing (their plans keep checks between edits)', async () => {
    const base = temp.withFiles({ 'plan.yaml': manifest(), '04-mh.md': CHAPTER });
    const { workspace } = await readThroughClient(base);
    const uri = `${pathToFileURL(base).href}/04-mh.md`;
    const calls: string[] = [];
    workspace.project.prepareEdits = (edited) => void calls.push(`open ${edited}`);
    workspace.project.endEdits = (edited) => void calls.push(`close ${edited}`);
    await workspace.openDocument(uri, CHAPTER);
    await workspace.closeDocument(uri);
    assert.deepEqual(calls, [`open ${uri}`, `close ${uri}`]);
  });
});
