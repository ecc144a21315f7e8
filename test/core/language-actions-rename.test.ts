import * as assert from 'node:assert/strict';
import { applyEdits, language, type CodeAction, type FileEdit, type Finding, type FindingData, type Range } from '../../core/src/index';
import { crlf, lines, manifest, PLAN_ROOT, projectOf } from '../helpers/engine';

/**
 * The quick fixes offered for findings (codeActions) and the preferred ones
 * taken together (fix all): exact titles, edits and the text they leave.
 */

const A = `${PLAN_ROOT}a.md`;
const B = `${PLAN_ROOT}b.md`;
const PLAN = `${PLAN_ROOT}plan.yaml`;
const span = (line: number, start: number, end: number, endLine = line): Range => ({ start: { line, character: start }, end: { line: endLine, character: end } });
const insertion = (line: number): Range => span(line, 0, 0);

/** A finding written out as a rule reports it, for the fix under test. */
function finding(ruleId: string, uri: string, range: Range, data?: FindingData): Finding {
  return { ruleId, severity: 'warning', message: `${ruleId} here`, uri, range, ...(data ? { data } : {}) };
}

/** The "disable" action for a rule, inserting `newText` at the start of `line`. */
const disabling = (ruleId: string, uri: string, line: number, newText: string): CodeAction => ({
  title: `Disable ${ruleId} here (with a reason)`,
  edits: [{ uri, range: insertion(line), newText }],
});
const htmlDisable = (ruleId: string, line: number, uri = A): CodeAction => disabling(ruleId, uri, line, `<!-- planwright-disable ${ruleId}: say why -->\n`);

/** The project, the findings of `ruleId` in `file`, and the actions offered for them. */
function offered(files: Record<string, string>, file: string, ruleId: string) {
  const project = projectOf(files);
  const findings = project.analyzeAll().flatMap((a) => a.findings).filter((f) => f.uri === PLAN_ROOT + file && f.ruleId === ruleId);
  return { project, findings, actions: findings.map((f) => language.codeActions(project, f.uri, [f])) };
}

const fill = (newText: string, range: Range, years: string): CodeAction => ({ title: `Fill the missing years (${years}) by interpolation`, edits: [{ uri: A, range, newText }], isPreferred: true });
const commitment = (id: string, ...rest: string[]): string[] => ['```commitment', `id: ${id}`, 'status: on-track', ...rest, '```', ''];

