import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { RULE_IDS, ruleDocsUrl } from '../../core/src/index';

const REPO = path.resolve(__dirname, '../../..');
const BLOB_MAIN = 'https://github.com/planwright/planwright/blob/main/';

describe('rule documentation links', () => {
  it('point at docs/rules/<id>.md on the main branch', () => {
    assert.equal(ruleDocsUrl('schema'), 'https://github.com/planwright/planwright/blob/main/docs/rules/schema.md');
  });

  it('name a page that exists, for every rule', () => {
    for (const id of RULE_IDS) {
      const url = ruleDocsUrl(id);
      assert.ok(url.startsWith(BLOB_MAIN), url);
      assert.ok(existsSync(path.join(REPO, url.slice(BLOB_MAIN.length))), `${id}: ${url}`);
    }
  });
});
