import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { WorkspaceIndexer, type IndexProgress } from '../../server/src/indexer';
import { ServerWorkspace } from '../../server/src/workspace';
import { testEngine } from '../helpers/engine';

const REPO = join(__dirname, '..', '..', '..');
const PLANS = ['plan-a', 'plan-b', 'plan-c', 'plan-d'];

/** A workspace of four copies of the example plan, its indexer, and the order in which files are read from disk. */
function setUp(): { folder: string; workspace: ServerWorkspace; indexer: WorkspaceIndexer; read: string[]; cleanup: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'planwright-indexer-'));
  for (const plan of PLANS) cpSync(join(REPO, 'examples', 'anyshire'), join(folder, plan), { recursive: true });
  const workspace = new ServerWorkspace(testEngine());
  const read: string[] = [];
  const readFile = workspace.readFile.bind(workspace);
  workspace.readFile = (uri: string) => {
    read.push(fileURLToPath(uri));
    readFile(uri);
  };
  return { folder, workspace, indexer: new WorkspaceIndexer(workspace), read, cleanup: () => rmSync(folder, { recursive: true, force: true }) };
}

const silent = (): Promise<IndexProgress> => Promise.resolve({ begin: () => undefined, report: () => undefined, filesRead: () => undefined, end: () => undefined });

/** The plan a file read belongs to, or "manifest" for a plan.yaml. */
const planOf = (folder: string) => (path: string): string => (basename(path) === 'plan.yaml' ? 'manifest' : (path.slice(folder.length + 1).split('/')[0] ?? ''));

/** The plans in the order their files were read (each once), after the manifests. */
function planOrder(folder: string, read: readonly string[]): string[] {
  const plans = read.map(planOf(folder));
  const firstOther = plans.findIndex((p) => p !== 'manifest');
  assert.ok(plans.slice(firstOther).every((p) => p !== 'manifest'), 'every plan.yaml is read before any other file');
  return [...new Set(plans.slice(firstOther))];
}

describe('the workspace indexer (server): what is read first, and who waits for what', function () {
  this.timeout(60_000);
  const none = new CancellationTokenSource().token;

  it('reads the plan of an open document first, and does not read the open document from disk', async () => {
    const { folder, workspace, indexer, read, cleanup } = setUp();
    try {
      const chapter = join(folder, 'plan-c', '04-mental-health.md');
      const uri = pathToFileURL(chapter).href;
      workspace.openDocument(uri, '# The buffer, not the disk\n');
      await indexer.index([pathToFileURL(folder).href], silent);
      assert.deepEqual(planOrder(folder, read), ['plan-c', 'plan-a', 'plan-b', 'plan-d']);
      assert.equal(workspace.project.document(uri)?.responses.length, 0, 'the buffer won over the file on disk');
      assert.ok(PLANS.every((plan) => workspace.project.isAnalyzed(`${pathToFileURL(join(folder, plan)).href}/`)), 'every plan is analysed');
    } finally {
      cleanup();
    }
  });

  it('reads next the plan a request is waiting for, and lets that request go as soon as its plan is read', async () => {
    const { folder, indexer, read, cleanup } = setUp();
    try {
      const uri = pathToFileURL(join(folder, 'plan-d', '05-cancer.md')).href;
      let readWhenReleased: string[] = [];
      const waiting = indexer.untilReadFor(uri, none).then(() => (readWhenReleased = [...read]));
      const done = indexer.index([pathToFileURL(folder).href], silent);
      await waiting;
      assert.equal(indexer.indexing, true, 'released while the index was still running');
      assert.deepEqual([...new Set(readWhenReleased.map(planOf(folder)))], ['manifest', 'plan-d']);
      await done;
      assert.deepEqual(planOrder(folder, read), ['plan-d', 'plan-a', 'plan-b', 'plan-c']);
    } finally {
      cleanup();
    }
  });

  it('holds workspace-wide requests until the index is done, and lets a cancelled one go at once', async () => {
    const { folder, indexer, cleanup } = setUp();
    try {
      const events: string[] = [];
      const source = new CancellationTokenSource();
      const whole = indexer.untilIndexed(none).then(() => events.push('whole'));
      const cancelled = indexer.untilIndexed(source.token).then(() => events.push('cancelled'));
      const done = indexer.index([pathToFileURL(folder).href], silent).then(() => events.push('indexed'));
      source.cancel();
      await Promise.all([whole, cancelled, done]);
      assert.deepEqual([events[0], [...events.slice(1)].sort()], ['cancelled', ['indexed', 'whole']]);
      // No index running: requests go at once.
      const outside = pathToFileURL(join(dirname(folder), 'elsewhere.md')).href;
      await indexer.untilReadFor(outside, none);
      await indexer.untilIndexed(none);
    } finally {
      cleanup();
    }
  });
});
