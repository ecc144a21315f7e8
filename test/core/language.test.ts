import * as assert from 'node:assert/strict';
import { language } from '../../core/src/index';
import { withCursor } from '../helpers/cursor';
import { lines, manifest, PLAN_ROOT, projectOf } from '../helpers/engine';

/** Completion labels at the $0 cursor in a file of a small plan. */
function complete(file: string, fixture: string, extra: Record<string, string> = {}): string[] {
  const { text, position } = withCursor(fixture);
  const project = projectOf({ 'plan.yaml': manifest(), ...extra, [file]: text });
  return language.completions(project, PLAN_ROOT + file, position).map((c) => c.label);
}

function hoverText(file: string, fixture: string, extra: Record<string, string> = {}): string | undefined {
  const { text, position } = withCursor(fixture);
  const project = projectOf({ 'plan.yaml': manifest(), ...extra, [file]: text });
  return language.hover(project, PLAN_ROOT + file, position, { guidance: true })?.markdown;
}

describe('completion contexts', () => {
  const cases: { name: string; file: string; fixture: string; includes?: string[]; excludes?: string[]; exactly?: string[] }[] = [
    { name: 'commitment ids after [[', file: 'a.md', fixture: 'We will [[mh-$0', includes: ['mh-talking-therapies', 'mh-crisis-care'] },
    { name: 'block types after a fence', file: 'a.md', fixture: '```$0', exactly: ['commitment', 'finance', 'workforce', 'inequalities', 'assumptions', 'milestones'] },
    { name: 'commitment ids as a block id', file: 'a.md', fixture: lines('```commitment', 'id: $0', '```'), includes: ['pc-networks'] },
    { name: 'statuses from the schema enum', file: 'a.md', fixture: lines('```commitment', 'id: pc-networks', 'status: $0', '```'), exactly: ['on-track', 'at-risk', 'off-track', 'not-started', 'not-applicable'] },
    { name: 'keys of a commitment block', file: 'a.md', fixture: lines('```commitment', 'id: pc-networks', 'traj$0', '```'), includes: ['trajectory', 'status', 'partners'] },
    { name: 'footprint organisations as lead', file: 'a.md', fixture: lines('```commitment', 'lead: $0', '```'), includes: ['test-ccg', 'test-council'], excludes: ['public'] },
    { name: 'organisations in a flow list of partners', file: 'a.md', fixture: lines('```commitment', 'partners: [test-ccg, te$0]', '```'), includes: ['test-mh'] },
    { name: 'organisations in a block list of partners', file: 'a.md', fixture: lines('```commitment', 'partners:', '  - $0', '```'), includes: ['test-hospital'] },
    { name: 'the plan\'s years as trajectory keys', file: 'a.md', fixture: lines('```commitment', 'trajectory:', '  $0', '```'), exactly: ['2019/20', '2020/21', '2021/22', '2022/23', '2023/24'] },
    { name: 'the plan\'s years under a trajectory key followed by a comment', file: 'a.md', fixture: lines('```commitment', 'trajectory: # one value a year', '  $0', '```'), exactly: ['2019/20', '2020/21', '2021/22', '2022/23', '2023/24'] },
    { name: 'years inside a flow trajectory', file: 'a.md', fixture: lines('```commitment', 'trajectory: { 2019/20: 1, 20$0 }', '```'), includes: ['2020/21'] },
    { name: 'rule ids in a disable comment', file: 'a.md', fixture: '<!-- planwright-disable plain-$0', includes: ['plain-language'] },
    { name: 'organisations as a milestone owner in a YAML-only file', file: 'data/x.yaml', fixture: lines('milestones:', '  - what: x', '    owner: $0'), includes: ['test-cvs'] },
    { name: 'front matter area from the catalog', file: 'a.md', fixture: lines('---', 'area: $0', '---'), includes: ['mental-health', 'cancer'] },
    { name: 'assumption ids as keys of an assumptions block', file: 'a.md', fixture: lines('```assumptions', '$0', '```'), includes: ['emergency-admissions-growth', 'bed-days-change'] },
    { name: 'nothing in plain prose', file: 'a.md', fixture: 'Plain words $0here.', exactly: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const labels = complete(c.file, c.fixture);
      if (c.exactly) assert.deepEqual(labels, c.exactly);
      for (const label of c.includes ?? []) assert.ok(labels.includes(label), `${label} missing from ${labels.slice(0, 12).join(', ')}`);
      for (const label of c.excludes ?? []) assert.ok(!labels.includes(label), `${label} should not be offered`);
    });
  }

  it('completes engagement `with` in plan.yaml with groups too', () => {
    const fixture = manifest().replace('  - { with: staff, how: staff survey }', '  - with: $0');
    const { text, position } = withCursor(fixture);
    const labels = language.completions(projectOf({ 'plan.yaml': text }), `${PLAN_ROOT}plan.yaml`, position).map((c) => c.label);
    assert.ok(labels.includes('public') && labels.includes('test-council'), labels.join(', '));
  });

  it('completes inside flow-mapping list items in plan.yaml (engagement `with`, organisation `type`)', () => {
    for (const [line, expected] of [
      ['  - { with: pub$0 }', 'public'],
      ['    - { id: new-org, name: New, type: lo$0 }', 'local-authority'],
    ] as const) {
      const fixture = line.includes('with') ? manifest().replace('  - { with: staff, how: staff survey }', line) : manifest().replace("    - { id: test-cvs, name: Test Voluntary Action, type: vcse }", `    - { id: test-cvs, name: Test Voluntary Action, type: vcse }\n${line}`);
      const { text, position } = withCursor(fixture);
      const labels = language.completions(projectOf({ 'plan.yaml': text }), `${PLAN_ROOT}plan.yaml`, position).map((c) => c.label);
      assert.ok(labels.includes(expected), `${expected} missing from ${labels.join(', ')}`);
    }
  });

  it('replaces the whole id being typed and closes the brackets', () => {
    const { text, position } = withCursor('See [[mh-cri$0 now.');
    const project = projectOf({ 'plan.yaml': manifest(), 'a.md': text });
    const item = language.completions(project, `${PLAN_ROOT}a.md`, position).find((c) => c.label === 'mh-crisis-care');
    assert.deepEqual(item?.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 12 } });
    assert.equal(item?.insertText, 'mh-crisis-care]]');
  });
});