describe('quick fixes for findings', () => {
  it('offers one change per close candidate (preferred only when alone), then each rule\'s disable comment once per block', () => {
    const text = lines(...commitment('mh-crisis-care', 'lead: test-c', 'partners: [test-hospitl]', 'trajectory: { 2019/20: 10, 2023/24: 50 }'));
    const project = projectOf({ 'plan.yaml': manifest(), 'a.md': text });
    const findings = project.analyzeAll().flatMap((a) => a.findings).filter((f) => f.uri === A);
    const change = (line: number, start: number, end: number, id: string, isPreferred: boolean): CodeAction => ({ title: `Change to \`${id}\``, edits: [{ uri: A, range: span(line, start, end), newText: id }], isPreferred });
    assert.deepEqual(language.codeActions(project, A, findings), [
      change(3, 6, 12, 'test-ccg', false),
      change(3, 6, 12, 'test-council', false),
      change(3, 6, 12, 'test-cvs', false),
      htmlDisable('unknown-organisation', 0),
      change(4, 11, 23, 'test-hospital', true),
      fill('{ 2019/20: 10, 2020/21: 20, 2021/22: 30, 2022/23: 40, 2023/24: 50 }', span(5, 12, 40), '2020/21, 2021/22, 2022/23'),
      htmlDisable('trajectory-period', 0),
    ]);
  });

  describe('a plain-language replacement is offered only when it is a plain phrase to put in place', () => {
    const text = lines('# Access', '', 'We will leverage the budget.', '');
    const project = projectOf({ 'plan.yaml': manifest(), 'a.md': text });
    const term = span(2, 8, 16);
    const cases: { replacement: string; offered: boolean }[] = [
      { replacement: 'use', offered: true },
      { replacement: 'work with', offered: true },
      { replacement: 'rename the service', offered: true },
      { replacement: '2 steps', offered: false },
      { replacement: 'done!', offered: false },
      { replacement: 'say what will change', offered: false },
      { replacement: 'Name the teams', offered: false },
      { replacement: 'from now on (or leave it out)', offered: false },
    ];
    for (const c of cases) {
      it(`"${c.replacement}": ${c.offered ? 'offered' : 'only the disable comment'}`, () => {
        const actions = language.codeActions(project, A, [finding('plain-language', A, term, { replacement: c.replacement })]);
        const replace: CodeAction = { title: `Replace with "${c.replacement}"`, edits: [{ uri: A, range: term, newText: c.replacement }] };
        assert.deepEqual(actions, [...(c.offered ? [replace] : []), htmlDisable('plain-language', 2)]);
      });
    }

    it('replaces the term in place', () => {
      const [replace] = language.codeActions(project, A, [finding('plain-language', A, term, { replacement: 'use' })]);
      assert.equal(applyEdits(text, replace?.edits ?? []), lines('# Access', '', 'We will use the budget.', ''));
    });

    it('not for another rule\'s finding carrying a replacement', () => {
      assert.deepEqual(language.codeActions(project, A, [finding('engagement', A, term, { replacement: 'use' })]), [htmlDisable('engagement', 2)]);
    });
  });

  it('adds a response for a missing commitment, and disables the finding in plan.yaml with a YAML comment at the line\'s indentation', () => {
    const { project, findings } = offered({ 'plan.yaml': manifest(), 'pc.md': '# Primary care\n' }, 'plan.yaml', 'missing-response');
    const missing = findings.find((f) => f.data?.commitment === 'pc-funding-growth');
    assert.ok(missing);
    assert.deepEqual(language.codeActions(project, PLAN, [missing]), [
      {
        title: 'Add a response to `pc-funding-growth` in pc.md',
        edits: [{ uri: `${PLAN_ROOT}pc.md`, range: span(1, 0, 0), newText: lines('', '```commitment', 'id: pc-funding-growth', 'status: not-started', '# lead: an organisation id from plan.yaml', '# partners: [organisation ids]', '```', '') }],
      },
      disabling('missing-response', PLAN, 2, '  # planwright-disable missing-response: say why\n'),
    ]);
    const otherRule = finding('trajectory-target', PLAN, missing.range, { commitment: 'pc-funding-growth' });
    assert.deepEqual(language.codeActions(project, PLAN, [otherRule]), [disabling('trajectory-target', PLAN, 2, '  # planwright-disable trajectory-target: say why\n')]);
  });

  it('adds a response in the chapter answering its area, past chapters answering other areas or with a block without an id', () => {
    const project = projectOf({
      'plan.yaml': manifest(),
      'a-first.md': lines('# First', '', '```commitment', 'status: on-track', '```', '', ...commitment('pc-networks')),
      'b-answers.md': lines('# Answers', '', ...commitment('mh-liaison')),
    });
    const context = language.documentContext(project, PLAN);
    assert.ok(context);
    assert.equal(language.insertResponse(context, 'mh-crisis-care')?.title, 'Add a response to `mh-crisis-care` in b-answers.md');
  });

  it('a disable comment in plan.yaml keeps a deeper indentation too', () => {
    const project = projectOf({ 'plan.yaml': manifest() });
    const line = manifest().split('\n').indexOf('    - { id: test-cvs, name: Test Voluntary Action, type: vcse }');
    assert.deepEqual(language.codeActions(project, PLAN, [finding('schema', PLAN, span(line, 12, 20))]), [disabling('schema', PLAN, line, '    # planwright-disable schema: say why\n')]);
  });

  it('a bad rule name in a disable comment is corrected, and a missing reason is not disabled again', () => {
    const text = lines('<!-- planwright-disable plain-languag -->', 'Going forward we will act.', '');
    const { actions } = offered({ 'plan.yaml': manifest(), 'a.md': text }, 'a.md', 'suppression-reason');
    assert.deepEqual(actions, [[], [{ title: 'Change to `plain-language`', edits: [{ uri: A, range: span(0, 24, 37), newText: 'plain-language' }], isPreferred: true }]]);
  });

  it('on a CRLF chapter the disable comment ends with CRLF', () => {
    const text = crlf(lines('# T', '', 'We will act.', ''));
    const project = projectOf({ 'plan.yaml': manifest(), 'a.md': text });
    assert.deepEqual(language.codeActions(project, A, [finding('plain-language', A, span(2, 8, 11))]), [disabling('plain-language', A, 2, '<!-- planwright-disable plain-language: say why -->\r\n')]);
  });
});

