import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { ServerWorkspace } from '../../server/src/workspace';
import { TempFolders } from '../cli/cli-harness';
import { manifest, testEngine } from '../helpers/engine';

const CHAPTER = '# Mental health\n';

describe('the server\'s workspace on disk: folders closed, and catalogs outside them', () => {
  const temp = new TempFolders();
  after(() => temp.cleanup());

  it('forgets only the closed folder, not another whose name starts the same, and still lists the other', () => {
    const base = pathToFileURL(temp.withFiles({ 'a/plan.yaml': manifest(), 'a/01.md': CHAPTER, 'ab/plan.yaml': manifest(), 'ab/01.md': CHAPTER })).href;
    const workspace = new ServerWorkspace(testEngine());
    for (const uri of workspace.addFolders([`${base}/a`, `${base}/ab`])) workspace.readFile(uri);
    workspace.forgetFolder(`${base}/a`);
    assert.deepEqual(workspace.project.fileUris().sort(), [`${base}/ab/01.md`, `${base}/ab/plan.yaml`]);
    assert.deepEqual(workspace.addFolders([]), [`${base}/ab/plan.yaml`, `${base}/ab/01.md`]);
  });

  it('forgets a closed folder that is not on disk: its closed buffers go, the folders on disk stay', () => {
    const base = pathToFileURL(temp.withFiles({ 'p/plan.yaml': manifest() })).href;
    const workspace = new ServerWorkspace(testEngine());
    workspace.addFolders([`${base}/p`]);
    workspace.changeDocument('vscode-vfs://github/nhs/plans/01.md', CHAPTER);
    workspace.forgetFolder('vscode-vfs://github/nhs/plans');
    assert.deepEqual(workspace.project.fileUris(), []);
    assert.deepEqual(workspace.addFolders([]), [`${base}/p/plan.yaml`]);
  });

  it('refuses, when asked, a local catalog a plan names outside the folders', () => {
    const folder = temp.withFiles({ 'p/plan.yaml': manifest('catalogs: [../shared.catalog.yaml]\n'), 'shared.catalog.yaml': 'catalog: {}\n' });
    const base = pathToFileURL(folder).href;
    const workspace = new ServerWorkspace(testEngine());
    for (const uri of workspace.addFolders([`${base}/p`])) workspace.readFile(uri);
    assert.equal(workspace.project.hasFile(`${base}/shared.catalog.yaml`), false, 'not listed, not read');
    workspace.readLocalCatalogs([`${base}/p/`]);
    assert.equal(workspace.project.hasFile(`${base}/shared.catalog.yaml`), true, 'recorded (as refused)');
  });
});
