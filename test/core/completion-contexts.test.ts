import * as assert from 'node:assert/strict';
import { BLOCK_TYPES, language, PlanProject, RULE_IDS, RULES, ruleDocsUrl, type Completion } from '../../core/src/index';
import { withCursor } from '../helpers/cursor';
import { lines, manifest, PLAN_ROOT, testEngine } from '../helpers/engine';

/**
 * Completion in the text of a chapter: which context the cursor is in (a
 * [[reference]], a disable comment, a waiver, a code fence, a block, front
 * matter or prose) decides the items offered and the text they replace.
 */

const LTP = [...testEngine().builtinCatalogs.values()].find((c) => c.id === 'ltp-2019');
const COMMITMENTS = LTP?.commitments.map((c) => c.id) ?? [];
const AREAS = LTP?.areas.map((a) => a.id) ?? [];
const ORGANISATIONS = ['test-ccg', 'test-council', 'test-hospital', 'test-mh', 'test-cvs'];
const COMMITMENT_KEYS = ['id', 'status', 'reason', 'summary', 'lead', 'partners', 'baseline', 'trajectory', 'timing', 'organisations', 'actions', 'investment'];
const WAIVER_KEYS = ['owner:', 'until:'];

interface Offered {
  readonly items: Completion[];
  readonly line: number;
  readonly character: number;
}

/** The items offered at the $0 cursor of `file` in a small plan, commitment documentation left for later unless asked for. */
function offered(file: string, fixture: string, options: { files?: Record<string, string>; today?: string; documentation?: boolean } = {}): Offered {
  const { text, position } = withCursor(fixture);
  const project = new PlanProject(testEngine(), options.today === undefined ? {} : { today: options.today });
  for (const [path, content] of Object.entries({ 'plan.yaml': manifest(), ...options.files, [file]: text })) project.setFile(PLAN_ROOT + path, content);
  const items = language.completions(project, PLAN_ROOT + file, position, { documentationLater: options.documentation !== true });
  return { items, ...position };
}

interface Case {
  readonly name: string;
  readonly fixture: string;
  readonly file?: string;
  readonly files?: Record<string, string>;
  readonly labels: readonly string[];
  /** How many characters before and after the cursor every item replaces. */
  readonly replaces?: readonly [number, number];
  /** What every item inserts after its label (commitment items: the closing brackets or nothing). */
  readonly suffix?: string;
}

function check(c: Case): void {
  const { items, line, character } = offered(c.file ?? 'a.md', c.fixture, c.files ? { files: c.files } : {});
  assert.deepEqual(
    items.map((item) => item.label),
    c.labels,
  );
  const [back, forward] = c.replaces ?? [0, 0];
  const range = { start: { line, character: character - back }, end: { line, character: character + forward } };
  for (const item of items) assert.deepEqual(item.range, range, item.label);
  if (c.suffix !== undefined) assert.deepEqual(items.map((item) => item.insertText), c.labels.map((label) => label + c.suffix));
}

function table(cases: readonly Case[]): void {
  for (const c of cases) it(c.name, () => check(c));
}

describe('completion of [[references]]', () => {
  table([
    { name: 'inside a closed reference, replaces the whole id and adds no brackets', fixture: 'See [[mh-cri$0sis-care]] today.', labels: COMMITMENTS, replaces: [6, 8], suffix: '' },
    { name: 'after [[ and a space, replaces what is typed and closes the brackets', fixture: 'See [[ mh-$0', labels: COMMITMENTS, replaces: [3, 0], suffix: ']]' },
    { name: 'closes the brackets when the text after the id does not start with them', fixture: 'See [[mh-$0 and more]]', labels: COMMITMENTS, replaces: [3, 0], suffix: ']]' },
    { name: 'offers nothing after references already closed', fixture: 'We met [[mh-liaison]] and [[mh-crisis-care]] targets$0', labels: [] },
    { name: 'offers nothing for [[ inside a YAML value of a data file', file: 'data/notes.yaml', fixture: lines('responses:', '  - id: mh-liaison', '    status: on-track', '    summary: links to [[mh-$0'), labels: [] },
  ]);

  it('gives each commitment its documentation, guidance included', () => {
    const { items } = offered('a.md', 'See [[mh-liaison$0', { documentation: true });
    const liaison = items.find((item) => item.label === 'mh-liaison');
    assert.match(liaison?.documentation ?? '', /\*\*What a good response shows:\*\*/);
  });
});