describe('filling the missing years of a trajectory', () => {
  const fillOf = (text: string, nth = 0): CodeAction[] => {
    const { actions } = offered({ 'plan.yaml': manifest(), 'a.md': text }, 'a.md', 'trajectory-period');
    return (actions[nth] ?? []).filter((a) => a.title.startsWith('Fill'));
  };
  const cases: { name: string; trajectory: string; filled: string; years: string }[] = [
    { name: 'figures when not every value is a percentage, the last value carried after it', trajectory: '{ 2019/20: 40%, 2021/22: 60 }', filled: '{ 2019/20: 40%, 2020/21: 50, 2021/22: 60, 2022/23: 60, 2023/24: 60 }', years: '2020/21, 2022/23, 2023/24' },
    { name: 'one decimal place when not every value is whole', trajectory: '{ 2019/20: 1.5, 2021/22: 4, 2023/24: 4 }', filled: '{ 2019/20: 1.5, 2020/21: 2.8, 2021/22: 4, 2022/23: 4, 2023/24: 4 }', years: '2020/21, 2022/23' },
    { name: 'whole numbers when every value is whole', trajectory: '{ 2019/20: 100, 2021/22: 301, 2023/24: 301 }', filled: '{ 2019/20: 100, 2020/21: 201, 2021/22: 301, 2022/23: 301, 2023/24: 301 }', years: '2020/21, 2022/23' },
    {
      name: 'years in year order, written out of order and outside the period kept, each gap between its neighbours',
      trajectory: '{ 2021/22: 500, 2019/20: 100, 2023/24: 600, 2018/19: 7, 2024/25: 9 }',
      filled: '{ 2018/19: 7, 2019/20: 100, 2020/21: 300, 2021/22: 500, 2022/23: 550, 2023/24: 600, 2024/25: 9 }',
      years: '2020/21, 2022/23',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const text = lines(...commitment('mh-liaison', `trajectory: ${c.trajectory}`));
      assert.deepEqual(fillOf(text), [fill(c.filled, span(3, 12, 12 + c.trajectory.length), c.years)]);
    });
  }

  it('the trajectory the finding is on, when several blocks have one', () => {
    const text = lines(...commitment('mh-liaison', 'trajectory: { 2019/20: 1, 2023/24: 5 }'), ...commitment('mh-perinatal', 'trajectory: { 2019/20: 10, 2021/22: 30, 2023/24: 50 }'));
    assert.deepEqual(fillOf(text, 1), [fill('{ 2019/20: 10, 2020/21: 20, 2021/22: 30, 2022/23: 40, 2023/24: 50 }', span(9, 12, 53), '2020/21, 2022/23')]);
    assert.equal(applyEdits(text, fillOf(text, 1)[0]?.edits ?? []), text.replace('{ 2019/20: 10, 2021/22: 30, 2023/24: 50 }', '{ 2019/20: 10, 2020/21: 20, 2021/22: 30, 2022/23: 40, 2023/24: 50 }'));
  });

  it('finance series written on one line, one of them left out: each finding fills its own series', () => {
    const text = lines('```finance', '{ unit: £m, expenditure: { 2019/20: 100, 2023/24: 140 }, efficiency: { 2019/20: 2%, 2021/22: 3% } }', '```', '');
    assert.deepEqual(fillOf(text, 0), [fill('{ 2019/20: 100, 2020/21: 110, 2021/22: 120, 2022/23: 130, 2023/24: 140 }', span(1, 25, 55), '2020/21, 2021/22, 2022/23')]);
    assert.deepEqual(fillOf(text, 1), [fill('{ 2019/20: 2%, 2020/21: "3%", 2021/22: 3%, 2022/23: "3%", 2023/24: "3%" }', span(1, 69, 97), '2020/21, 2022/23, 2023/24')]);
  });

  it('a workforce group with only its supply, in block style at the years\' indentation', () => {
    const text = lines('```workforce', 'groups:', '  - group: Nurses', '    supply:', '      2019/20: 10', '      2023/24: 30', '```', '');
    assert.deepEqual(fillOf(text), [fill(lines('2019/20: 10', '      2020/21: 15', '      2021/22: 20', '      2022/23: 25', '      2023/24: 30'), span(4, 6, 3, 6), '2020/21, 2021/22, 2022/23')]);
  });

  it('nothing to fill for an empty trajectory, nor for a finding that names no missing years', () => {
    const text = lines(...commitment('mh-liaison', 'trajectory: {}'), ...commitment('mh-perinatal', 'trajectory: { 2019/20: 10, 2023/24: 50 }'));
    const project = projectOf({ 'plan.yaml': manifest(), 'a.md': text });
    const titles = (f: Finding) => language.codeActions(project, A, [f]).map((a) => a.title);
    assert.deepEqual(titles(finding('trajectory-period', A, span(3, 0, 10), { missingYears: ['2019/20'] })), ['Disable trajectory-period here (with a reason)']);
    assert.deepEqual(titles(finding('trajectory-period', A, span(9, 0, 10))), ['Disable trajectory-period here (with a reason)']);
    assert.deepEqual(titles(finding('trajectory-target', A, span(9, 0, 10), { missingYears: ['2020/21'] })), ['Disable trajectory-target here (with a reason)']);
    assert.deepEqual(titles(finding('trajectory-period', A, span(9, 0, 10), { missingYears: ['2020/21'] })), ['Fill the missing years (2020/21) by interpolation', 'Disable trajectory-period here (with a reason)']);
  });
});

