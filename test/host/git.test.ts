import * as assert from 'node:assert/strict';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GitError, gitTopLevel, listRefs, readCommitFiles, resolveCommit, revisionReports } from '../../host/src/index';
import { TempFolders } from '../cli/cli-harness';
import { lines, manifest, testEngine } from '../helpers/engine';
import { git } from '../helpers/git';

const MISTYPED = lines('```commitment', 'id: mh-perinatel', 'status: on-track', '```', '');

/** Reading earlier versions of plans from git (the diff command and the editor's comparison). */
describe('host: git', function () {
  this.timeout(60_000);
  const temp = new TempFolders();
  after(() => temp.cleanup());

  /** A repository whose one commit holds two plans, files git must skip, and bytes that are not text. */
  const repo = () => {
    const folder = realpathSync(
      temp.withFiles({
        'north/plan.yaml': manifest(),
        'north/a.md': MISTYPED,
        'north/data/extra.yml': 'x: 1\n',
        'north/picture.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00]),
        'north/.hidden/secret.md': '# Hidden\n',
        'north/node_modules/dep/readme.md': '# Dependency\n',
        'south/plan.yaml': manifest(),
        'south/bad.md': new Uint8Array([0xff, 0xfe, 0x00, 0x41]),
        'README.MD': '# Top\n',
      }),
    );
    git(folder, 'init', '-q');
    git(folder, 'add', '-A', '--force');
    git(folder, 'commit', '-qm', 'first');
    return folder;
  };

  it('gitTopLevel: the top of the work tree from any folder in it; outside one, a GitError', () => {
    const folder = repo();
    assert.equal(gitTopLevel(join(folder, 'north', 'data')), folder);
    const outside = temp.make();
    assert.throws(() => gitTopLevel(outside), (error: unknown) => error instanceof GitError && error.message === `${outside} is not inside a git repository: --base compares with a git revision`);
  });

  it('resolveCommit: a branch, a tag or a short commit to the full commit; a GitError for anything else', () => {
    const folder = repo();
    const head = git(folder, 'rev-parse', 'HEAD').trim();
    git(folder, 'tag', 'v1');
    for (const name of ['main', 'v1', head.slice(0, 7), 'HEAD']) assert.equal(resolveCommit(folder, name), head, name);
    const refused: [string, string][] = [
      ['', '"" is not a revision: name a branch, tag or commit'],
      ['  ', '"  " is not a revision: name a branch, tag or commit'],
      ['--all', '"--all" is not a revision: name a branch, tag or commit'],
      ['nope', 'unknown revision "nope": no branch, tag or commit of that name in this repository'],
    ];
    for (const [name, message] of refused) assert.throws(() => resolveCommit(folder, name), (error: unknown) => error instanceof GitError && error.message === message, name);
  });

  it('listRefs: branches, tags and remote branches (not the remote HEAD), by kind; none outside a repository', () => {
    const folder = repo();
    git(folder, 'branch', 'draft');
    git(folder, 'tag', 'v1');
    git(folder, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    git(folder, 'symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
    git(folder, 'update-ref', 'refs/notes/commits', 'HEAD');
    assert.deepEqual(listRefs(folder), [
      { name: 'draft', kind: 'branch' },
      { name: 'main', kind: 'branch' },
      { name: 'origin/main', kind: 'remote' },
      { name: 'v1', kind: 'tag' },
    ]);
    assert.deepEqual(listRefs(temp.make()), []);
  });

  it('readCommitFiles: the Markdown and YAML files, byte for byte, skipping hidden and node_modules folders', () => {
    const folder = repo();
    const head = git(folder, 'rev-parse', 'HEAD').trim();
    // A later change in the work tree is not what the commit holds.
    writeFileSync(join(folder, 'north', 'a.md'), '# Changed\n');
    const files = readCommitFiles(folder, head);
    assert.deepEqual([...files.keys()].sort(), ['README.MD', 'north/a.md', 'north/data/extra.yml', 'north/plan.yaml', 'south/bad.md', 'south/plan.yaml']);
    assert.equal(Buffer.from(files.get('north/a.md') ?? []).toString('utf8'), MISTYPED);
    assert.deepEqual([...(files.get('south/bad.md') ?? [])], [0xff, 0xfe, 0x00, 0x41]);
    assert.equal(Buffer.from(files.get('north/plan.yaml') ?? []).toString('utf8'), manifest());
  });

  it('readCommitFiles: a commit with no plan files gives none; an unknown commit is a GitError', () => {
    const folder = temp.withFiles({ 'notes.txt': 'text\n' });
    git(folder, 'init', '-q');
    git(folder, 'add', '-A');
    git(folder, 'commit', '-qm', 'no plans');
    assert.deepEqual(readCommitFiles(folder, git(folder, 'rev-parse', 'HEAD').trim()).size, 0);
    assert.throws(() => readCommitFiles(folder, '0'.repeat(40)), (error: unknown) => error instanceof GitError && error.message.startsWith(`cannot list the files of ${'0'.repeat(40)}: fatal: `) && !error.message.endsWith('\n'));
  });

  it('revisionReports: the plans in or holding the scopes, at their work-tree URIs, with digests and unreadable files', () => {
    const folder = repo();
    const head = git(folder, 'rev-parse', 'HEAD').trim();
    mkdirSync(join(folder, 'east'));
    const engine = testEngine();
    const north = `${pathToFileURL(join(folder, 'north')).href}/`;
    const south = `${pathToFileURL(join(folder, 'south')).href}/`;
    assert.deepEqual(revisionReports(engine, folder, head, [`${pathToFileURL(folder).href}/`]).map((r) => r.root), [north, south]);
    const [report] = revisionReports(engine, folder, head, [pathToFileURL(join(folder, 'north', 'a.md')).href]);
    assert.equal(report?.root, north);
    assert.ok(report?.digest, 'a digest');
    assert.ok(report?.findings.some((f) => f.ruleId === 'unknown-commitment' && f.uri === pathToFileURL(join(folder, 'north', 'a.md')).href));
    const [southReport] = revisionReports(engine, folder, head, [south]);
    assert.deepEqual(southReport?.findings.filter((f) => f.ruleId === 'unreadable-file').map((f) => f.uri), [pathToFileURL(join(folder, 'south', 'bad.md')).href]);
    assert.deepEqual(revisionReports(engine, folder, head, [`${pathToFileURL(join(folder, 'east')).href}/`]), []);
  });

  it('without git on the PATH: a GitError saying git is needed', () => {
    const saved = process.env['PATH'];
    process.env['PATH'] = temp.make();
    try {
      assert.throws(() => gitTopLevel(temp.make()), (error: unknown) => error instanceof GitError && error.message === 'git is not installed (or not on the PATH): it is needed to read an earlier version');
    } finally {
      process.env['PATH'] = saved;
    }
  });
});