describe('completion in disable comments', () => {
  table([
    { name: 'rule ids after two spaces', fixture: '<!-- planwright-disable  plain-$0', labels: RULE_IDS, replaces: [6, 0], suffix: '' },
    { name: 'rule ids after a comma with no space', fixture: '<!-- planwright-disable plain-language,engage$0', labels: RULE_IDS, replaces: [6, 0] },
    { name: 'rule ids after a comma with a space before it', fixture: '<!-- planwright-disable plain-language , engage$0', labels: RULE_IDS, replaces: [6, 0] },
    { name: 'rule ids after a comma and a space', fixture: '<!-- planwright-disable plain-language, engage$0', labels: RULE_IDS, replaces: [6, 0] },
    { name: 'waiver keys after two spaces before the rule', fixture: '<!-- planwright-disable  plain-language: quoted (own$0', labels: WAIVER_KEYS, replaces: [3, 0] },
    { name: 'waiver keys for a waiver of two rules', fixture: '<!-- planwright-disable plain-language, engagement: quoted (own$0', labels: WAIVER_KEYS, replaces: [3, 0] },
    { name: 'nothing after the waiver\'s parentheses are closed', fixture: '<!-- planwright-disable plain-language: quoted (owner: test-ccg) since$0', labels: [] },
    { name: 'organisations after `owner :`', fixture: '<!-- planwright-disable plain-language: quoted (owner : te$0', labels: ORGANISATIONS, replaces: [2, 0] },
    { name: 'organisations after `owner:` with no space', fixture: '<!-- planwright-disable plain-language: quoted (owner:te$0', labels: ORGANISATIONS, replaces: [2, 0] },
    { name: 'organisations after `owner: `, replacing only what is typed after the space', fixture: '<!-- planwright-disable plain-language: quoted (owner: te$0', labels: ORGANISATIONS, replaces: [2, 0] },
    { name: 'the key not yet written, replacing the word typed', fixture: '<!-- planwright-disable plain-language: quoted (owner: test-ccg, un$0', labels: ['until:'], replaces: [2, 0] },
    { name: 'the key not yet written, `owner :` counting as written', fixture: '<!-- planwright-disable plain-language: quoted (owner : test-ccg, $0', labels: ['until:'] },
  ]);

  it('a rule item names the rule, describes it and links its documentation', () => {
    const { items } = offered('a.md', '<!-- planwright-disable plain-$0');
    const rule = RULES.find((r) => r.meta.id === 'plain-language');
    assert.deepEqual(
      items.find((item) => item.label === 'plain-language'),
      {
        label: 'plain-language',
        kind: 'rule',
        detail: rule?.meta.description,
        documentation: `[Rule documentation](${ruleDocsUrl('plain-language')})`,
        insertText: 'plain-language',
        range: { start: { line: 0, character: 24 }, end: { line: 0, character: 30 } },
      },
    );
  });

  it('the waiver keys say what each is for and insert a space after the colon', () => {
    const { items } = offered('a.md', '<!-- planwright-disable plain-language: quoted ($0 -->');
    const range = { start: { line: 0, character: 48 }, end: { line: 0, character: 48 } };
    assert.deepEqual(items, [
      { label: 'owner:', kind: 'key', detail: 'who reviews this waiver', insertText: 'owner: ', range },
      { label: 'until:', kind: 'key', detail: 'the review date: after it, the waiver is reported as expired', insertText: 'until: ', range },
    ]);
  });

  it('an owner item gives the organisation\'s name', () => {
    const { items } = offered('a.md', '<!-- planwright-disable plain-language: quoted (owner: test-m$0');
    const range = { start: { line: 0, character: 55 }, end: { line: 0, character: 61 } };
    assert.deepEqual(items[3], { label: 'test-mh', kind: 'organisation', detail: 'Test MH Trust', insertText: 'test-mh', range });
  });
});

describe('review dates offered after `until:`', () => {
  const dates = (today: string, typed = ''): [string, string | undefined][] => {
    const { items, line, character } = offered('a.md', `<!-- planwright-disable plain-language: quoted (until: ${typed}$0 -->`, { today });
    for (const item of items) assert.deepEqual(item.range, { start: { line, character: character - typed.length }, end: { line, character } });
    return items.map((item) => [item.label, item.detail]);
  };

  it('three, six and twelve months on, padded to two digits, and the end of the next March', () => {
    assert.deepEqual(dates('2025-11-05'), [
      ['2026-02-05', 'in three months'],
      ['2026-05-05', 'in six months'],
      ['2026-11-05', 'in a year'],
      ['2026-03-31', 'the end of this financial year'],
    ]);
  });

  it('in March, the financial year ends that month; a typed date is replaced', () => {
    assert.deepEqual(dates('2026-03-10', '2026'), [
      ['2026-06-10', 'in three months'],
      ['2026-09-10', 'in six months'],
      ['2027-03-10', 'in a year'],
      ['2026-03-31', 'the end of this financial year'],
    ]);
  });

  it('no dates from a report date with other text around it', () => {
    assert.deepEqual(dates('2026-03-10T09:00:00Z'), []);
    assert.deepEqual(dates('on 2026-03-10'), []);
  });
});