describe('where a disable comment goes', () => {
  const CHAPTER = lines(
    '---', //                           0
    'area: mental-health', //           1
    'tags:', //                         2
    '  - talking therapies', //         3
    '---', //                           4
    '# Mental health', //               5
    '', //                              6
    'We will act on access', //         7
    'and on waiting times.', //         8
    '', //                              9
    '  Indented paragraph here.', //   10
    '', //                             11
    '```commitment', //                12
    'id: mh-talking-therapies', //     13
    'status: on-track', //             14
    'lead: test-mh', //                15
    '```', //                          16
    '', //                             17
    'Closing words.', //               18
    '',
  );
  const yamlComment = (indent = '') => `${indent}# planwright-disable plain-language: say why\n`;
  const htmlComment = '<!-- planwright-disable plain-language: say why -->\n';
  const cases: { name: string; line: number; at: number; newText: string }[] = [
    { name: 'a front matter line: a YAML comment above it', line: 1, at: 1, newText: yamlComment() },
    { name: 'an indented front matter line: at its indentation', line: 3, at: 3, newText: yamlComment('  ') },
    { name: 'the line closing the front matter: an HTML comment', line: 4, at: 4, newText: htmlComment },
    { name: 'the first line of a paragraph: above it', line: 7, at: 7, newText: htmlComment },
    { name: 'the last line of a paragraph: above the paragraph', line: 8, at: 7, newText: htmlComment },
    { name: 'an indented paragraph: the HTML comment at column 0', line: 10, at: 10, newText: htmlComment },
    { name: 'inside a block: above the block', line: 14, at: 12, newText: htmlComment },
    { name: 'the closing fence of a block: above the block', line: 16, at: 12, newText: htmlComment },
    { name: 'a paragraph after a block: above that paragraph', line: 18, at: 18, newText: htmlComment },
  ];
  const project = projectOf({ 'plan.yaml': manifest(), 'a.md': CHAPTER });
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(language.codeActions(project, A, [finding('plain-language', A, span(c.line, 0, 2))]), [disabling('plain-language', A, c.at, c.newText)]);
    });
  }

  const frontMatter: { name: string; text: string[]; line: number; yaml: boolean }[] = [
    { name: 'a file that does not open with exactly three dashes has no front matter', text: ['-----', 'area: mental-health', '---', '# Mental health'], line: 1, yaml: false },
    { name: 'front matter is not closed by a longer rule', text: ['---', 'Some prose.', '', '-----', 'More prose.'], line: 1, yaml: false },
    { name: 'front matter closed by nothing is no front matter', text: ['---', 'area: mental-health', '# Mental health'], line: 1, yaml: false },
    { name: 'a rule further down is no front matter', text: ['# Mental health', 'Intro.', '', '---', 'After.'], line: 1, yaml: false },
    { name: 'a value ending in dots does not close the front matter', text: ['---', 'title: More to come...', 'area: mental-health', '---', '# Mental health'], line: 2, yaml: true },
    { name: 'front matter may close with three dots', text: ['---', 'area: mental-health', '...', '# Mental health'], line: 1, yaml: true },
  ];
  for (const c of frontMatter) {
    it(c.name, () => {
      const text = lines(...c.text, '');
      const actions = language.codeActions(projectOf({ 'plan.yaml': manifest(), 'a.md': text }), A, [finding('plain-language', A, span(c.line, 0, 2))]);
      assert.deepEqual(actions.map((a) => a.edits.map((e) => e.newText)), [[c.yaml ? yamlComment() : htmlComment]]);
    });
  }
});

