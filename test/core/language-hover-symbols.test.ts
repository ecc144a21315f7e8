import * as assert from 'node:assert/strict';
import { language, PlanProject, type Position } from '../../core/src/index';
import { withCursor } from '../helpers/cursor';
import { lines, manifest, PLAN_ROOT, projectOf, testEngine } from '../helpers/engine';

/** Hover cards: commitments (with every part of the target model), organisations, years, block types, and catalog files. */

/** Paragraphs of a hover card, as the card joins them. */
const card = (...paragraphs: string[]): string => paragraphs.join('\n\n');

/** A local catalog with one commitment, `local-screening`, of the given kind, with the given extra lines (source, target, deadline). */
function localCatalog(kind: string, ...extra: string[]): string {
  return lines(
    'catalog: { id: local, title: Local, version: "1", period: { start: 2019/20, end: 2023/24 } }',
    'areas: [{ id: local-area, title: Local area }]',
    'commitments:',
    '  - id: local-screening',
    '    area: local-area',
    `    kind: ${kind}`,
    '    title: Screening uptake',
    '    summary: More people screened.',
    '    guidance: Give a yearly trajectory.',
    ...extra.map((line) => `    ${line}`),
    '',
  );
}

/** The hover at the $0 cursor of `a.md`, in a plan using the local catalog. */
function hoverLocal(catalog: string, chapter: string, guidance = true): string | undefined {
  const { text, position } = withCursor(chapter);
  const project = projectOf({ 'plan.yaml': manifest('catalogs: [local.catalog.yaml]'), 'local.catalog.yaml': catalog, 'a.md': text });
  return language.hover(project, `${PLAN_ROOT}a.md`, position, { guidance })?.markdown;
}

const REFERENCE = 'See [[local-scr$0eening]].';
const HEAD = ['**Screening uptake** · `local-screening`', 'Transformation · Local area · local', 'More people screened.'];
const MISSING = '**Coverage:** missing (no response)';
const GUIDANCE = '**What a good response shows:** Give a yearly trajectory.';
const SOURCE = 'source: { title: Board paper }';

