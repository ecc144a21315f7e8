import * as assert from 'node:assert/strict';
import { compareFindings, type Finding } from '../../core/src/index';

/** The order every list of findings is given in: file, line, column, rule, then message. */

const at = (uri: string, line: number, character: number, ruleId: string, message: string): Finding => ({
  ruleId,
  message,
  severity: 'warning',
  uri,
  range: { start: { line, character }, end: { line, character: character + 1 } },
});

describe('the order of findings', () => {
  const cases: readonly (readonly [string, Finding, Finding])[] = [
    ['file first', at('file:///a.md', 9, 9, 'z', 'z'), at('file:///b.md', 0, 0, 'a', 'a')],
    ['then the line', at('file:///a.md', 1, 9, 'z', 'z'), at('file:///a.md', 2, 0, 'a', 'a')],
    ['then the column', at('file:///a.md', 1, 3, 'z', 'z'), at('file:///a.md', 1, 4, 'a', 'a')],
    ['then the rule', at('file:///a.md', 1, 3, 'plain-language', 'z'), at('file:///a.md', 1, 3, 'schema', 'a')],
    ['then the message', at('file:///a.md', 1, 3, 'schema', 'a missing key'), at('file:///a.md', 1, 3, 'schema', 'b missing key')],
  ];
  for (const [name, first, second] of cases) {
    it(`${name}: the first comes before the second, the second after, and each equals itself`, () => {
      assert.deepEqual([Math.sign(compareFindings(first, second)), Math.sign(compareFindings(second, first)), compareFindings(first, first)], [-1, 1, 0]);
    });
  }

  it('sorting a shuffled list gives the one order', () => {
    const sorted = cases.flatMap(([, a, b]) => [a, b]).sort(compareFindings);
    const shuffled = [...sorted].reverse().sort(compareFindings);
    assert.deepEqual(shuffled, sorted);
    assert.deepEqual(
      sorted.map((f) => `${f.uri.slice(8)}:${f.range.start.line}:${f.range.start.character} ${f.ruleId} ${f.message}`),
      [
        'a.md:1:3 plain-language z',
        'a.md:1:3 schema a',
        'a.md:1:3 schema a missing key',
        'a.md:1:3 schema b missing key',
        'a.md:1:3 z z',
        'a.md:1:4 a a',
        'a.md:1:9 z z',
        'a.md:2:0 a a',
        'a.md:9:9 z z',
        'b.md:0:0 a a',
      ],
    );
  });
});
