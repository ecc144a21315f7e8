import * as assert from 'node:assert/strict';
import { crlf, lines, manifest, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

const words = (...entries: string[]) => manifest(lines('plain-language:', '  words:', ...entries.map((entry) => `    - ${entry}`)));
const shown = (files: Record<string, string>) =>
  checkPlan(files, { rules: ['plain-language'] })
    .findings.filter((f) => f.ruleId === 'plain-language')
    .map((f) => ({ message: f.message, data: f.data }));

/** Edges of plain-language: web addresses, the quoted term, overlapping terms, and word lists that change between checks. */
describe('plain-language: edges', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  it('web addresses are not prose: bare, in angle brackets, http, mailto and www forms', () => {
    checkPlan(
      {
        'plan.yaml': manifest(),
        'a.md': lines(
          'See https://example.org/leverage and http://example.org/leverage and <https://example.org/leverage>.',
          'Or www.example.org/leverage and mailto:leverage@example.org today.',
          '',
        ),
      },
      { rules: ['plain-language'] },
    );
  });

  it('jargon after a web address keeps its column', () => {
    checkPlan(
      {
        'plan.yaml': manifest(),
        'a.md': lines('See https://example.org/a then www.example.org/b, going forward.', '                                                  ^^^^^^^^^^^^^ plain-language', ''),
      },
      { rules: ['plain-language'] },
    );
  });

  it('a term split across a CRLF line break is quoted with one space', () => {
    assert.deepEqual(
      shown({
        'plan.yaml': crlf(manifest()),
        'a.md': crlf(lines('Our finances are a burning', '                   ^^^^^^^ plain-language', 'platform.', '')),
      }).map((f) => f.message),
      ['"burning platform" is jargon many readers will not follow: try "say what will go wrong, and for whom, if nothing changes"'],
    );
  });

  it('a term with an empty alternative: "say it plainly", and no replacement data', () => {
    assert.deepEqual(shown({ 'plan.yaml': words('{ term: qwerty-speak, instead: "" }'), 'a.md': lines('We use qwerty-speak.', '       ^^^^^^^^^^^^ plain-language', '') }), [
      { message: '"qwerty-speak" is jargon many readers will not follow: say it plainly', data: undefined },
    ]);
  });

  it('the longest term wins where one term starts another', () => {
    assert.deepEqual(
      shown({
        'plan.yaml': words('{ term: burning platform strategy, instead: rescue plan }'),
        'a.md': lines('Our burning platform strategy is ready.', '    ^^^^^^^^^^^^^^^^^^^^^^^^^ plain-language', ''),
      }).map((f) => f.message),
      ['"burning platform strategy" is jargon many readers will not follow: try "rescue plan"'],
    );
  });

  it('a word list of the same length as the previous one is not mistaken for it', () => {
    const prose = lines('We use zorp-talk and blip-speak.', '');
    checkPlan({ 'plan.yaml': words('{ term: zorp-talk, instead: plain words }'), 'a.md': prose.replace('\n', '\n       ^^^^^^^^^ plain-language\n') }, { rules: ['plain-language'] });
    checkPlan({ 'plan.yaml': words('{ term: blip-speak, instead: plain words }'), 'a.md': prose.replace('\n', '\n                     ^^^^^^^^^^ plain-language\n') }, { rules: ['plain-language'] });
  });

  it('word lists whose entries run together differently are kept apart', () => {
    const prose = lines('We use zorp-talk and blip-speak.', '');
    checkPlan(
      { 'plan.yaml': words('{ term: zorp-talk, instead: b }', '{ term: blip-speak, instead: d }'), 'a.md': prose.replace('\n', '\n       ^^^^^^^^^ plain-language\n                     ^^^^^^^^^^ plain-language\n') },
      { rules: ['plain-language'] },
    );
    // The same characters with the second entry folded into the first alternative (joined by a control character).
    checkPlan({ 'plan.yaml': words('{ term: zorp-talk, instead: "bblip-speak\\x01d" }'), 'a.md': prose.replace('\n', '\n       ^^^^^^^^^ plain-language\n') }, { rules: ['plain-language'] });
  });
});