describe('hover on a commitment: the card', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  for (const [kind, label] of [['foundational', 'Foundational commitment'], ['transformation', 'Transformation'], ['requirement', 'Plan requirement']] as const) {
    it(`names a ${kind} commitment "${label}", with the area's title and the catalog`, () => {
      assert.equal(hoverLocal(localCatalog(kind, SOURCE), REFERENCE), card('**Screening uptake** · `local-screening`', `${label} · Local area · local`, 'More people screened.', MISSING, GUIDANCE, 'Source: Board paper'));
    });
  }

  const cases: { name: string; extra: string[]; body: string[]; source?: string }[] = [
    {
      name: 'a confirmed rate to increase: at least, no "(national)", its note, the deadline, and a source with a part and a link',
      extra: ['source: { title: Board paper, ref: "section 4", url: https://example.org/paper }', 'deadline: March 2024', 'target: { measure: people screened, value: "80%", scale: rate, direction: increase, by: 2023/24, note: Local ambition. }'],
      body: ['**Target:** at least 80% by 2023/24: people screened', '_Local ambition._', '**Deadline:** March 2024'],
      source: 'Source: [Board paper, section 4](https://example.org/paper)',
    },
    {
      name: 'an unconfirmed duration to decrease: at most, the unconfirmed notice and how it is measured',
      extra: [SOURCE, 'target: { measure: waits, value: 25, scale: duration, unit: minutes, direction: decrease, by: 2021/22, confirmed: false }'],
      body: ['**Target:** at most 25 by 2021/22: waits', '_This figure is not confirmed by a retrieved source: shown here, never enforced._', '**Measured:** duration, in minutes (lower is better)'],
    },
    {
      name: 'a change each year, read in March: measured against the year before, one dated value',
      extra: ['source: { title: Board paper, url: https://example.org/paper }', 'target: { measure: growth, value: "3%", scale: change, change: per-year, direction: increase, by: 2021/22, timing: month }'],
      body: ['**Target:** at least 3% by 2021/22: growth', '**Measured:** change, as levels (plain numbers) or as changes (percentages), not both (higher is better), each year against the year before', '**Dated values:** ≥ +3% in March 2022'],
      source: 'Source: [Board paper](https://example.org/paper)',
    },
    {
      name: 'a change against the baseline to decrease, with a further unconfirmed milestone: every dated value, at most',
      extra: ['source: { title: Board paper, ref: "p. 4" }', 'target: { measure: growth, value: "3%", scale: change, change: against-baseline, direction: decrease, by: 2021/22, milestones: [{ value: "5%", by: 2023/24, confirmed: false }] }'],
      body: ['**Target:** at most 3% by 2021/22: growth', '**Measured:** change, as levels (plain numbers) or as changes (percentages), not both (lower is better), against the baseline', '**Dated values:** ≤ +3% by the end of 2021/22; then ≤ +5% by the end of 2023/24 (unconfirmed)'],
      source: 'Source: Board paper, p. 4',
    },
    {
      name: 'an index read as a yearly average: its base year, one dated value',
      extra: [SOURCE, 'target: { measure: activity, value: "110%", scale: index, base-year: 2019/20, direction: increase, by: 2023/24, timing: year-average }'],
      body: ['**Target:** at least 110% by 2023/24: activity', '**Measured:** index, as a percentage of 2019/20 (higher is better)', '**Dated values:** ≥ 110% as the average for 2023/24'],
    },
    {
      name: 'a national count: "(national)", the unconfirmed relative rule for each provider with the footprint\'s providers and its note, and the fair share',
      extra: [SOURCE, 'target: { measure: checks, value: 5630, scale: count, direction: increase, by: 2023/24, organisations: { applies-to: each-provider, improvement: "10%", improvement-as: relative, confirmed: false, note: Each trust. } }'],
      body: ['**Target:** at least 5,630 by 2023/24: checks (national)', '**For each provider:** 10% better than its own baseline (relative to it) by 2023/24 (not confirmed: shown, never enforced). In this footprint: `test-hospital`, `test-mh`', '_Each trust._', "**This plan's fair share:** 125 (5,630 × 1,250,000 ÷ 56.3m)"],
    },
    {
      name: 'a rule with a floor and an improvement, whichever is lesser, by its own year, for organisations the footprint does not have',
      extra: [SOURCE, 'target: { measure: checks, value: "70%", scale: rate, direction: increase, by: 2023/24, organisations: { applies-to: each-ambulance-provider, floor: "60%", improvement: "5%", whichever: lesser, by: 2022/23 } }'],
      body: ['**Target:** at least 70% by 2023/24: checks', '**For each ambulance provider:** 5 points better than its own baseline or 60%, whichever is lesser by 2022/23'],
    },
    {
      name: 'a rule with a floor only, for the footprint\'s acute provider',
      extra: [SOURCE, 'target: { measure: checks, value: "70%", scale: rate, direction: increase, by: 2023/24, organisations: { applies-to: each-acute-provider, floor: "60%" } }'],
      body: ['**Target:** at least 70% by 2023/24: checks', '**For each acute provider:** 60% by 2023/24. In this footprint: `test-hospital`'],
    },
    {
      name: 'a rule with an improvement only, in points',
      extra: [SOURCE, 'target: { measure: checks, value: "70%", scale: rate, direction: increase, by: 2023/24, organisations: { applies-to: each-mental-health-provider, improvement: "1%" } }'],
      body: ['**Target:** at least 70% by 2023/24: checks', '**For each mental health provider:** 1 point better than its own baseline by 2023/24. In this footprint: `test-mh`'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.equal(hoverLocal(localCatalog('transformation', ...c.extra), REFERENCE), card(...HEAD, ...c.body, MISSING, GUIDANCE, c.source ?? 'Source: Board paper'));
    });
  }

  const RATE = localCatalog('transformation', SOURCE, 'target: { measure: people screened, value: "80%", scale: rate, direction: increase, by: 2023/24 }');
  const TARGET = '**Target:** at least 80% by 2023/24: people screened';

  it('a response: how the plan stands against the target, and its coverage with the status the plan gives', () => {
    const chapter = lines('```commitment', 'id: local-scr$0eening', 'status: at-risk', 'trajectory: { 2022/23: "70%", 2023/24: "78%" }', '```');
    assert.equal(hoverLocal(RATE, chapter, false), card(...HEAD, TARGET, '**This plan:** 2023/24: 78% against 80%: 78% in 2023/24 against 80%: 2 points short', '**Coverage:** partial (78% in 2023/24 against 80%: 2 points short); the plan says at-risk', 'Source: Board paper'));
  });

  it('a response marked not-applicable: its reason, and no "the plan says"', () => {
    const chapter = lines('```commitment', 'id: local-scr$0eening', 'status: not-applicable', 'reason: No screening service here.', '```');
    assert.equal(hoverLocal(RATE, chapter, false), card(...HEAD, TARGET, '**Coverage:** not applicable (No screening service here.)', 'Source: Board paper'));
  });

  it('without the guidance option, the guidance is left out', () => {
    assert.equal(hoverLocal(RATE, REFERENCE, false), card(...HEAD, TARGET, MISSING, 'Source: Board paper'));
  });

  it('a commitment only a built-in catalog other than the plan\'s framework holds: that catalog\'s card, the area by its id', () => {
    const { text, position } = withCursor('See [[must-do-1-s$0tp]].');
    const project = projectOf({ 'plan.yaml': manifest(), 'a.md': text });
    assert.deepEqual(language.hover(project, `${PLAN_ROOT}a.md`, position, { guidance: false }), {
      range: { start: { line: 0, character: 6 }, end: { line: 0, character: 19 } },
      markdown: card(
        '**An agreed, high-quality STP** · `must-do-1-stp`',
        'Foundational commitment · must-dos · planning-2016',
        'Each footprint produces a sustainability and transformation plan of good quality that its partners agree. It also meets the milestones for 2016/17 that matter most locally on the way to the triple aim of better health, better care and sustainable finances.',
        '**Deadline:** draft June 2016; final submission October 2016 (revised timetable of 16 February 2016)',
        'Source: [ccg-alert: NHS shared planning guidance (the nine must dos)](https://ccg-alert.blogspot.com/2015/12/nhs-shared-planning-guidance.html)',
      ),
    });
  });

  it('an id no catalog holds: no hover', () => {
    assert.equal(hoverLocal(RATE, 'See [[no-such-comm$0itment]].'), undefined);
  });
});

