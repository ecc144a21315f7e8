import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ServerWorkspace } from '../../server/src/workspace';
import { testEngine } from '../helpers/engine';

const REPO = join(__dirname, '..', '..', '..');
const CHAPTER = '04-mental-health.md';

/** Two copies of the example plan, each a workspace folder (with a virtual one), every listed file read, as the indexer would. */
function setUp(): { base: string; uri: (path: string) => string; workspace: ServerWorkspace; listed: readonly string[]; cleanup: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'planwright-workspace-'));
  for (const plan of ['north', 'south']) cpSync(join(REPO, 'examples', 'anyshire'), join(base, plan), { recursive: true });
  const workspace = new ServerWorkspace(testEngine());
  const listed = workspace.addFolders([pathToFileURL(join(base, 'north')).href, 'vscode-vfs://github/planwright/plans', `${pathToFileURL(join(base, 'south')).href}/`]);
  for (const file of listed) workspace.readFile(file);
  return { base, uri: (path) => pathToFileURL(join(base, path)).href, workspace, listed, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

const textOf = (workspace: ServerWorkspace, uri: string): string | undefined => workspace.project.document(uri)?.text;

describe('the server\'s workspace on disk (ServerWorkspace)', () => {
  let ws: ReturnType<typeof setUp>;
  beforeEach(() => (ws = setUp()));
  afterEach(() => ws.cleanup());

  it('lists the plan files of file folders only, every plan.yaml first', () => {
    const manifests = ws.listed.filter((uri) => uri.endsWith('/plan.yaml'));
    assert.deepEqual(manifests.sort(), [ws.uri('north/plan.yaml'), ws.uri('south/plan.yaml')]);
    assert.deepEqual(ws.listed.slice(0, 2).sort(), manifests);
    assert.ok(ws.listed.includes(ws.uri(`south/${CHAPTER}`)));
    assert.ok(ws.listed.every((uri) => uri.startsWith(pathToFileURL(ws.base).href)), 'nothing from the virtual folder');
    assert.deepEqual(ws.workspace.project.roots(), [ws.uri('north/'), ws.uri('south/')]);
  });

  it('tells the project which files are open for editing (their plans keep checks between edits)', () => {
    const uri = ws.uri(`north/${CHAPTER}`);
    const calls: string[] = [];
    ws.workspace.project.prepareEdits = (edited) => void calls.push(`open ${edited}`);
    ws.workspace.project.endEdits = (edited) => void calls.push(`close ${edited}`);
    ws.workspace.openDocument(uri, '# Edited\n');
    ws.workspace.closeDocument(uri);
    assert.deepEqual(calls, [`open ${uri}`, `close ${uri}`]);
  });

  it('tells plan files from others', () => {
    for (const name of ['plan.yaml', CHAPTER, 'data/beds.yaml', 'local.catalog.yaml', 'x.yml']) assert.equal(ws.workspace.isPlanFile(ws.uri(`north/${name}`)), true, name);
    for (const name of ['README.md', 'notes.txt', 'chart.png']) assert.equal(ws.workspace.isPlanFile(ws.uri(`north/${name}`)), false, name);
  });

  it('keeps an open buffer over the disk: reads, watcher changes and deletions wait until it is closed', () => {
    const uri = ws.uri(`north/${CHAPTER}`);
    const path = join(ws.base, 'north', CHAPTER);
    ws.workspace.openDocument(uri, '# Edited\n');
    assert.deepEqual(ws.workspace.openUris(), [uri]);
    assert.equal(ws.workspace.isOpen(uri), true);
    writeFileSync(path, '# Saved elsewhere\n');
    ws.workspace.readFile(uri);
    ws.workspace.fileChanged(uri, false);
    ws.workspace.fileChanged(uri, true);
    assert.equal(textOf(ws.workspace, uri), '# Edited\n');
    ws.workspace.changeDocument(uri, '# Edited again\n');
    assert.equal(textOf(ws.workspace, uri), '# Edited again\n');
    ws.workspace.closeDocument(uri);
    assert.deepEqual(ws.workspace.openUris(), []);
    assert.equal(textOf(ws.workspace, uri), '# Saved elsewhere\n', 'closed: the disk is the truth again');
  });

  it('follows the watcher for closed files: changed, deleted, and not a plan file', () => {
    const uri = ws.uri(`south/${CHAPTER}`);
    writeFileSync(join(ws.base, 'south', CHAPTER), '# Changed on disk\n');
    ws.workspace.fileChanged(uri, false);
    assert.equal(textOf(ws.workspace, uri), '# Changed on disk\n');
    unlinkSync(join(ws.base, 'south', CHAPTER));
    ws.workspace.fileChanged(uri, true);
    assert.equal(ws.workspace.project.hasFile(uri), false);
    const notes = ws.uri('south/notes.txt');
    writeFileSync(join(ws.base, 'south', 'notes.txt'), 'notes');
    ws.workspace.fileChanged(notes, false);
    assert.equal(ws.workspace.project.hasFile(notes), false);
  });

  it('forgets a buffer that is not a file when it is closed, and keeps no buffer of a file that is not a plan file', () => {
    const untitled = 'untitled:Untitled-1.md';
    ws.workspace.openDocument(untitled, '# Draft\n');
    assert.equal(textOf(ws.workspace, untitled), '# Draft\n');
    ws.workspace.closeDocument(untitled);
    assert.equal(ws.workspace.project.hasFile(untitled), false);
    const other = ws.uri('north/notes.txt');
    writeFileSync(join(ws.base, 'north', 'notes.txt'), 'notes');
    ws.workspace.closeDocument(other);
    assert.equal(ws.workspace.project.hasFile(other), false);
  });

  it('forgets a closed folder\'s files, except open buffers, and lists it no more', () => {
    const south = ws.uri('south');
    const open = ws.uri(`south/${CHAPTER}`);
    ws.workspace.openDocument(open, '# Open\n');
    ws.workspace.forgetFolder(south);
    const left = ws.workspace.project.fileUris();
    assert.deepEqual(left.filter((uri) => uri.startsWith(`${south}/`)), [open]);
    assert.ok(left.includes(ws.uri(`north/${CHAPTER}`)), 'the other plan stays');
    const north = ws.uri('north');
    ws.workspace.forgetFolder(`${north}/`);
    assert.deepEqual(ws.workspace.project.fileUris(), [open]);
    assert.deepEqual(ws.workspace.addFolders([]), [], 'neither folder is listed any more');
  });

  it('reads a local catalog a plan.yaml names when the plan.yaml is edited, changed on disk or closed', () => {
    for (const [how, act] of [
      ['edited', (uri: string, text: string) => ws.workspace.changeDocument(uri, text)],
      ['changed on disk', (uri: string, text: string, path: string) => (writeFileSync(path, text), ws.workspace.fileChanged(uri, false))],
      ['closed', (uri: string, text: string, path: string) => (writeFileSync(path, text), ws.workspace.closeDocument(uri))],
    ] as const) {
      const name = `local-${how.replace(/ /g, '-')}.catalog.yaml`;
      const catalog = ws.uri(`north/${name}`);
      writeFileSync(join(ws.base, 'north', name), 'catalog:\n  id: anyshire-local\n  title: Local\n  version: "1"\ncommitments: []\n');
      assert.equal(ws.workspace.project.hasFile(catalog), false, `${how}: not read before`);
      const manifest = join(ws.base, 'north', 'plan.yaml');
      const text = readFileSync(join(REPO, 'examples', 'anyshire', 'plan.yaml'), 'utf8').replace('plan:\n', `catalogs: [${name}]\nplan:\n`);
      act(ws.uri('north/plan.yaml'), text, manifest);
      assert.equal(ws.workspace.project.hasFile(catalog), true, `${how}: read`);
    }
  });
});
