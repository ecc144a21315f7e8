import * as assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PlanProject, type Engine } from '../../core/src/index';
import { analysisLimits, DEFAULT_BUDGET_MS, DEFAULT_WATCHDOG_MS, loadProject, packageRoot, PlanLoader, readBuiltinCatalogs, readSchemaFiles, resolveTargets } from '../../host/src/index';
import { TempFolders } from '../cli/cli-harness';
import { manifest, testEngine } from '../helpers/engine';

/** How files get into a project (plan-loader.ts, load-project.ts), and the package's own data (load-engine.ts, package-root.ts, watchdog.ts). */

/** A project that records what the loader did to it, in order. */
class Recorder extends PlanProject {
  readonly log: string[] = [];
  constructor(engine: Engine, private readonly base: string) {
    super(engine);
  }
  private name(uri: string): string {
    return decodeURIComponent(uri.slice(pathToFileURL(this.base).href.length + 1));
  }
  override setFile(uri: string, text: string): void {
    this.log.push(`text ${this.name(uri)}: ${text.trim()}`);
    super.setFile(uri, text);
  }
  override setUnreadable(uri: string, reason: string): void {
    this.log.push(`unreadable ${this.name(uri)}: ${reason}`);
    super.setUnreadable(uri, reason);
  }
  override deleteFile(uri: string): void {
    this.log.push(`delete ${this.name(uri)}`);
    super.deleteFile(uri);
  }
}

const OUTSIDE = 'it is outside the folders being checked, and Planwright reads nothing outside them (check a folder that holds both the plan and this file)';