describe('completion of block types after a code fence', () => {
  const TYPES = [...BLOCK_TYPES];
  table([
    { name: 'a fence and a partly typed type', fixture: '```comm$0', labels: TYPES, replaces: [4, 0], suffix: '' },
    { name: 'a fence, a space and a partly typed type', fixture: '``` comm$0', labels: TYPES, replaces: [4, 0] },
    { name: 'a tilde fence', fixture: '~~~$0', labels: TYPES },
    { name: 'an indented fence', fixture: '  ```$0', labels: TYPES },
    { name: 'a fence in a quote', fixture: '> ```$0', labels: TYPES },
    { name: 'a fence right after the quote marker', fixture: '>```$0', labels: TYPES },
    { name: 'the opening fence of a block, replacing its whole type', fixture: lines('```commitment$0', 'id: mh-liaison', 'status: on-track', '```'), labels: TYPES, replaces: [10, 0] },
    { name: 'a new fence after a closed block', fixture: lines('```commitment', 'id: mh-liaison', 'status: on-track', '```', '', '```$0'), labels: TYPES },
    { name: 'nothing for a fence after other text', fixture: 'Example: ```$0', labels: [] },
    { name: 'nothing after a second word on the fence line', fixture: '``` commitment block$0', labels: [] },
    { name: 'nothing on the closing fence of a block', fixture: lines('```commitment', 'id: mh-liaison', 'status: on-track', '```$0'), labels: [] },
    { name: 'nothing at the start of the closing fence of an empty block', fixture: lines('```commitment', '$0```'), labels: [] },
    { name: 'nothing for a fence in a local catalog', file: 'local.catalog.yaml', files: { 'plan.yaml': manifest('catalogs: [local.catalog.yaml]') }, fixture: '```$0', labels: [] },
  ]);

  it('a block type item is a plan block inserting its name', () => {
    const { items } = offered('a.md', '```$0');
    const range = { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } };
    assert.deepEqual(items, TYPES.map((type) => ({ label: type, kind: 'block-type', detail: 'plan block', insertText: type, range })));
  });
});

describe('where a block\'s YAML starts and ends', () => {
  table([
    { name: 'a bare word in prose just before a block is prose', fixture: lines('Introduction$0', '', '```commitment', 'id: mh-liaison', 'status: on-track', '```'), labels: [] },
    {
      name: 'prose ending in a colon above the fence is not a key of the block',
      fixture: lines('Our plan for talking therapies:', '```commitment', '  $0', '```'),
      labels: COMMITMENT_KEYS,
    },
    // A fence not closed yet runs to the end of the chapter: the author is typing the block.
    { name: 'a block not closed yet: a commitment id on the line being typed', fixture: lines('# Mental health', '```commitment', 'id: mh-$0'), labels: COMMITMENTS, replaces: [3, 0] },
    { name: 'a block not closed yet: its keys on a new line below', fixture: lines('```commitment', 'id: mh-liaison', '$0'), labels: COMMITMENT_KEYS },
    { name: 'a block not closed yet: its keys on a blank line further down', fixture: lines('```commitment', 'id: mh-liaison', '', '$0'), labels: COMMITMENT_KEYS },
    { name: 'a block not closed yet: no block types offered inside it', fixture: lines('```commitment', 'id: mh-liaison', '', '```$0 x'), labels: [] },
  ]);
});

describe('where front matter starts and ends', () => {
  const catalogFiles = { 'plan.yaml': manifest('catalogs: [local.catalog.yaml]') };
  table([
    { name: 'areas inside front matter opened with a trailing space', fixture: lines('--- ', 'area: $0', '---'), labels: AREAS },
    { name: 'areas after a value ending in three dots', fixture: lines('---', 'title: Coming soon...', 'area: $0', '---'), labels: AREAS },
    { name: 'areas after a line of four dashes, which does not close it', fixture: lines('---', '----', 'area: $0', '---'), labels: AREAS },
    { name: 'nothing when the first line is a heading', fixture: lines('# Mental health', 'area: $0'), labels: [] },
    { name: 'nothing when the first line only ends in three dashes', fixture: lines('Notes ---', 'area: $0'), labels: [] },
    { name: 'nothing when the first line is four dashes', fixture: lines('----', 'area: $0'), labels: [] },
    { name: 'nothing in prose after the front matter closes', fixture: lines('---', 'area: mental-health', '---', 'area: $0'), labels: [] },
    { name: 'nothing in prose after front matter closed with a trailing space', fixture: lines('---', 'area: mental-health', '--- ', 'area: $0'), labels: [] },
    { name: 'nothing after the closing line itself', fixture: lines('---', 'area: mental-health', '---$0'), labels: [] },
    { name: 'nothing after the opening line itself', fixture: lines('---$0', 'area: mental-health', '---'), labels: [] },
    { name: 'nothing under a document start line in a local catalog', file: 'local.catalog.yaml', files: catalogFiles, fixture: lines('---', '$0'), labels: [] },
  ]);
});
