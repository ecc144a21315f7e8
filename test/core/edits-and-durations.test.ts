import * as assert from 'node:assert/strict';
import { applyEdits, type TextChange } from '../../core/src/index';
import { budgetSpent, duration } from '../../core/src/limits/limits';

/** Applying quick-fix edits to a file's text, and the durations the analysis limits name. */

const at = (line: number, character: number) => ({ line, character });
const edit = (start: [number, number], end: [number, number], newText: string): TextChange => ({ range: { start: at(...start), end: at(...end) }, newText });

describe('applying edits to a text', () => {
  const cases: readonly { name: string; text: string; edits: TextChange[]; expected: string }[] = [
    { name: 'one replacement', text: 'lead: nobody\n', edits: [edit([0, 6], [0, 12], 'test-ccg')], expected: 'lead: test-ccg\n' },
    { name: 'several, given in any order, applied from the end', text: 'a b c\n', edits: [edit([0, 0], [0, 1], 'A'), edit([0, 4], [0, 5], 'C'), edit([0, 2], [0, 3], 'B')], expected: 'A B C\n' },
    { name: 'an insertion and a replacement at the same place: the insertion first', text: 'ab', edits: [edit([0, 1], [0, 1], '+'), edit([0, 1], [0, 2], 'X')], expected: 'a+X' },
    { name: 'a byte-order mark is kept and not counted in positions', text: '\uFEFFid: x\n', edits: [edit([0, 4], [0, 5], 'y')], expected: '\uFEFFid: y\n' },
    { name: 'new lines take the file\'s CRLF', text: 'a\r\nb\r\n', edits: [edit([1, 1], [1, 1], '\nc\nd')], expected: 'a\r\nb\r\nc\r\nd\r\n' },
    { name: 'new lines take the file\'s lone CR', text: 'a\rb', edits: [edit([1, 1], [1, 1], '\r\nc')], expected: 'a\rb\rc' },
    { name: 'a file of one line takes LF', text: 'a', edits: [edit([0, 1], [0, 1], '\r\nb')], expected: 'a\nb' },
    { name: 'edits that touch end to start are not overlapping', text: 'abcd', edits: [edit([0, 0], [0, 2], 'X'), edit([0, 2], [0, 4], 'Y')], expected: 'XY' },
  ];
  for (const c of cases) it(c.name, () => assert.equal(applyEdits(c.text, c.edits), c.expected));

  it('overlapping edits are refused, whatever their order', () => {
    assert.throws(() => applyEdits('abcd', [edit([0, 0], [0, 3], 'X'), edit([0, 2], [0, 4], 'Y')]), /overlapping edits/);
    assert.throws(() => applyEdits('abcd', [edit([0, 2], [0, 4], 'Y'), edit([0, 0], [0, 3], 'X')]), /overlapping edits/);
    assert.throws(() => applyEdits('abcd', [edit([0, 1], [0, 2], 'Y'), edit([0, 0], [0, 4], 'X')]), /overlapping edits/);
  });
});

describe('durations in the analysis limits\' messages', () => {
  const cases: readonly [number, string][] = [
    [0, '0 ms'],
    [249.6, '250 ms'],
    [999.4, '999 ms'],
    [1000, '1.0 s'],
    [2500, '2.5 s'],
    [9_949, '9.9 s'],
    [10_000, '10 s'],
    [30_400, '30 s'],
  ];
  for (const [ms, text] of cases) it(`${ms} ms is "${text}"`, () => assert.equal(duration(ms), text));

  it('a spent budget names the time spent since the start, the rule it stopped before and the limit', () => {
    let now = 5_000;
    const finding = budgetSpent('file:///p/plan.yaml', { startedAt: 1_000, budgetMs: 3_000, now: () => now }, 'trajectory-target');
    now = 0;
    assert.equal(finding.message, 'the analysis of this plan stopped after 4.0 s, before rule `trajectory-target`: that rule and the ones after it did not run (the limit is 3.0 s per plan); findings of the rules before it are shown');
    assert.deepEqual([finding.ruleId, finding.severity, finding.uri, finding.range], ['analysis-stopped', 'error', 'file:///p/plan.yaml', { start: at(0, 0), end: at(0, 0) }]);
  });
});
