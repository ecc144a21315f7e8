import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareWithRevision, gitRefs } from '../../server/src/compare';
import { ServerWorkspace } from '../../server/src/workspace';
import { testEngine } from '../helpers/engine';

const REPO = join(__dirname, '..', '..', '..');

describe('comparing the editor\'s plans with a git revision (server)', function () {
  this.timeout(60_000);
  let base: string;
  let workspace: ServerWorkspace;
  const folder = (...parts: string[]) => pathToFileURL(join(base, 'plans', ...parts)).href;

  before(() => {
    base = mkdtempSync(join(tmpdir(), 'planwright-compare-unit-'));
    for (const name of ['anyshire', 'riverside']) cpSync(join(REPO, 'examples', name), join(base, 'plans', name), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: base, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'draft');
    workspace = new ServerWorkspace(testEngine());
    for (const file of workspace.addFolders([folder()])) workspace.readFile(file);
    // An unsaved edit: a new response to a commitment the catalog does not have.
    const chapter = join(base, 'plans', 'anyshire', '04-mental-health.md');
    workspace.openDocument(pathToFileURL(chapter).href, `${readFileSync(chapter, 'utf8')}\n\`\`\`commitment\nid: mh-nothing\nstatus: on-track\n\`\`\`\n`);
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  it('compares each folder\'s plans, naming files relative to the folder', () => {
    const result = compareWithRevision(workspace.project, [folder()], 'HEAD');
    const markdown = 'markdown' in result ? result.markdown : '';
    assert.match(markdown, /^## Plan changes since `HEAD` \([0-9a-f]{12}\)$/m);
    assert.match(markdown, /^### Healthier Anyshire and Wessex five-year system plan \(`anyshire`\): changed$/m);
    assert.match(markdown, /^### Riverside five-year health and care plan \(`riverside`\): unchanged$/m);
    assert.match(markdown, /^- `anyshire\/04-mental-health\.md:\d+` error: commitment \\`mh-nothing\\` is not in the ltp-2019 catalog \(`unknown-commitment`\)$/m);
    assert.deepEqual(compareWithRevision(workspace.project, [`${folder()}/`], 'HEAD'), result, 'the same folder written with a trailing slash');
  });

  it('gives one part per folder, each with only its own plans', () => {
    const each = [folder('anyshire'), folder('riverside')].map((f) => compareWithRevision(workspace.project, [f], 'HEAD'));
    const parts = each.map((r) => ('markdown' in r ? r.markdown : ''));
    assert.match(parts[0] ?? '', /\(`\.`\): changed$/m);
    assert.doesNotMatch(parts[0] ?? '', /Riverside/);
    assert.match(parts[1] ?? '', /^### Riverside five-year health and care plan \(`\.`\): unchanged$/m);
    assert.doesNotMatch(parts[1] ?? '', /Anyshire/);
    assert.deepEqual(compareWithRevision(workspace.project, [folder('anyshire'), folder('riverside')], 'HEAD'), { markdown: parts.join('\n') });
  });

  it('says what is wrong: no folder on disk, not a repository, an unknown revision', () => {
    assert.deepEqual(compareWithRevision(workspace.project, [], 'HEAD'), { error: 'open a folder to compare its plans with a git revision' });
    assert.deepEqual(compareWithRevision(workspace.project, ['vscode-vfs://github/planwright/plans'], 'HEAD'), { error: 'open a folder to compare its plans with a git revision' });
    const outside = mkdtempSync(join(tmpdir(), 'planwright-no-git-'));
    try {
      const result = compareWithRevision(workspace.project, [pathToFileURL(outside).href], 'HEAD');
      assert.match('error' in result ? result.error : '', /is not inside a git repository/);
      assert.deepEqual(gitRefs([pathToFileURL(outside).href]), { refs: [] });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    const unknown = compareWithRevision(workspace.project, [folder()], 'no-such-tag');
    assert.match('error' in unknown ? unknown.error : '', /unknown revision "no-such-tag"/);
  });

  it('lists the branches and tags of the first folder on disk', () => {
    assert.deepEqual(gitRefs([folder()]), { refs: [{ name: 'main', kind: 'branch' }] });
    assert.deepEqual(gitRefs(['vscode-vfs://github/planwright/plans', folder()]), { refs: [{ name: 'main', kind: 'branch' }] }, 'a folder not on disk is passed over');
    assert.deepEqual(gitRefs([]), { refs: [] });
  });
});
