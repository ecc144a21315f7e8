import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { checkPlans } from '../../host/src/index';

const REPO = join(__dirname, '..', '..', '..');

describe('checking plans in worker threads', function () {
  this.timeout(60_000);

  it('gives exactly the reports of a one-thread run, footprint overlaps included', async () => {
    const paths = [join(REPO, 'examples')];
    const single = await checkPlans(paths, { maxWorkers: 1 });
    const threaded = await checkPlans(paths, { workerScript: join(REPO, 'out', 'cli', 'src', 'cli.js'), maxWorkers: 2, parallelThresholdBytes: 0 });
    assert.equal(single.reports.length, 2);
    assert.deepEqual(threaded, single);
  });
});
