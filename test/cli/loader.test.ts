import * as assert from 'node:assert/strict';
import { chmodSync, cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import type { Finding, PlanProject } from '../../core/src/index';
import { formatBytes, loadProject, type LoadOptions } from '../../host/src/index';
import { manifest, testEngine } from '../helpers/engine';
import { BIN, buildCli, planwright, REPO, TempFolders } from './cli-harness';

const CHAPTER = ['# Mental health', '', '```commitment', 'id: mh-liaison', 'status: on-track', '```', ''].join('\n');

/** Every finding of a check of `paths`, as "file rule: message", the file relative to `base`. */
function check(base: string, paths: readonly string[], options: LoadOptions = {}): string[] {
  const loaded = loadProject(testEngine(), paths.map((p) => join(base, p)), options);
  const prefix = `${pathToFileURL(base).href}/`;
  const show = (f: Finding) => `${f.uri.startsWith(prefix) ? decodeURIComponent(f.uri.slice(prefix.length)) : f.uri} ${f.ruleId}: ${f.message}`;
  return loaded.project.analyzeAll().flatMap((a) => a.findings.filter((f) => ['unreadable-file', 'local-catalog', 'unknown-commitment', 'schema'].includes(f.ruleId)).map(show));
}

const LINK = 'it is a symbolic link, and Planwright does not follow links (they could lead outside the folders being checked): replace the link with the file itself';
const OUTSIDE = 'it is outside the folders being checked, and Planwright reads nothing outside them (check a folder that holds both the plan and this file)';

describe('the file loader (host): containment, limits and odd files', function () {
  this.timeout(60_000);
  const temp = new TempFolders();
  before(() => testEngine());
  after(() => temp.cleanup());

  /** A folder with a plan at plan/ and a secret next to it, outside the plan folder. */
  const planWith = (files: Record<string, string | Uint8Array> = {}, extra = ''): string =>
    temp.withFiles({ 'plan/plan.yaml': manifest(extra), 'plan/01-mh.md': CHAPTER, 'secret/secret.md': 'See [[secret-commitment-id]].\n', ...files });

  it('reports a linked chapter, data file and catalog once each, never following them', () => {
    const base = planWith({ 'secret/data.yaml': 'x: [[secret]]\n', 'secret/s.catalog.yaml': 'catalog: { id: secret }\n' }, 'catalogs: [s.catalog.yaml]');
    symlinkSync(join(base, 'secret', 'secret.md'), join(base, 'plan', '02-linked.md'));
    symlinkSync(join(base, 'secret', 'data.yaml'), join(base, 'plan', 'data.yaml'));
    symlinkSync(join(base, 'secret', 's.catalog.yaml'), join(base, 'plan', 's.catalog.yaml'));
    assert.deepEqual(check(base, ['plan']).sort(), [
      `plan/02-linked.md unreadable-file: cannot read the file: ${LINK}`,
      `plan/data.yaml unreadable-file: cannot read the file: ${LINK}`,
      `plan/plan.yaml local-catalog: catalog file \`s.catalog.yaml\` could not be read: ${LINK}`,
      `plan/s.catalog.yaml unreadable-file: cannot read the file: ${LINK}`,
    ]);
  });

  it('does not enter a linked folder, and a link loop ends nothing', () => {
    const base = planWith();
    symlinkSync(join(base, 'secret'), join(base, 'plan', 'linked'));
    symlinkSync('..', join(base, 'plan', 'loop'));
    mkdirSync(join(base, 'plan', 'a'));
    symlinkSync('../a', join(base, 'plan', 'a', 'self'));
    assert.deepEqual(check(base, ['plan']), []);
  });

  it('reads a `..` catalog inside the checked folder, refuses one outside it, and says which', () => {
    const catalog = ['catalog: { id: region, title: Region, version: "1", period: { start: 2019/20, end: 2023/24 } }', 'areas: []', 'commitments: []', ''].join('\n');
    const base = planWith({ 'region.catalog.yaml': catalog }, 'catalogs: [../region.catalog.yaml, ../../../etc/x.catalog.yaml]');
    const outside = `plan/plan.yaml local-catalog: catalog file \`../../../etc/x.catalog.yaml\` could not be read: ${OUTSIDE}`;
    // Checking the folder that holds both: the regional catalog is read.
    assert.deepEqual(check(base, ['.']), [outside]);
    // Checking the plan folder alone: the regional catalog is outside it too.
    assert.deepEqual(check(base, ['plan']), [`plan/plan.yaml local-catalog: catalog file \`../region.catalog.yaml\` could not be read: ${OUTSIDE}`, outside]);
  });

  it('refuses a file reached through a linked folder above it', () => {
    const base = planWith({ 'secret/x.catalog.yaml': 'catalog: { id: x }\n' }, 'catalogs: [via/x.catalog.yaml]');
    symlinkSync(join(base, 'secret'), join(base, 'plan', 'via'));
    const reason = 'it is reached through a linked folder that leads outside the folders being checked, and Planwright does not follow links';
    assert.deepEqual(check(base, ['plan']).sort(), [
      `plan/plan.yaml local-catalog: catalog file \`via/x.catalog.yaml\` could not be read: ${reason}`,
      `plan/via/x.catalog.yaml unreadable-file: cannot read the file: ${reason}`,
    ]);
  });

  it('reports a folder named plan.yaml once, as the plan file it should be', () => {
    const base = temp.withFiles({ 'plan/plan.yaml/notes.md': '# not a plan file\n', 'plan/01-mh.md': CHAPTER });
    assert.deepEqual(check(base, ['plan']), ['plan/plan.yaml unreadable-file: cannot read the file: it is a folder, not a file']);
  });

  it('skips a file over the size limit with one finding, and reads it under a higher limit', () => {
    const base = planWith({ 'plan/02-big.md': `# Big\n\n${'word '.repeat(400)}\n` });
    assert.deepEqual(check(base, ['plan'], { maxFileBytes: 1024 }), [
      'plan/02-big.md unreadable-file: the file is 2.0 KB, over the 1 KB limit for a plan file, so it is not read (the limit is set by `--max-file-size` or the `planwright.files.maxFileSize` setting)',
    ]);
    assert.deepEqual(check(base, ['plan'], { maxFileBytes: 4096 }), []);
  });

  it('reads empty files without a crash: an empty chapter is just empty, an empty plan.yaml says what it needs', () => {
    const base = temp.withFiles({ 'plan/plan.yaml': '', 'plan/01-empty.md': '', 'plan/data/empty.yaml': '' });
    assert.deepEqual(check(base, ['plan']), ['plan/plan.yaml schema: plan.yaml is empty: it needs `plan:` (title, framework, period) and `footprint:` (organisations)']);
  });

  it('an empty local catalog says what it needs, in the catalog', () => {
    const base = planWith({ 'plan/local.catalog.yaml': '' }, 'catalogs: [local.catalog.yaml]');
    assert.deepEqual(check(base, ['plan']).sort(), [
      'plan/local.catalog.yaml schema: the catalog file is empty: it needs `catalog:` (id, title, version, period), `areas:` and `commitments:`',
      'plan/plan.yaml local-catalog: catalog file `local.catalog.yaml` could not be used: fix the problems reported in it',
    ]);
  });

  it('leaves out the files an exclusion names, as if absent', () => {
    const base = planWith({ 'plan/drafts/02-draft.md': 'See [[no-such-commitment]].\n' });
    assert.equal(check(base, ['plan']).length, 1);
    assert.deepEqual(check(base, ['plan'], { exclude: (path) => path.includes('/drafts/') }), []);
  });

  it('reads Markdown and YAML of plans only: not hidden folders, node_modules, other extensions, or files outside any plan (catalogs excepted)', () => {
    const base = temp.withFiles({
      'plan/plan.yaml': manifest(),
      'plan/01-mh.md': CHAPTER,
      'plan/02.yml': 'x: 1\n',
      'plan/notes.md.bak': '\u0000',
      'plan/.drafts/03.md': '\u0000',
      'plan/node_modules/pkg/readme-like.md': '\u0000',
      'docs/guide.md': '\u0000',
      'shared/region.catalog.yaml': 'catalog: { id: region }\n',
    });
    const loaded = loadProject(testEngine(), [base]);
    const prefix = `${pathToFileURL(base).href}/`;
    assert.deepEqual(loaded.project.fileUris().map((uri) => uri.slice(prefix.length)).sort(), ['plan/01-mh.md', 'plan/02.yml', 'plan/plan.yaml', 'shared/region.catalog.yaml']);
    assert.deepEqual(loaded.errors, []);
  });

  it('a file or a sub-folder given on its own brings in its plan, and several folders are all checked', () => {
    const base = temp.withFiles({ 'a/plan.yaml': manifest(), 'a/sub/01.md': 'See [[no-such-a]].\n', 'b/plan.yaml': manifest(), 'b/01.md': 'See [[no-such-b]].\n' });
    const ids = (paths: string[]) =>
      loadProject(testEngine(), paths.map((p) => join(base, p)))
        .project.analyzeAll()
        .flatMap((a) => a.findings.filter((f) => f.ruleId === 'unknown-commitment').map((f) => f.message.match(/`([^`]+)`/)?.[1]));
    assert.deepEqual(ids(['a/sub/01.md']), ['no-such-a']);
    assert.deepEqual(ids(['a/sub']), ['no-such-a']);
    assert.deepEqual(ids(['a', 'b']), ['no-such-a', 'no-such-b']);
    const missing = loadProject(testEngine(), [join(base, 'nowhere'), join(base, 'a', 'sub')]);
    assert.deepEqual(missing.errors, [`${join(base, 'nowhere')}: no such file or folder`]);
  });

  it('reads a file of exactly the limit, and refuses one byte more', () => {
    const exact = `# T\n${'x'.repeat(1024 - 5)}\n`;
    assert.equal(Buffer.byteLength(exact), 1024);
    const base = planWith({ 'plan/02-exact.md': exact, 'plan/03-over.md': `${exact}x` });
    assert.deepEqual(check(base, ['plan'], { maxFileBytes: 1024 }).filter((f) => !f.startsWith('plan/plan.yaml')), [
      'plan/03-over.md unreadable-file: the file is 1.0 KB, over the 1 KB limit for a plan file, so it is not read (the limit is set by `--max-file-size` or the `planwright.files.maxFileSize` setting)',
    ]);
  });

  it('reads every plan.yaml first, so an exclusion can ask the plan about the other files', () => {
    const base = planWith({ 'plan/02-draft.md': 'See [[no-such-commitment]].\n' });
    const exclude = (path: string, project: PlanProject | undefined) => project !== undefined && project.roots().length > 0 && path.endsWith('02-draft.md');
    assert.deepEqual(check(base, ['plan'], { exclude }), []);
  });

  it('formats sizes for messages', () => {
    assert.deepEqual([formatBytes(12), formatBytes(1024), formatBytes(1536), formatBytes(32 * 1024 * 1024), formatBytes(32 * 1024 * 1024 + 1)], ['12 bytes', '1 KB', '1.5 KB', '32 MB', '32.0 MB']);
  });
});

describe('the file loader through the CLI', function () {
  this.timeout(60_000);
  const temp = new TempFolders();
  before(() => buildCli());
  after(() => temp.cleanup());

  it('--max-file-size sets the limit; a bad value is a usage error', () => {
    const base = temp.withFiles({ 'plan/plan.yaml': manifest(), 'plan/02-big.md': `# Big\n\n${'word '.repeat(400)}\n` });
    const refused = planwright(['check', 'plan', '--max-file-size', String(1 / 1024)], base);
    assert.equal(refused.status, 2);
    assert.match(refused.stdout, /^plan\/02-big\.md:1:1 error unreadable-file the file is 2\.0 KB, over the 1 KB limit for a plan file/m);
    assert.doesNotMatch(planwright(['check', 'plan', '--max-file-size', '1'], base).stdout, /unreadable-file/);
    for (const bad of ['0', '-1', 'big']) {
      const result = planwright(['check', 'plan', `--max-file-size=${bad}`], base);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /--max-file-size takes a size in megabytes, more than 0/);
    }
  });

  it('reports a file it has no permission to read, and carries on', () => {
    const base = temp.withFiles({ 'plan/plan.yaml': manifest(), 'plan/01-mh.md': CHAPTER, 'plan/02-locked.md': '# Locked\n' });
    chmodSync(join(base, 'plan', '02-locked.md'), 0o000);
    // Root reads anything, so as root the check runs as the unprivileged "nobody" user, from a copy of
    // the built command in the test folder (the checkout itself may not be open to other users).
    const asRoot = process.getuid?.() === 0;
    let bin = BIN;
    if (asRoot) {
      const tool = join(base, 'tool');
      for (const part of ['bin', 'dist/cli.js', 'package.json', 'schemas', 'catalogs']) cpSync(join(REPO, part), join(tool, part), { recursive: true });
      bin = join(tool, 'bin', 'planwright');
    }
    chmodSync(base, 0o755);
    const result = spawnSync(process.execPath, [bin, 'check', 'plan', '--format', 'json'], { cwd: base, encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    assert.equal(result.status, 2, result.stderr);
    const findings = (JSON.parse(result.stdout) as { findings: { file: string; ruleId: string; message: string }[] }).findings;
    assert.deepEqual(findings.filter((f) => f.ruleId === 'unreadable-file').map((f) => `${f.file}: ${f.message}`), ['plan/02-locked.md: cannot read the file: permission denied']);
    assert.ok(!findings.some((f) => f.file === 'plan/01-mh.md' && f.ruleId === 'unreadable-file'));
  });
});
