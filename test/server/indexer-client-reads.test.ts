import * as assert from 'node:assert/strict';
import { WorkspaceIndexer, type IndexProgress } from '../../server/src/indexer';
import type { ReadFileParams, ReadFileResult } from '../../server/src/protocol';
import { ClientWorkspace, type ClientFiles } from '../../server/src/web/client-workspace';
import { manifest, testEngine } from '../helpers/engine';

const W = 'vscode-vfs://github/nhs/plans/';
const CHAPTERS = 40;

/** A client that answers each read a turn later, and counts the reads asked and not yet answered. */
class SlowFiles implements ClientFiles {
  inFlight = 0;
  mostInFlight = 0;
  readonly asked: string[] = [];

  list(): Promise<readonly string[]> {
    const chapters = Array.from({ length: CHAPTERS }, (_, i) => `${W}p/${String(i).padStart(2, '0')}.md`);
    return Promise.resolve([`${W}p/plan.yaml`, ...chapters]);
  }

  read({ uri }: ReadFileParams): Promise<ReadFileResult> {
    this.asked.push(uri);
    this.inFlight++;
    this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
    const text = uri.endsWith('plan.yaml') ? manifest() : '# A chapter\n';
    return new Promise((resolve) =>
      setImmediate(() => {
        this.inFlight--;
        resolve({ kind: 'bytes', base64: Buffer.from(text, 'utf8').toString('base64') });
      }),
    );
  }
}

const silent = (): Promise<IndexProgress> => Promise.resolve({ begin: () => undefined, report: () => undefined, filesRead: () => undefined, end: () => undefined });

describe('the workspace indexer reading through the client (a web worker)', () => {
  it('asks for 16 reads at a time, each listed file once, and has every file when the index is done', async () => {
    const files = new SlowFiles();
    const workspace = new ClientWorkspace(testEngine(), files, '2026-01-01');
    // A clock that never moves: no slice ends, so only the reads in flight make the indexer wait.
    const total = await new WorkspaceIndexer(workspace, () => 0).index([W], silent);
    assert.equal(total, CHAPTERS + 1);
    assert.equal(files.mostInFlight, 16);
    assert.equal(files.inFlight, 0, 'every read was answered before the index ended');
    assert.equal(files.asked.length, CHAPTERS + 1);
    assert.equal(new Set(files.asked).size, CHAPTERS + 1);
    assert.equal(files.asked[0], `${W}p/plan.yaml`);
    assert.equal(workspace.project.fileUris().length, CHAPTERS + 1);
    assert.ok(workspace.project.isAnalyzed(`${W}p/`));
  });
});