describe('fix all: the preferred fixes taken together', () => {
  const project = projectOf({ 'plan.yaml': manifest(), 'a.md': lines('We will act on access now.', 'And on waiting times.', ''), 'b.md': lines('We will act on access now.', '') });
  const edit = (uri: string, range: Range, newText: string): FileEdit => ({ uri, range, newText });
  /** A finding whose own fix (preferred) makes these edits. */
  const fixing = (title: string, ...edits: FileEdit[]): Finding => finding('schema', edits[0]?.uri ?? A, edits[0]?.range ?? span(0, 0, 0), { fix: { title, edits, preferred: true } });
  const taken = (findings: Finding[]) => language.selectPreferredFixes(project, findings).map((f) => [f.title, f.edits]);
  const first = edit(A, span(0, 0, 7), 'We shall');
  const secondLine = edit(A, span(1, 4, 6), 'upon');

  const cases: { name: string; findings: Finding[]; taken: [string, FileEdit[]][] }[] = [
    { name: 'an edit already taken is not taken again, the rest of its fix is', findings: [fixing('one', first), fixing('two', first, secondLine)], taken: [['one', [first]], ['two', [secondLine]]] },
    { name: 'another text for the same span conflicts, and its whole fix waits', findings: [fixing('one', first), fixing('two', edit(A, span(0, 0, 7), 'We must'), secondLine)], taken: [['one', [first]]] },
    { name: 'the same text from a later start conflicts', findings: [fixing('one', first), fixing('two', edit(A, span(0, 3, 7), 'We shall'), secondLine)], taken: [['one', [first]]] },
    { name: 'the same text to an earlier end conflicts', findings: [fixing('one', first), fixing('two', edit(A, span(0, 0, 5), 'We shall'), secondLine)], taken: [['one', [first]]] },
    { name: 'the same edit in another file is its own', findings: [fixing('one', first), fixing('two', edit(B, span(0, 0, 7), 'We shall'))], taken: [['one', [first]], ['two', [edit(B, span(0, 0, 7), 'We shall')]]] },
    { name: 'one overlapping edit holds back the whole fix', findings: [fixing('one', first), fixing('two', edit(A, span(0, 20, 25), 'soon'), edit(A, span(0, 3, 4), 'x'))], taken: [['one', [first]]] },
    { name: 'an insertion at the end of a taken edit touches it', findings: [fixing('one', first), fixing('two', edit(A, span(0, 7, 7), ' also'))], taken: [['one', [first]]] },
    { name: 'an insertion at the start of a taken edit touches it', findings: [fixing('one', edit(A, span(0, 8, 11), 'do')), fixing('two', edit(A, span(0, 8, 8), 'really '))], taken: [['one', [edit(A, span(0, 8, 11), 'do')]]] },
    { name: 'separate edits on one line are both taken', findings: [fixing('one', first), fixing('two', edit(A, span(0, 20, 25), 'soon'))], taken: [['one', [first]], ['two', [edit(A, span(0, 20, 25), 'soon')]]] },
    { name: 'the same fix from two findings is taken once', findings: [fixing('one', first), fixing('one', first)], taken: [['one', [first]]] },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(taken(c.findings), c.taken));
  }

  it('names the number of fixes, one or several', () => {
    assert.deepEqual(language.fixAll(project, [fixing('one', first), fixing('one', first)]), { title: 'Fix all (1 preferred fix)', edits: [first], isPreferred: false });
    assert.deepEqual(language.fixAll(project, [fixing('one', first), fixing('two', secondLine)]), { title: 'Fix all (2 preferred fixes)', edits: [first, secondLine], isPreferred: false });
  });
});