describe('hover contexts', () => {
  it('a commitment id: title, kind, target, this plan\'s fair share, source and guidance', () => {
    const text = hoverText('a.md', lines('```commitment', 'id: mh-talk$0ing-therapies', 'status: on-track', 'trajectory: { 2019/20: 30000, 2020/21: 34000, 2021/22: 38000, 2022/23: 41000, 2023/24: 45000 }', '```'));
    assert.ok(text);
    assert.match(text, /\*\*Widen access to talking therapies\*\*/);
    assert.match(text, /Foundational commitment · Mental health · ltp-2019/);
    assert.match(text, /\*\*Target:\*\* at least 1,900,000 by 2023\/24/);
    assert.match(text, /fair share:\*\* 42,194 \(1,900,000 × 1,250,000 ÷ 56\.3m\)/);
    assert.match(text, /\*\*This plan:\*\* 2023\/24: 45,000 against a fair share of 42,194.*meets fair share 42,194 by 2023\/24/);
    assert.match(text, /\*\*Coverage:\*\* met \(meets fair share 42,194 by 2023\/24\); the plan says on-track/);
    assert.match(text, /\*\*What a good response shows:\*\*/);
    assert.match(text, /Source: \[/);
  });

  it('a [[reference]] and an unconfirmed figure', () => {
    const text = hoverText('a.md', 'See [[uec-urgent-treat$0ment-centres]].');
    assert.match(text ?? '', /not confirmed by a retrieved source: shown here, never enforced/);
  });

  it('an organisation, a rule id and a plan year', () => {
    assert.match(hoverText('a.md', lines('```commitment', 'lead: test-m$0h', '```')) ?? '', /\*\*Test MH Trust\*\* · `test-mh`\n\nType: mental-health-provider/);
    assert.match(hoverText('a.md', lines('<!-- planwright-disable plain-lang$0uage: quoting -->', '', 'Text.')) ?? '', /\*\*plain-language\*\* \(default: warning\)/);
    assert.match(hoverText('a.md', lines('```commitment', 'trajectory: { 2021$0/22: 5 }', '```')) ?? '', /year 3 of 5 of the plan period \(2019\/20 to 2023\/24\), 2021-04-01 to 2022-03-31/);
  });

  it('nothing on plain prose', () => {
    assert.equal(hoverText('a.md', 'Plain $0words.'), undefined);
  });
});

describe('quick fixes', () => {
  const findingsOf = (files: Record<string, string>, ruleId: string) => {
    const project = projectOf(files);
    const findings = project.analyzeAll().flatMap((a) => a.findings).filter((f) => f.ruleId === ruleId);
    return { project, findings };
  };

  it('fills missing trajectory years by interpolation, keeping the flow style', () => {
    const { project, findings } = findingsOf({ 'plan.yaml': manifest(), 'a.md': lines('```commitment', 'id: mh-liaison', 'status: on-track', 'trajectory: { 2019/20: 40%, 2021/22: 60%, 2023/24: 70% }', '```') }, 'trajectory-period');
    const actions = language.codeActions(project, `${PLAN_ROOT}a.md`, findings);
    const fill = actions.find((a) => a.title.startsWith('Fill the missing years'));
    assert.equal(fill?.edits[0]?.newText, '{ 2019/20: 40%, 2020/21: "50%", 2021/22: 60%, 2022/23: "65%", 2023/24: 70% }');
  });

  it('fills missing years in a block-style trajectory', () => {
    const { project, findings } = findingsOf({ 'plan.yaml': manifest(), 'a.md': lines('```commitment', 'id: pc-network-staff', 'status: on-track', 'trajectory:', '  2019/20: 100', '  2023/24: 500', '```') }, 'trajectory-period');
    const fill = language.codeActions(project, `${PLAN_ROOT}a.md`, findings).find((a) => a.title.startsWith('Fill'));
    assert.equal(fill?.edits[0]?.newText, lines('2019/20: 100', '  2020/21: 200', '  2021/22: 300', '  2022/23: 400', '  2023/24: 500'));
  });

  it('inserts a response skeleton for a missing commitment in the chapter of its area', () => {
    const { project, findings } = findingsOf({ 'plan.yaml': manifest(), 'mh.md': lines('---', 'area: mental-health', '---', '# Mental health', ''), 'other.md': '# Other\n' }, 'missing-response');
    const finding = findings.find((f) => f.data?.commitment === 'mh-perinatal');
    assert.ok(finding);
    const action = language.codeActions(project, `${PLAN_ROOT}plan.yaml`, [finding]).find((a) => a.title.startsWith('Add a response'));
    assert.equal(action?.edits[0]?.uri, `${PLAN_ROOT}mh.md`);
    assert.match(action?.edits[0]?.newText ?? '', /^\n```commitment\nid: mh-perinatal\nstatus: not-started\n/);
  });

  it('adds a disable comment with a reason placeholder that is still reported', () => {
    const { project, findings } = findingsOf({ 'plan.yaml': manifest(), 'a.md': lines('# T', '', 'Going forward we will act.', '') }, 'plain-language');
    const action = language.codeActions(project, `${PLAN_ROOT}a.md`, findings).find((a) => a.title.startsWith('Disable'));
    assert.deepEqual(action?.edits[0], { uri: `${PLAN_ROOT}a.md`, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '<!-- planwright-disable plain-language: say why -->\n' });
    const after = projectOf({ 'plan.yaml': manifest(), 'a.md': lines('# T', '', '<!-- planwright-disable plain-language: say why -->', 'Going forward we will act.', '') });
    const rules = after.analyzeAll()[0]?.findings.map((f) => f.ruleId) ?? [];
    assert.ok(!rules.includes('plain-language') && rules.includes('suppression-reason'), rules.join(', '));
  });
});

describe('symbols, lenses and folding', () => {
  const chapter = lines('# Mental health', '', '## Talking therapies', '', '```commitment', 'id: mh-talking-therapies', 'status: at-risk', 'trajectory: { 2019/20: 1000, 2020/21: 2000, 2021/22: 3000, 2022/23: 3100, 2023/24: 3100 }', '```', '', '## System', '', '```commitment', 'id: ics-by-2021', 'status: on-track', '```', '');
  const project = projectOf({ 'plan.yaml': manifest(), 'mh.md': chapter });

  it('outlines headings with blocks named by commitment under them', () => {
    const symbols = language.documentSymbols(project, `${PLAN_ROOT}mh.md`);
    assert.deepEqual(symbols.map((s) => [s.name, s.children.map((c) => [c.name, c.children.map((g) => g.name)])]), [['Mental health', [['Talking therapies', ['mh-talking-therapies']], ['System', ['ics-by-2021']]]]]);
  });

  it('puts a lens above each response with its coverage status and why, in the words of the reports', () => {
    assert.deepEqual(language.codeLenses(project, `${PLAN_ROOT}mh.md`).map((l) => l.title), ['partial: 3,100 in 2023/24 against fair share 42,194: short by 93%', 'answered: no measurable national target']);
  });

  it('a lens for a plan requirement names the finding holding it back, and a not-applicable one its reason', () => {
    const requirements = lines(
      '```commitment', 'id: people-plan', 'status: on-track', '```', '',
      '```commitment', 'id: productivity', 'status: on-track', '```', '',
      '```commitment', 'id: capital-use', 'status: not-applicable', 'reason: Capital is planned by the region.', '```', '',
      '```finance', 'unit: £m', 'income: { 2019/20: 100 }', 'expenditure: { 2019/20: 100 }', 'efficiency: { 2019/20: 2% }', '```', '',
    );
    const plan = projectOf({ 'plan.yaml': manifest(), 'req.md': requirements });
    assert.deepEqual(plan.analyzeAll()[0]?.findings.filter((f) => f.ruleId === 'finance-balance').map((f) => f.message), []);
    assert.deepEqual(language.codeLenses(plan, `${PLAN_ROOT}req.md`).map((l) => l.title), [
      'partial: held back by workforce-gap: the plan has no workforce data: add a workforce block with demand and supply for each staff group, matched to the activity the plan expects',
      'met: finance-balance finds nothing holding it back',
      'not applicable: Capital is planned by the region.',
    ]);
  });

  it('folds fenced blocks and finds workspace symbols', () => {
    assert.deepEqual(language.foldingRanges(project, `${PLAN_ROOT}mh.md`), [{ startLine: 4, endLine: 8 }, { startLine: 12, endLine: 15 }]);
    assert.ok(language.workspaceSymbols(project, 'ics-by').some((s) => s.name === 'ics-by-2021' && s.kind === 'response'));
  });
});
