import * as assert from 'node:assert/strict';
import { basename, dirname, fileRole, relativeTo, resolvePath } from '../../core/src/uris';

/** The core's URI arithmetic: plan files are named by URI strings and worked on as text. */

describe('URIs as text', () => {
  const resolved: readonly (readonly [string, string, string])[] = [
    ['file:///plans/anyshire/', 'region.catalog.yaml', 'file:///plans/anyshire/region.catalog.yaml'],
    ['file:///plans/anyshire/', '../shared/region.catalog.yaml', 'file:///plans/shared/region.catalog.yaml'],
    ['file:///plans/anyshire/', './local//x.catalog.yaml', 'file:///plans/anyshire/local/x.catalog.yaml'],
    ['file:///plans/anyshire/', '..\\shared\\x.catalog.yaml', 'file:///plans/shared/x.catalog.yaml'],
    ['file:///plans/anyshire/', '../../../../x.yaml', 'file:///x.yaml'],
    ['file:///plans/anyshire/', 'my notes/x #1.yaml', 'file:///plans/anyshire/my%20notes/x%20%231.yaml'],
    ['vscode-vfs://github/nhs/plans/anyshire/', '../x.yaml', 'vscode-vfs://github/nhs/plans/x.yaml'],
    // Going up stops at the authority: it is not a folder.
    ['vscode-vfs://github/nhs/', '../../../x.yaml', 'vscode-vfs://github/x.yaml'],
  ];
  for (const [folder, relative, expected] of resolved) {
    it(`resolves "${relative}" against ${folder}`, () => assert.equal(resolvePath(folder, relative), expected));
  }

  it('names what a file is to a plan by its name', () => {
    const roles = ['plan.yaml', 'PLAN.YAML', 'r.catalog.yaml', 'README.md', 'mh.md', 'finance.yaml', 'finance.yml', 'notes.txt', 'plan.yaml.bak', 'yml', 'my%20data.YML'].map((name) => fileRole(`file:///p/${name}`));
    assert.deepEqual(roles, ['manifest', 'manifest', 'catalog', 'other', 'chapter', 'data', 'data', 'other', 'other', 'other', 'data']);
  });

  it('a URI relative to a folder, decoded; the URI itself when outside it; undecodable text as it is', () => {
    assert.equal(relativeTo('file:///plans/a/', 'file:///plans/a/sub/my%20notes.md'), 'sub/my notes.md');
    assert.equal(relativeTo('file:///plans/a/', 'file:///plans/b/x.md'), 'file:///plans/b/x.md');
    assert.equal(relativeTo('file:///plans/a/', 'file:///plans/a/100%.md'), '100%.md');
    assert.equal(relativeTo('file:///plans/a/', 'file:///plans/a/'), '');
  });

  it('the folder of a URI ends in "/"; the last segment is decoded when it can be', () => {
    assert.deepEqual([dirname('file:///plans/a/mh.md'), dirname('file:///plans/a/')], ['file:///plans/a/', 'file:///plans/a/']);
    assert.deepEqual([basename('file:///plans/a/my%20notes.md'), basename('file:///plans/a/100%.md'), basename('file:///plans/a/')], ['my notes.md', '100%.md', '']);
  });
});
