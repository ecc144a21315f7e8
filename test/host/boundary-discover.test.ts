import * as assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Boundary, enclosingPlanRoot, insidePlans, listPlanFiles, planRootsOf } from '../../host/src/index';
import { TempFolders } from '../cli/cli-harness';

/** Which files a check reads (host/src/loader/discover.ts) and where it may read them (boundary.ts). */

const OUTSIDE = 'it is outside the folders being checked, and Planwright reads nothing outside them (check a folder that holds both the plan and this file)';
const LINK = 'it is a symbolic link, and Planwright does not follow links (they could lead outside the folders being checked): replace the link with the file itself';
const LINKED_FOLDER = 'it is reached through a linked folder that leads outside the folders being checked, and Planwright does not follow links';

describe('finding plan files and keeping inside the checked folders (host)', () => {
  const temp = new TempFolders();
  after(() => temp.cleanup());

  describe('the boundary', () => {
    it('contains what lies inside a folder as written, not a sibling that shares its name', () => {
      const base = temp.withFiles({ 'plans/a.md': 'a', 'plans-other/b.md': 'b' });
      const boundary = new Boundary([join(base, 'plans')]);
      const cases: [string, boolean][] = [
        [join(base, 'plans', 'a.md'), true],
        [join(base, 'plans', 'deep', 'x.md'), true],
        [join(base, 'plans-other', 'b.md'), false],
        [join(base, 'plans', '..', 'plans-other', 'b.md'), false],
        [join(base, 'a.md'), false],
      ];
      for (const [path, inside] of cases) assert.equal(boundary.contains(path), inside, path);
      assert.equal(new Boundary([`${join(base, 'plans')}${sep}`]).contains(join(base, 'plans', 'a.md')), true, 'a folder given with a trailing separator');
    });

    it('refuses files outside, links, and files under a linked folder; allows the rest, missing files included', () => {
      const base = temp.withFiles({ 'plans/a.md': 'a', 'elsewhere/secret.md': 's' });
      symlinkSync(join(base, 'elsewhere', 'secret.md'), join(base, 'plans', 'link.md'));
      symlinkSync(join(base, 'elsewhere'), join(base, 'plans', 'linked'));
      const boundary = new Boundary([join(base, 'plans')]);
      const cases: [string, string | undefined][] = [
        ['plans/a.md', undefined],
        ['plans/missing.md', undefined],
        ['elsewhere/secret.md', OUTSIDE],
        ['plans/link.md', LINK],
        ['plans/linked/secret.md', LINKED_FOLDER],
      ];
      for (const [path, refusal] of cases) assert.equal(boundary.refusal(join(base, path)), refusal, path);
    });

    it('allows files under a checked folder that is itself reached through a link', () => {
      const base = temp.withFiles({ 'real/plans/a.md': 'a' });
      symlinkSync(join(base, 'real'), join(base, 'via'));
      const boundary = new Boundary([join(base, 'via', 'plans')]);
      assert.equal(boundary.refusal(join(base, 'via', 'plans', 'a.md')), undefined);
      assert.equal(new Boundary([join(base, 'missing-folder')]).refusal(join(base, 'missing-folder', 'x.md')), undefined);
    });
  });

  describe('discovery', () => {
    it('lists Markdown and YAML files under a folder, sorted, skipping hidden folders and node_modules', () => {
      const base = temp.withFiles({
        'plan.yaml': 'p',
        'b.md': 'b',
        'A.MD': 'a',
        'c.yml': 'c',
        'd.YAML': 'd',
        'notes.txt': 'x',
        'md': 'x',
        'sub/e.md': 'e',
        'sub/deeper/f.yaml': 'f',
        '.git/g.md': 'g',
        '.hidden/h.md': 'h',
        'node_modules/pkg/i.md': 'i',
        'sub/node_modules/j.md': 'j',
      });
      mkdirSync(join(base, 'folder.md'));
      const files = listPlanFiles(base).map((f) => f.slice(base.length + 1));
      assert.deepEqual(files, ['A.MD', 'b.md', 'c.yml', 'd.YAML', 'plan.yaml', 'sub/deeper/f.yaml', 'sub/e.md']);
    });

    it('lists links by name without entering linked folders, and a folder named plan.yaml as a file to report', () => {
      const base = temp.withFiles({ 'plans/a.md': 'a', 'outside/b.md': 'b', 'plans/PLAN.YAML/c.md': 'c' });
      symlinkSync(join(base, 'outside', 'b.md'), join(base, 'plans', 'link.md'));
      symlinkSync(join(base, 'outside'), join(base, 'plans', 'linked.md'));
      symlinkSync(join(base, 'outside'), join(base, 'plans', 'linked-folder'));
      symlinkSync(join(base, 'nowhere.md'), join(base, 'plans', 'dangling.md'));
      assert.deepEqual(listPlanFiles(join(base, 'plans')).map((f) => f.slice(base.length + 7)), ['PLAN.YAML', 'a.md', 'dangling.md', 'link.md', 'linked.md']);
      assert.deepEqual(listPlanFiles(join(base, 'no-such-folder')), []);
    });

    it('finds the plan a path belongs to: the nearest folder at or above it with plan.yaml', () => {
      const base = temp.withFiles({ 'outer/plan.yaml': 'p', 'outer/inner/plan.yaml': 'p', 'outer/inner/ch/a.md': 'a', 'outer/b.md': 'b', 'loose/c.md': 'c' });
      symlinkSync(join(base, 'nowhere'), join(base, 'loose', 'plan.yaml'));
      const cases: [string, string | undefined][] = [
        ['outer/inner/ch/a.md', 'outer/inner'],
        ['outer/inner/ch', 'outer/inner'],
        ['outer/inner', 'outer/inner'],
        ['outer/b.md', 'outer'],
        ['outer/missing.md', 'outer'],
        ['outer/missing-folder/x.md', 'outer'],
        ['loose/c.md', 'loose'],
      ];
      for (const [path, root] of cases) assert.equal(enclosingPlanRoot(join(base, path)), root === undefined ? undefined : join(base, root), path);
      const lonely = temp.withFiles({ 'x/a.md': 'a' });
      assert.equal(enclosingPlanRoot(join(lonely, 'x', 'a.md')), undefined);
    });

    it('keeps the files of plans and catalogs anywhere, and names the plan roots', () => {
      const files = ['/r/a/plan.yaml', '/r/a/ch.md', '/r/ab/x.md', '/r/b/y.md', '/r/shared/region.catalog.yaml', '/r/a/sub/plan.yaml', '/r/a/sub/z.md'];
      assert.deepEqual(insidePlans(files), ['/r/a/plan.yaml', '/r/a/ch.md', '/r/shared/region.catalog.yaml', '/r/a/sub/plan.yaml', '/r/a/sub/z.md']);
      assert.deepEqual(planRootsOf(files), ['/r/a', '/r/a/sub']);
      assert.deepEqual(planRootsOf(['/r/notplan.yaml', '/r/xplan.yaml']), []);
    });
  });
});
