import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkPlans, type CheckPhase } from '../../host/src/index';
import { TempFolders } from '../cli/cli-harness';
import { lines, manifest, SHARED_LOCAL_CATALOG } from '../helpers/engine';

const WORKER = join(__dirname, '..', '..', 'cli', 'src', 'cli.js');
/** The bytes of the plan files twoPlans() makes (notes/readme.md is not a plan file). */
let TWO_PLANS_BYTES = 0;
const MISTYPED = lines('# Chapter', '', '```commitment', 'id: mh-perinatel', 'status: on-track', '```', '');

/** checkPlans on one thread (what the CLI does below 2 MB of plans), and the choice between one thread and workers. */
describe('host: checkPlans', function () {
  this.timeout(120_000);
  const temp = new TempFolders();
  after(() => temp.cleanup());
  /** Plans "b" and "a" (listed out of order), each with two chapters, and a folder with no plan. */
  const files = { 'b/plan.yaml': manifest(), 'b/x.md': MISTYPED, 'b/y.md': '# Y\n', 'a/plan.yaml': manifest(), 'a/x.md': '# X\n', 'a/y.md': '# Y\n' };
  TWO_PLANS_BYTES = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const twoPlans = () => temp.withFiles({ ...files, 'notes/readme.md': '# Notes\n' });
  /** A file's URI; a folder's ends with a slash (write it with one). */
  const uri = (folder: string, path: string) => pathToFileURL(join(folder, path)).href;

  it('one report per plan, sorted by root; the scopes asked for, the errors and the files read', async () => {
    const folder = twoPlans();
    const run = await checkPlans([join(folder, 'b'), join(folder, 'a', 'x.md'), join(folder, 'missing'), join(folder, 'notes')]);
    assert.deepEqual(run.reports.map((r) => r.root), [uri(folder, 'a/'), uri(folder, 'b/')]);
    assert.deepEqual(run.scopes, [uri(folder, 'b/'), uri(folder, 'a/x.md')]);
    assert.deepEqual(run.errors, [`${join(folder, 'missing')}: no such file or folder`, `${join(folder, 'notes')}: no plan here (no plan.yaml in this folder, above it or below it)`]);
    assert.equal(run.fileCount, 6);
    assert.ok(run.reports.every((r) => r.digest === undefined), 'no digests unless asked');
    assert.ok(run.reports[1]?.findings.some((f) => f.ruleId === 'unknown-commitment' && f.uri === uri(folder, 'b/x.md')));
  });

  it('relative paths are read from cwd, and errors name them as given', async () => {
    const folder = twoPlans();
    const run = await checkPlans(['b', 'nope'], { cwd: folder });
    assert.deepEqual([run.scopes, run.errors], [[uri(folder, 'b/')], ['nope: no such file or folder']]);
  });

  it('progress: every file read, then every plan checked, each as done of total', async () => {
    const folder = twoPlans();
    const seen: string[] = [];
    await checkPlans([folder], { onProgress: (done: number, total: number, phase: CheckPhase) => seen.push(`${phase} ${done}/${total}`) });
    assert.deepEqual(seen, ['read 1/6', 'read 2/6', 'read 3/6', 'read 4/6', 'read 5/6', 'read 6/6', 'check 1/2', 'check 2/2']);
  });

  it('digests on request; --max-file-size: a larger file is one unreadable-file finding', async () => {
    const folder = temp.withFiles({ 'p/plan.yaml': manifest(), 'p/big.md': `# Big\n\n${'x'.repeat(3000)}\n` });
    const run = await checkPlans([folder], { digests: true, maxFileBytes: 2000 });
    assert.ok(run.reports[0]?.digest, 'a digest');
    assert.deepEqual(run.reports[0]?.findings.filter((f) => f.ruleId === 'unreadable-file').map((f) => f.uri), [uri(folder, 'p/big.md')]);
    const unlimited = await checkPlans([folder]);
    assert.deepEqual(unlimited.reports[0]?.findings.filter((f) => f.ruleId === 'unreadable-file'), []);
  });

  it('waivers expire against the report date (PLANWRIGHT_TODAY), not the clock', async () => {
    const waived = lines('<!-- planwright-disable unknown-commitment: local name agreed (owner: test-ccg, until: 2020-03-31) -->', '```commitment', 'id: mh-perinatel', 'status: on-track', '```', '');
    const folder = temp.withFiles({ 'p/plan.yaml': manifest(), 'p/a.md': waived });
    const saved = process.env['PLANWRIGHT_TODAY'];
    try {
      const expired = async (today: string) => {
        process.env['PLANWRIGHT_TODAY'] = today;
        return (await checkPlans([folder])).reports[0]?.findings.filter((f) => f.ruleId === 'waiver-expired').length;
      };
      assert.deepEqual([await expired('2020-03-31'), await expired('2020-04-01')], [0, 1]);
    } finally {
      if (saved === undefined) delete process.env['PLANWRIGHT_TODAY'];
      else process.env['PLANWRIGHT_TODAY'] = saved;
    }
  });

  describe('one thread or workers', () => {
    const saved = process.env['PLANWRIGHT_THREADS'];
    afterEach(() => {
      if (saved === undefined) delete process.env['PLANWRIGHT_THREADS'];
      else process.env['PLANWRIGHT_THREADS'] = saved;
    });
    const broken = join(__dirname, 'no-such-worker.js');

    // A worker script that does not exist shows whether workers were started: the run fails if they were.
    const oneThread: { readonly name: string; readonly options: Parameters<typeof checkPlans>[1]; readonly threads?: string }[] = [
      { name: 'without a worker script', options: { maxWorkers: 2, parallelThresholdBytes: 0 } },
      { name: 'below the size threshold (default 2 MB)', options: { workerScript: broken, maxWorkers: 2 } },
      { name: 'one byte below a threshold set', options: { workerScript: broken, maxWorkers: 2, parallelThresholdBytes: TWO_PLANS_BYTES + 1 } },
      { name: 'with one worker at most', options: { workerScript: broken, maxWorkers: 1, parallelThresholdBytes: 0 } },
      { name: 'with PLANWRIGHT_THREADS=1', options: { workerScript: broken, parallelThresholdBytes: 0 }, threads: '1' },
    ];
    for (const { name, options, threads } of oneThread) {
      it(`stays on one thread ${name}`, async () => {
        if (threads) process.env['PLANWRIGHT_THREADS'] = threads;
        const run = await checkPlans([twoPlans()], options);
        assert.equal(run.reports.length, 2);
      });
    }

    it('starts workers above the threshold with two or more allowed (PLANWRIGHT_THREADS, or maxWorkers over it)', async () => {
      const folder = twoPlans();
      process.env['PLANWRIGHT_THREADS'] = '2';
      await assert.rejects(checkPlans([folder], { workerScript: broken, parallelThresholdBytes: 0 }), /Cannot find module/);
      // Exactly at the threshold is large enough.
      await assert.rejects(checkPlans([folder], { workerScript: broken, maxWorkers: 2, parallelThresholdBytes: TWO_PLANS_BYTES }), /Cannot find module/);
      process.env['PLANWRIGHT_THREADS'] = '1';
      await assert.rejects(checkPlans([folder], { workerScript: broken, maxWorkers: 2, parallelThresholdBytes: 0 }), /Cannot find module/);
    });

    it('a PLANWRIGHT_THREADS that is not a whole number over 0 is ignored: the machine decides, as without it', async () => {
      const folder = twoPlans();
      /** Whether the run stayed on one thread or started (broken) workers. */
      const outcome = () =>
        checkPlans([folder], { workerScript: broken, parallelThresholdBytes: 0 }).then(
          () => 'one thread',
          (error: Error) => (/Cannot find module/.test(error.message) ? 'workers' : assert.fail(error)),
        );
      delete process.env['PLANWRIGHT_THREADS'];
      const unset = await outcome();
      // One worker per core but one: on two cores, one thread.
      assert.equal(unset, availableParallelism() > 2 ? 'workers' : 'one thread');
      for (const threads of ['0', '1.5', 'x']) {
        process.env['PLANWRIGHT_THREADS'] = threads;
        assert.equal(await outcome(), unset, threads);
      }
    });

    it('a worker that stops without its reports fails the run, saying so', async () => {
      const script = join(temp.make(), 'stops.js');
      writeFileSync(script, 'process.exit(3);\n');
      await assert.rejects(checkPlans([twoPlans()], { workerScript: script, maxWorkers: 2, parallelThresholdBytes: 0 }), { message: 'a checking thread stopped with code 3' });
    });

    it('workers give the reports of one thread, a catalog beside the plans included, and add up their progress', async () => {
      const catalog = SHARED_LOCAL_CATALOG;
      const housing = lines('```commitment', 'id: local-housing', 'status: on-track', '```', '');
      const folder = temp.withFiles({
        'shared.catalog.yaml': catalog,
        'b/plan.yaml': manifest('catalogs: [../shared.catalog.yaml]'),
        'b/x.md': `${MISTYPED}\n${'Prose.\n'.repeat(400)}`,
        'a/plan.yaml': manifest('catalogs: [../shared.catalog.yaml]'),
        'a/x.md': housing,
        'c/plan.yaml': manifest(),
        'c/x.md': '# C\n',
      });
      const single = await checkPlans([folder], { maxWorkers: 1 });
      const seen: string[] = [];
      const threaded = await checkPlans([folder], { workerScript: WORKER, maxWorkers: 2, parallelThresholdBytes: 0, onProgress: (done, total, phase) => seen.push(`${phase} ${done}/${total}`) });
      assert.deepEqual(threaded, single);
      assert.ok(single.reports[0]?.findings.every((f) => f.ruleId !== 'unknown-commitment'), 'the local catalog was read: local-housing is known');
      // Three plans in two workers: the checks add up to 3 of 3, the last one seen.
      assert.equal(seen.filter((s) => s.startsWith('check ')).at(-1), 'check 3/3');
      // The heavy plan b in one worker, a and c in the other; each also reads the other plans' plan.yaml and the
      // catalog outside every plan: 2 + 2 + 1 in the first, 4 + 1 + 1 in the second.
      assert.equal(seen.filter((s) => s.startsWith('read ')).at(-1), 'read 11/11');
    });
  });
});
