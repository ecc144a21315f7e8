import * as assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkPlans, insidePlans } from '../../host/src/index';

const REPO = join(__dirname, '..', '..', '..');

describe('checking plans in worker threads', function () {
  this.timeout(60_000);

  it('gives exactly the reports of a one-thread run, footprint overlaps included', async () => {
    const paths = [join(REPO, 'examples')];
    const single = await checkPlans(paths, { maxWorkers: 1 });
    const threaded = await checkPlans(paths, { workerScript: join(REPO, 'out', 'cli', 'src', 'cli.js'), maxWorkers: 2, parallelThresholdBytes: 0 });
    assert.equal(single.reports.length, 3);
    assert.deepEqual(threaded, single);
  });

  it('reports the progress of every thread as one: files read, then plans parsed and checked', async () => {
    const seen: string[] = [];
    await checkPlans([join(REPO, 'examples')], {
      workerScript: join(REPO, 'out', 'cli', 'src', 'cli.js'),
      maxWorkers: 2,
      parallelThresholdBytes: 0,
      onProgress: (done, total, phase) => seen.push(`${phase} ${done}/${total}`),
    });
    const plans = readdirSync(join(REPO, 'examples')).filter((name) => existsSync(join(REPO, 'examples', name, 'plan.yaml'))).length;
    assert.ok(seen.includes(`check ${plans}/${plans}`), seen.join(', '));
    const read = seen.filter((s) => s.startsWith('read '));
    assert.ok(read.length > 0, seen.join(', '));
    for (const entry of seen) {
      const [done, total] = (entry.split(' ')[1] ?? '').split('/').map(Number);
      assert.ok((done ?? 0) >= 1 && (done ?? 0) <= (total ?? 0), entry);
    }
  });
});

describe('which files are read', () => {
  it('reads the files of plans and catalogs, not every Markdown file of the folder', () => {
    const files = ['/r/docs/guide.md', '/r/plans/a/plan.yaml', '/r/plans/a/ch.md', '/r/plans/a/data/x.yaml', '/r/plans/ab/notes.md', '/r/shared/local.catalog.yaml'];
    assert.deepEqual(insidePlans(files), ['/r/plans/a/plan.yaml', '/r/plans/a/ch.md', '/r/plans/a/data/x.yaml', '/r/shared/local.catalog.yaml']);
  });
});
