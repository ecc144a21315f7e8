import * as assert from 'node:assert/strict';
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
});

describe('which files are read', () => {
  it('reads the files of plans and catalogs, not every Markdown file of the folder', () => {
    const files = ['/r/docs/guide.md', '/r/plans/a/plan.yaml', '/r/plans/a/ch.md', '/r/plans/a/data/x.yaml', '/r/plans/ab/notes.md', '/r/shared/local.catalog.yaml'];
    assert.deepEqual(insidePlans(files), ['/r/plans/a/plan.yaml', '/r/plans/a/ch.md', '/r/plans/a/data/x.yaml', '/r/shared/local.catalog.yaml']);
  });
});
