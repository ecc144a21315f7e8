import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SLICE_MS, WorkspaceIndexer, type IndexProgress } from '../../server/src/indexer';
import { ServerWorkspace } from '../../server/src/workspace';
import { testEngine } from '../helpers/engine';

const REPO = join(__dirname, '..', '..', '..');
/** Files of the example plan the loader lists (plan.yaml, chapters, data, README). */
const EXAMPLE_FILES = 21;

/** A progress that records every call, in order. */
function recorder(): { progress: () => Promise<IndexProgress>; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const progress: IndexProgress = {
    begin: (message) => void calls.push(['begin', message]),
    report: (percentage, message) => void calls.push(['report', percentage, message]),
    filesRead: (files, plans) => void calls.push(['filesRead', files, plans]),
    end: () => void calls.push(['end']),
  };
  return { progress: () => Promise.resolve(progress), calls };
}

/** A folder holding `plans` copies of the example plan. */
function folderOf(plans: number): { uri: string; cleanup: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'planwright-progress-'));
  mkdirSync(join(base, 'plans'));
  for (let n = 1; n <= plans; n++) cpSync(join(REPO, 'examples', 'anyshire'), join(base, 'plans', `plan-${n}`), { recursive: true });
  return { uri: pathToFileURL(join(base, 'plans')).href, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

const analysed = (plans: number): unknown[][] => Array.from({ length: plans }, (_, k) => ['report', 50 + Math.floor((50 * (k + 1)) / plans), `analysed ${k + 1} of ${plans} plans`]);

/**
 * Each case: the plans, the indexer's clock, and the progress expected. A
 * clock that moves a whole slice at every reading makes every file end a
 * slice (a report after each); a clock that stands still never ends one.
 */
const CASES: { name: string; plans: number; clock: () => () => number; expected: (files: number, plans: number) => unknown[][] }[] = [
  {
    name: 'a slice ends after every file: a report per file read, then per plan analysed',
    plans: 2,
    clock: () => {
      let t = 0;
      return () => (t += SLICE_MS);
    },
    expected: (files, plans) => [
      ['begin', 'listing plan files'],
      ...Array.from({ length: files }, (_, i) => ['report', Math.floor((50 * (i + 1)) / files), `read ${i + 1} of ${files} plan files`]),
      ['report', 50, `read ${files} of ${files} plan files`],
      ['filesRead', files, plans],
      ...analysed(plans),
      ['end'],
    ],
  },
  {
    name: 'a slice never ends: one report when every file is read, then per plan analysed',
    plans: 3,
    clock: () => () => 0,
    expected: (files, plans) => [['begin', 'listing plan files'], ['report', 50, `read ${files} of ${files} plan files`], ['filesRead', files, plans], ...analysed(plans), ['end']],
  },
  {
    name: 'an empty folder: nothing read, nothing analysed',
    plans: 0,
    clock: () => () => 0,
    expected: () => [['begin', 'listing plan files'], ['report', 0, 'read 0 of 0 plan files'], ['filesRead', 0, 0], ['end']],
  },
];

describe('the workspace indexer\'s progress (server)', function () {
  this.timeout(60_000);

  for (const { name, plans, clock, expected } of CASES) {
    it(name, async () => {
      const folder = folderOf(plans);
      try {
        const { progress, calls } = recorder();
        const indexer = new WorkspaceIndexer(new ServerWorkspace(testEngine()), clock());
        assert.equal(await indexer.index([folder.uri], progress), plans * EXAMPLE_FILES);
        assert.deepEqual(calls, expected(plans * EXAMPLE_FILES, plans));
      } finally {
        folder.cleanup();
      }
    });
  }

  it('runs one index after another, the settings step first, and reads the known folders again when given none', async () => {
    const folder = folderOf(1);
    try {
      const events: string[] = [];
      const indexer = new WorkspaceIndexer(new ServerWorkspace(testEngine()), () => 0);
      const named = (label: string) => () =>
        Promise.resolve<IndexProgress>({ begin: () => void events.push(`${label} begin`), report: () => undefined, filesRead: (files) => void events.push(`${label} read ${files}`), end: () => void events.push(`${label} end`) });
      assert.equal(indexer.indexing, true, 'counted from the start: requests wait for the first index');
      const first = indexer.index([folder.uri], named('first'), () => Promise.resolve(events.push('settings')));
      const second = indexer.index([], named('again'));
      assert.deepEqual(await Promise.all([first, second]), [EXAMPLE_FILES, EXAMPLE_FILES]);
      assert.deepEqual(events, ['settings', 'first begin', `first read ${EXAMPLE_FILES}`, 'first end', 'again begin', `again read ${EXAMPLE_FILES}`, 'again end']);
      assert.equal(indexer.indexing, false);
      // A failed index lets the next one run.
      const failed = indexer.index([], () => Promise.reject(new Error('no progress')));
      await assert.rejects(failed, /no progress/);
      assert.equal(indexer.indexing, false);
      assert.equal(await indexer.index([], named('after')), EXAMPLE_FILES);
    } finally {
      folder.cleanup();
    }
  });
});
