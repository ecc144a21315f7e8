import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(__dirname, '..', '..', '..');

interface Group {
  readonly mutate: readonly string[];
  readonly specs: readonly string[];
  readonly target: number;
}
interface Score {
  killed: number;
  survived: number;
  noCoverage: number;
  valid: number;
  total: number;
  covered: number;
}
interface MutateScript {
  GROUPS: Record<string, Group>;
  NOT_MUTATED: Record<string, string>;
  scoreOf: (report: { files: Record<string, { mutants: { status: string }[] }> }) => Score;
}

const load = async (): Promise<MutateScript> => (await import(pathToFileURL(join(ROOT, 'scripts', 'mutate.mjs')).href)) as MutateScript;

/** Every file under `folder`, relative to the repository, with `/`. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** A glob of the groups (`**` for any folders, `*` within a name) as a regular expression. */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('**/')
    .map((part) => part.split('*').map((text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
    .join('(?:[^/]+/)*');
  return new RegExp(`^${source}$`);
}

/** Whether a group mutates `file`: a glob names it and no `!glob` takes it out, as Stryker reads `mutate`. */
function mutates(group: Group, file: string): boolean {
  const matches = (glob: string): boolean => globToRegExp(glob.replace(/^!/, '')).test(file);
  return group.mutate.some((glob) => !glob.startsWith('!') && matches(glob)) && !group.mutate.some((glob) => glob.startsWith('!') && matches(glob));
}

describe('npm run mutate (scripts/mutate.mjs)', () => {
  it('names, in every group, files to mutate and compiled specs that exist', async () => {
    const { GROUPS } = await load();
    const sources = [...filesUnder('core/src'), ...filesUnder('cli/src'), ...filesUnder('server/src'), ...filesUnder('host/src')];
    const specs = filesUnder('out/test');
    assert.ok(Object.keys(GROUPS).length >= 10);
    for (const [name, group] of Object.entries(GROUPS)) {
      for (const glob of group.mutate) assert.ok(sources.some((file) => globToRegExp(glob.replace(/^!/, '')).test(file)), `${name}: nothing matches ${glob}`);
      for (const glob of group.specs) assert.ok(specs.some((file) => globToRegExp(glob).test(file)), `${name}: no compiled spec matches ${glob}`);
      assert.ok(group.target === 85 ? name.startsWith('core-') : group.target === 75, `${name}: the issue's target`);
    }
  });

  it('mutates every source file of core/, cli/, server/ and host/ in exactly one group, but the entry points and exports it names', async () => {
    const { GROUPS, NOT_MUTATED } = await load();
    const sources = [...filesUnder('core/src'), ...filesUnder('cli/src'), ...filesUnder('server/src'), ...filesUnder('host/src')].filter((file) => file.endsWith('.ts'));
    const unplaced: string[] = [];
    for (const file of sources) {
      const groups = Object.entries(GROUPS).filter(([, group]) => mutates(group, file));
      if (groups.length > 1) assert.fail(`${file} is in ${groups.map(([name]) => name).join(' and ')}`);
      if (groups.length === 0 && !(file in NOT_MUTATED)) unplaced.push(file);
      if (groups.length === 1) assert.ok(!(file in NOT_MUTATED), `${file} is mutated and listed as not`);
    }
    assert.deepEqual(unplaced, []);
    for (const file of Object.keys(NOT_MUTATED)) assert.ok(sources.includes(file), `${file} is no source file`);
  });

  it('scores killed and timed-out mutants against the valid ones, and against those the tests reach', async () => {
    const { scoreOf } = await load();
    const statuses = ['Killed', 'Killed', 'Killed', 'Timeout', 'Survived', 'Survived', 'NoCoverage', 'NoCoverage', 'CompileError', 'RuntimeError', 'Ignored'];
    const score = scoreOf({ files: { 'a.ts': { mutants: statuses.slice(0, 5).map((status) => ({ status })) }, 'b.ts': { mutants: statuses.slice(5).map((status) => ({ status })) } } });
    assert.deepEqual({ ...score, covered: Number(score.covered.toFixed(2)) }, { killed: 4, survived: 2, noCoverage: 2, valid: 8, total: 50, covered: 66.67 });
    assert.equal(scoreOf({ files: {} }).total, 100);
  });
});