describe('hover inside a built-in catalog file', () => {
  const catalogs = [...testEngine().builtinCatalogs.values()];
  const mtpf = catalogs.find((c) => c.id === 'mtpf-2026');
  const cancer = mtpf?.commitments.find((c) => c.id === 'cancer-31-day');
  const at = (line: number, character: number): Position => ({ line, character });
  const hoverIn = (uri: string, position: Position) => language.hover(new PlanProject(testEngine()), uri, position, { guidance: false });
  const CANCER = card(
    '**Cancer 31-day standard (94% by March 2027, 96% by 2028/29)** · `cancer-31-day`',
    'Foundational commitment · elective · mtpf-2026',
    'Every trust reaches 94% against the 31-day standard by March 2027; 96% by 2028/29.',
    '**Target:** at least 94% by 2026/27: patients starting cancer treatment within 31 days of the decision to treat',
    '**Dated values:** ≥ 94% in March 2027; then ≥ 96% by the end of 2028/29',
    '**For each acute provider:** 94% by 2026/27',
    'Source: [Medium Term Planning Framework 2026/27 to 2028/29, Section 3.1 success measures (cancer)](https://www.england.nhs.uk/long-read/medium-term-planning-framework-delivering-change-together-2026-27-to-2028-29/)',
  );

  it('shows the card of the commitment whose id is under the cursor, from its first to its last character, with no footprint', () => {
    assert.ok(mtpf && cancer);
    const { start, end } = cancer.idRange;
    assert.deepEqual([start.character, end.character], [8, 21]);
    for (const character of [start.character, 14, end.character]) assert.deepEqual(hoverIn(mtpf.uri, at(start.line, character)), { range: cancer.idRange, markdown: CANCER });
  });

  it('nothing just before or after the id, on another line, or in a file that is not a catalog', () => {
    assert.ok(mtpf && cancer);
    const { start, end } = cancer.idRange;
    assert.equal(hoverIn(mtpf.uri, at(start.line, start.character - 1)), undefined);
    assert.equal(hoverIn(mtpf.uri, at(start.line, end.character + 1)), undefined);
    assert.equal(hoverIn(mtpf.uri, at(start.line + 1, start.character + 2)), undefined);
    const first = catalogs[0]?.commitments[0];
    assert.ok(first);
    assert.equal(hoverIn('file:///elsewhere/notes.md', first.idRange.start), undefined);
  });
});

