import * as assert from 'node:assert/strict';
import { lines, manifest, projectOf, testEngine } from '../helpers/engine';

/**
 * A commitment block that does not parse (a bracket not yet closed while it
 * is typed) still names its commitment on its `id:` line: missing-response
 * does not also call the commitment unanswered; yaml-syntax says what is
 * wrong. Where the id itself cannot be read, nothing says which commitment
 * the block answers, and missing-response speaks as before.
 */

const ID = 'mh-crisis-care';
const UNANSWERED = `no response to the foundational commitment \`${ID}\``;

function findingsOf(...content: string[]): { missing: boolean; syntax: number } {
  const chapter = lines('# Mental health', '', '```commitment', ...content, '```', '');
  const findings = projectOf({ 'plan.yaml': manifest(), 'a.md': chapter })
    .analyzeAll()
    .flatMap((a) => a.findings);
  return {
    missing: findings.some((f) => f.ruleId === 'missing-response' && f.message.startsWith(UNANSWERED)),
    syntax: findings.filter((f) => f.ruleId === 'yaml-syntax').length,
  };
}

describe('missing-response and a commitment block that does not parse', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const cases: { name: string; content: string[]; missing: boolean; syntax: boolean }[] = [
    { name: 'a readable response: answered', content: [`id: ${ID}`, 'status: at-risk'], missing: false, syntax: false },
    { name: 'no block for it at all: unanswered', content: ['id: mh-liaison', 'status: at-risk'], missing: true, syntax: false },
    { name: 'a bracket not yet closed after the id: not called unanswered', content: [`id: ${ID}`, 'status: [at-risk'], missing: false, syntax: true },
    { name: 'the id quoted, with a comment: not called unanswered', content: [`id: "${ID}" # crisis lines`, 'partners: [test-ccg'], missing: false, syntax: true },
    { name: 'the id itself unreadable: unanswered, as nothing says which commitment it is', content: [`id: [${ID}`, 'status: at-risk'], missing: true, syntax: true },
    { name: 'an indented id (not the block\'s own) does not count', content: ['organisations:', `  id: ${ID}`, '  x: [1'], missing: true, syntax: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = findingsOf(...c.content);
      assert.equal(found.missing, c.missing, 'missing-response');
      assert.equal(found.syntax > 0, c.syntax, 'yaml-syntax');
    });
  }
});