describe('loading plans from disk (host)', function () {
  this.timeout(60_000);
  const temp = new TempFolders();
  before(() => testEngine());
  after(() => temp.cleanup());

  it('reads a file inside; forgets one outside, excluded or gone; records why a file is refused', () => {
    const base = temp.withFiles({ 'plan/plan.yaml': manifest(), 'plan/a.md': 'A', 'plan/skip.md': 'S', 'plan/bin.md': Uint8Array.from([0, 1]), 'plan/big.md': 'x'.repeat(40), 'out/o.md': 'O' });
    symlinkSync(join(base, 'out', 'o.md'), join(base, 'plan', 'link.md'));
    const project = new Recorder(testEngine(), base);
    const loader = new PlanLoader([join(base, 'plan')], { maxFileBytes: 32, exclude: (path, p) => p === project && path.endsWith('skip.md') });
    for (const name of ['plan/a.md', 'out/o.md', 'plan/skip.md', 'plan/gone.md', 'plan/link.md', 'plan/bin.md', 'plan/big.md']) loader.read(project, join(base, name));
    assert.deepEqual(project.log, [
      'text plan/a.md: A',
      'delete out/o.md',
      'delete plan/skip.md',
      'delete plan/gone.md',
      'unreadable plan/link.md: cannot read the file: it is a symbolic link, and Planwright does not follow links (they could lead outside the folders being checked): replace the link with the file itself',
      'unreadable plan/bin.md: the file is binary, not text: plan files are UTF-8 Markdown or YAML',
      'unreadable plan/big.md: the file is 40 bytes, over the 32 bytes limit for a plan file, so it is not read (the limit is set by `--max-file-size` or the `planwright.files.maxFileSize` setting)',
    ]);
    assert.deepEqual(new PlanLoader([join(base, 'plan')]).list().map((f) => f.slice(base.length + 1)), ['plan/a.md', 'plan/big.md', 'plan/bin.md', 'plan/link.md', 'plan/plan.yaml', 'plan/skip.md']);
  });

  it('lists the files of every checked folder once, sorted, without the excluded ones', () => {
    const base = temp.withFiles({ 'p/plan.yaml': manifest(), 'p/b.md': 'b', 'p/sub/a.md': 'a', 'loose/x.md': 'x', 'q.catalog.yaml': 'catalog: {}' });
    const seen: (PlanProject | undefined)[] = [];
    const loader = new PlanLoader([join(base, 'p', 'sub'), base, join(base, 'p')], { exclude: (path, project) => (seen.push(project), path.endsWith('b.md')) });
    const project = new PlanProject(testEngine());
    assert.deepEqual(loader.list(project).map((f) => f.slice(base.length + 1)), ['p/plan.yaml', 'p/sub/a.md', 'q.catalog.yaml']);
    assert.ok(seen.length > 0 && seen.every((p) => p === project), 'the exclusion is asked with the project');
  });

  it('reads every plan.yaml first and counts the files as it goes', () => {
    const base = temp.withFiles({ 'a/plan.yaml': manifest(), 'a/1.md': 'one', 'b/plan.yaml': manifest(), 'b/0.md': 'zero' });
    const project = new Recorder(testEngine(), base);
    const counts: number[] = [];
    const files = ['a/1.md', 'a/plan.yaml', 'b/0.md', 'b/plan.yaml'].map((f) => join(base, f));
    assert.equal(new PlanLoader([base]).readAll(project, files, (n) => counts.push(n)), 4);
    assert.deepEqual(project.log.map((l) => l.split(':')[0]), ['text a/plan.yaml', 'text b/plan.yaml', 'text a/1.md', 'text b/0.md']);
    assert.deepEqual(counts, [1, 2, 3, 4]);
    assert.equal(new PlanLoader([base]).readAll(new PlanProject(testEngine()), files), 4);
  });

  it('reads a local catalog the plan names beside it when inside the checked folders, and says why not when outside or skips it when excluded', () => {
    const catalog = 'catalog:\n  id: region\n';
    const base = temp.withFiles({ 'all/plan/plan.yaml': manifest('catalogs: [../region.catalog.yaml, ../../far.catalog.yaml, ../skip.catalog.yaml]'), 'all/region.catalog.yaml': catalog, 'all/skip.catalog.yaml': catalog, 'far.catalog.yaml': catalog });
    const project = new Recorder(testEngine(), base);
    const loader = new PlanLoader([join(base, 'all', 'plan'), join(base, 'all')], { exclude: (path) => path.endsWith('skip.catalog.yaml') });
    loader.read(project, join(base, 'all', 'plan', 'plan.yaml'));
    project.log.length = 0;
    loader.readLocalCatalogs(project);
    assert.deepEqual(project.log, [`text all/region.catalog.yaml: ${catalog.trim()}`, `unreadable far.catalog.yaml: cannot read the file: ${OUTSIDE}`]);
    project.log.length = 0;
    loader.readLocalCatalogs(project);
    assert.deepEqual(project.log, [], 'a catalog already read or recorded as unreadable is not read again');
    const fresh = new Recorder(testEngine(), base);
    loader.read(fresh, join(base, 'all', 'plan', 'plan.yaml'));
    fresh.log.length = 0;
    loader.readLocalCatalogs(fresh, []);
    assert.deepEqual(fresh.log, [], 'only the plans named');
  });

  it('resolves command-line paths: scopes, checked folders, files, and what is wrong with a path', () => {
    const base = temp.withFiles({ 'p/plan.yaml': manifest(), 'p/ch/a.md': 'a', 'p/b.md': 'b', 'lonely/x.md': 'x', 'group/q/plan.yaml': manifest() });
    const href = (path: string) => pathToFileURL(join(base, path)).href;
    const targets = resolveTargets(['p/ch', 'p/b.md', 'missing', 'lonely', 'group'].map((p) => join(base, p)));
    assert.deepEqual(targets.scopes, [`${href('p/ch')}/`, href('p/b.md'), `${href('group')}/`]);
    assert.deepEqual(targets.errors, [`${join(base, 'missing')}: no such file or folder`, `${join(base, 'lonely')}: no plan here (no plan.yaml in this folder, above it or below it)`]);
    assert.deepEqual(targets.folders, ['group', 'p', 'p/ch'].map((p) => join(base, p)));
    assert.deepEqual(targets.files.map((f) => f.slice(base.length + 1)), ['group/q/plan.yaml', 'p/b.md', 'p/ch/a.md', 'p/plan.yaml']);
  });

  it('loads a project: every file read, local catalogs too, with a count per file', () => {
    const base = temp.withFiles({ 'p/plan.yaml': manifest('catalogs: [../c.catalog.yaml]'), 'p/a.md': 'a', 'c.catalog.yaml': 'catalog: { id: c }\n' });
    const counts: number[] = [];
    const loaded = loadProject(testEngine(), [join(base, 'p')], {}, (n) => counts.push(n));
    assert.equal(loaded.fileCount, 2);
    assert.deepEqual(counts, [1, 2]);
    assert.deepEqual(loaded.scopes, [`${pathToFileURL(join(base, 'p')).href}/`]);
    assert.deepEqual(loaded.errors, []);
    assert.ok(loaded.project.hasFile(pathToFileURL(join(base, 'c.catalog.yaml')).href), 'the local catalog outside the checked folder is recorded');
    assert.equal(loadProject(testEngine(), [join(base, 'p')]).fileCount, 2, 'counted without a progress callback too');
  });

  it('reads the built-in catalogs and schemas of a package folder, by name, sorted', () => {
    const root = temp.withFiles({ 'catalogs/b.catalog.yaml': 'B', 'catalogs/a.catalog.yaml': 'A', 'catalogs/plain-language.yaml': 'words', 'schemas/z.schema.json': '{"z":1}', 'schemas/a.schema.json': '{"a":2}', 'schemas/readme.json': '{}' });
    assert.deepEqual(readBuiltinCatalogs(root), [
      { uri: pathToFileURL(join(root, 'catalogs', 'a.catalog.yaml')).href, text: 'A' },
      { uri: pathToFileURL(join(root, 'catalogs', 'b.catalog.yaml')).href, text: 'B' },
    ]);
    const schemas = readSchemaFiles(root);
    assert.deepEqual(Object.keys(schemas), ['a.schema.json', 'z.schema.json']);
    assert.deepEqual(schemas['z.schema.json'], { z: 1 });
  });

  it("finds Planwright's package folder by walking up past other packages and unreadable manifests", () => {
    const base = temp.withFiles({ 'package.json': '{"name":"planwright"}', 'a/package.json': '{"name":"other"}', 'a/b/package.json': 'not json', 'a/b/c/d.txt': '' });
    assert.equal(packageRoot(join(base, 'a', 'b', 'c')), base);
    assert.equal(packageRoot(base), base);
    const none = temp.withFiles({ 'x/package.json': '{}' });
    mkdirSync(join(none, 'x', 'y'));
    assert.throws(() => packageRoot(join(none, 'x', 'y')), { message: `cannot find Planwright's package folder above ${join(none, 'x', 'y')}` });
    writeFileSync(join(none, 'package.json'), '{"name":"planwright"}');
    assert.equal(packageRoot(join(none, 'x', 'y')), none);
  });

  it('sets the analysis limits: 10 s cooperatively, 30 s hard by default, the process clock', () => {
    assert.deepEqual([DEFAULT_BUDGET_MS, DEFAULT_WATCHDOG_MS], [10_000, 30_000]);
    const limits = analysisLimits();
    assert.deepEqual([limits.budgetMs, limits.watchdog?.ms], [10_000, 30_000]);
    const given = analysisLimits(5, 7);
    assert.deepEqual([given.budgetMs, given.watchdog?.ms], [5, 7]);
    const before = performance.now();
    const now = limits.now();
    assert.ok(now >= before && now <= performance.now(), 'now() reads the process clock');
  });
});