describe('hover on an organisation', () => {
  const plan = manifest().replace('  - { with: test-cvs, how: workshops }', '  - { with: test-cvs, how: workshops }\n  - { with: test-council, how: joint board }\n  - { with: test-council }').replace('    - { id: test-cvs', '    - { id: test-odd, name: Odd Partnership }\n    - { id: test-cvs');
  const chapter = lines(
    '```commitment', 'id: mh-crisis-care', 'status: on-track', 'lead: test-council', '```', '',
    '```commitment', 'id: mh-liaison', 'status: on-track', 'lead: test-mh', '```', '',
    '```commitment', 'status: on-track', 'lead: test-council', '```', '',
    '```commitment', 'id: pc-networks', 'status: on-track', 'lead: test-council', 'partners: [test-hospital, test-cvs, test-odd, nobody]', '```', '',
  );
  const project = projectOf({ 'plan.yaml': plan, 'a.md': chapter });
  /** The hover on the first `needle` in the chapter (or plan.yaml), one character in. */
  function hoverOn(needle: string, file = 'a.md'): string | undefined {
    const text = file === 'a.md' ? chapter : plan;
    const offset = text.indexOf(needle) + 1;
    const before = text.slice(0, offset);
    const position = { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
    return language.hover(project, PLAN_ROOT + file, position, { guidance: false })?.markdown;
  }

  const cases: [string, string, string][] = [
    ['an organisation leading responses and engaged three times: the responses it leads (with an id) and every way it was engaged (where one is given)', 'test-council', card('**Test County Council** · `test-council`', 'Type: local-authority', 'Leads: `mh-crisis-care`, `pc-networks`', 'Engagement: co-wrote the plan; joint board')],
    ['an organisation leading one response, never engaged', 'test-mh', card('**Test MH Trust** · `test-mh`', 'Type: mental-health-provider', 'Leads: `mh-liaison`')],
    ['an organisation engaged but leading nothing', 'test-cvs', card('**Test Voluntary Action** · `test-cvs`', 'Type: vcse', 'Engagement: workshops')],
    ['an organisation neither leading nor engaged', 'test-hospital', card('**Test Hospital NHS FT** · `test-hospital`', 'Type: acute-provider')],
    ['an organisation without a type', 'test-odd', card('**Odd Partnership** · `test-odd`', 'Type: not given')],
    ['an id not in the footprint', 'nobody', '`nobody` is not an organisation in the footprint'],
  ];
  for (const [name, needle, expected] of cases) it(name, () => assert.equal(hoverOn(needle), expected));

  it('an engagement group in plan.yaml is a group, not an organisation', () => {
    assert.equal(hoverOn('public', 'plan.yaml'), '**public**: a group engaged in the plan (not an organisation)');
  });
});

describe('hover on a year and on a block type', () => {
  function hoverYear(year: string, plan = manifest()): string | undefined {
    const { text, position } = withCursor(lines('```commitment', `trajectory: { ${year.slice(0, 2)}$0${year.slice(2)}: 5 }`, '```'));
    return language.hover(projectOf({ 'plan.yaml': plan, 'a.md': text }), `${PLAN_ROOT}a.md`, position, { guidance: false })?.markdown;
  }
  const cases: [string, string, string][] = [
    ['the first year of the plan period', '2019/20', '**2019/20**: year 1 of 5 of the plan period (2019/20 to 2023/24), 2019-04-01 to 2020-03-31'],
    ['the last year of the plan period', '2023/24', '**2023/24**: year 5 of 5 of the plan period (2019/20 to 2023/24), 2023-04-01 to 2024-03-31'],
    ['a year before the plan period', '2018/19', '**2018/19**: before the plan period (2019/20 to 2023/24), 2018-04-01 to 2019-03-31'],
    ['a year after the plan period', '2024/25', '**2024/25**: after the plan period (2019/20 to 2023/24), 2024-04-01 to 2025-03-31'],
    ['a key that is not a financial year', '19/20', '`19/20` is not a financial year (write it like 2019/20)'],
  ];
  for (const [name, year, expected] of cases) it(name, () => assert.equal(hoverYear(year), expected));

  it('a year in a plan with no period: only its dates', () => {
    assert.equal(hoverYear('2021/22', manifest().replace(/ {2}period: .*\n/, '')), '**2021/22**: 2021-04-01 to 2022-03-31');
  });

  const blocks: [string, string][] = [
    ['commitment', 'A response to one catalog commitment: `id`, `status`, `lead`, `partners`, `baseline`, `trajectory`, `actions`.'],
    ['finance', 'System `income`, `expenditure` (in `unit`, default £m) and cash-releasing `efficiency` (%) for each year.'],
    ['workforce', 'Staff `groups`, each with `baseline`, yearly `demand` and `supply` (WTE), and `actions` closing any gap.'],
    ['inequalities', 'Measurable inequalities `goals`: `measure`, `baseline`, `target-5-year`, `target-10-year`.'],
    ['assumptions', 'Named activity assumptions (e.g. `emergency-admissions-growth`) with a yearly percentage each.'],
    ['milestones', 'Dated deliverables: `what`, `by`, and optionally `commitment` and `owner`.'],
  ];
  for (const [type, help] of blocks) {
    it(`the ${type} block type: what the block holds`, () => {
      const { text, position } = withCursor(lines(`\`\`\`${type.slice(0, 2)}$0${type.slice(2)}`, '```'));
      assert.deepEqual(language.hover(projectOf({ 'plan.yaml': manifest(), 'a.md': text }), `${PLAN_ROOT}a.md`, position, { guidance: false }), {
        range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 + type.length } },
        markdown: `**${type}** block\n\n${help}`,
      });
    });
  }
});
