import * as assert from 'node:assert/strict';
import { applyEdits, language, type TextChange } from '../../core/src/index';
import { crlf, lines, manifest, PLAN_ROOT, projectOf } from '../helpers/engine';
import { FIXABLE_CHAPTER as CHAPTER, FIXED_CHAPTER as FIXED } from '../helpers/fixable-plan';

function fixOnce(text: string): { fixed: string; rules: string[] } {
  const project = projectOf({ 'plan.yaml': manifest(), 'a.md': text });
  const fixes = language.preferredFixes(project, PLAN_ROOT);
  const edits = language.editsByFile(fixes).get(`${PLAN_ROOT}a.md`) ?? [];
  return { fixed: applyEdits(text, edits), rules: fixes.map((f) => f.finding.ruleId).sort() };
}

describe('preferred fixes (check --fix)', () => {
  it('picks the preferred fix of each finding: the one did-you-mean id, the missing years filled', () => {
    const { fixed, rules } = fixOnce(CHAPTER);
    assert.deepEqual(rules, ['trajectory-period', 'unknown-commitment']);
    assert.equal(fixed, FIXED);
  });

  it('leaves nothing for a second run to fix', () => {
    const { fixed } = fixOnce(CHAPTER);
    assert.deepEqual(fixOnce(fixed).rules, []);
  });

  it('offers no fix for an id with several close candidates', () => {
    const project = projectOf({ 'plan.yaml': manifest(), 'a.md': lines('```commitment', 'id: mh', 'status: on-track', '```', '') });
    const unknown = project.analyze(PLAN_ROOT).findings.filter((f) => f.ruleId === 'unknown-commitment');
    assert.equal(unknown.length, 1);
    assert.notEqual(unknown[0]?.data?.suggestions?.length, 1);
    assert.deepEqual(language.preferredFixes(project, PLAN_ROOT).filter((f) => f.finding.ruleId === 'unknown-commitment'), []);
  });

  it('on a CRLF file with a BOM, changes only the fixed spans (new lines take CRLF)', () => {
    const { fixed } = fixOnce(`\uFEFF${crlf(CHAPTER)}`);
    assert.equal(fixed, `\uFEFF${crlf(FIXED)}`);
  });
});

describe('applyEdits', () => {
  const at = (line: number, start: number, end: number, newText: string): TextChange => ({ range: { start: { line, character: start }, end: { line, character: end } }, newText });
  const cases: { name: string; text: string; edits: TextChange[]; expected: string }[] = [
    { name: 'edits applied from the end keep earlier positions valid', text: 'abc\ndef\n', edits: [at(0, 0, 1, 'XX'), at(1, 1, 2, 'YY')], expected: 'XXbc\ndYYf\n' },
    { name: 'two edits on one line', text: 'a-b-c', edits: [at(0, 0, 1, 'A'), at(0, 4, 5, 'C')], expected: 'A-b-C' },
    { name: 'a BOM is kept and positions ignore it', text: '\uFEFFab\r\ncd', edits: [at(1, 0, 1, 'X')], expected: '\uFEFFab\r\nXd' },
    { name: 'line breaks in new text follow CRLF', text: 'a\r\nb\r\n', edits: [at(0, 1, 1, '\nz')], expected: 'a\r\nz\r\nb\r\n' },
    { name: 'line breaks in new text follow a lone CR', text: 'a\rb', edits: [at(1, 1, 1, '\nz')], expected: 'a\rb\rz' },
    { name: 'insertion at the end of the file', text: 'a', edits: [at(0, 1, 1, 'b')], expected: 'ab' },
    { name: 'no edits, same text', text: 'x\r\n\u00e9\t \n', edits: [], expected: 'x\r\n\u00e9\t \n' },
  ];
  for (const { name, text, edits, expected } of cases) {
    it(name, () => assert.equal(applyEdits(text, edits), expected));
  }

  it('refuses overlapping edits', () => {
    assert.throws(() => applyEdits('abcdef', [at(0, 0, 3, 'x'), at(0, 2, 4, 'y')]), /overlapping/);
  });
});
