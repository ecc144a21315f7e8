import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareWithRevision, gitRefs } from '../../server/src/compare';
import { ServerWorkspace } from '../../server/src/workspace';
import { testEngine } from '../helpers/engine';

const REPO = join(__dirname, '..', '..', '..');

describe('comparing a folder with a git revision when a sibling folder\'s name starts the same (server)', function () {
  this.timeout(60_000);
  let base: string;

  before(() => {
    base = mkdtempSync(join(tmpdir(), 'planwright-compare-folders-'));
    cpSync(join(REPO, 'examples', 'anyshire'), join(base, 'anyshire'), { recursive: true });
    cpSync(join(REPO, 'examples', 'riverside'), join(base, 'anyshire-old'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: base, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'draft');
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  it('compares only the plans of the folder named, written with or without a trailing slash', () => {
    const workspace = new ServerWorkspace(testEngine());
    for (const file of workspace.addFolders([pathToFileURL(base).href])) workspace.readFile(file);
    const folder = pathToFileURL(join(base, 'anyshire')).href;
    const result = compareWithRevision(workspace.project, [folder], 'HEAD');
    const markdown = 'markdown' in result ? result.markdown : '';
    assert.match(markdown, /^### Healthier Anyshire and Wessex five-year system plan \(`\.`\): unchanged$/m);
    assert.doesNotMatch(markdown, /Riverside/);
    assert.deepEqual(compareWithRevision(workspace.project, [`${folder}/`], 'HEAD'), result);
  });

  it('passes on an error that is not git\'s when listing refs, rather than answering none', () => {
    assert.throws(() => gitRefs(['file://remote-host/plans/']), TypeError);
  });
});
