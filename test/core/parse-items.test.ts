import * as assert from 'node:assert/strict';
import type { PlanDocument, Range } from '../../core/src/index';
import { parseChapter } from '../../core/src/parse/chapter';
import { parseDataFile } from '../../core/src/parse/data-file';
import { lines, testEngine } from '../helpers/engine';

/**
 * The items the parser reads from each kind of plan block into the model: a commitment's
 * response, finance, workforce groups, inequalities goals, assumptions and milestones, from a
 * chapter's fenced blocks and from a YAML-only file. Whole items are compared, with each range
 * written `line:character-line:character` and each located value `value @range`.
 */

const URI = 'file:///plans/test/chapter.md';
const DATA_URI = 'file:///plans/test/data/plan-data.yaml';

type Compact = string | number | boolean | undefined | null | readonly Compact[] | { readonly [key: string]: Compact };

function isRange(value: unknown): value is Range {
  return typeof value === 'object' && value !== null && Object.keys(value).join() === 'start,end';
}

const at = (range: Range): string => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

/** The value with ranges and located values written as short strings; every other field kept, `undefined` ones too. */
function compact(value: unknown): Compact {
  if (isRange(value)) return at(value);
  if (Array.isArray(value)) return value.map(compact);
  if (typeof value !== 'object' || value === null) return value as Compact;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).join() === 'value,range' && isRange(record['range'])) {
    const inner = record['value'] as string | { kind: string; value: number };
    const shown = typeof inner === 'string' ? inner : `${inner.value}${inner.kind === 'percent' ? '%' : ''}`;
    return `${shown} @${at(record['range'])}`;
  }
  return Object.fromEntries(Object.entries(record).map(([key, field]) => [key, compact(field)]));
}

const chapter = (text: string): PlanDocument => parseChapter(URI, text, testEngine().schemas);
const block = (type: string, ...rows: string[]): string[] => ['```' + type, ...rows, '```'];

/** A response with only `id:` and `status:` (and what a case adds): every other field empty. */
const bareResponse = { reason: undefined, summary: undefined, lead: undefined, partners: [], baseline: undefined, trajectory: undefined };

describe('parse: the items read from plan blocks', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  it('a commitment block gives a response with every field, its organisations’ lines and its actions', () => {
    const document = chapter(
      lines(
        '# Mental health',
        '',
        ...block(
          'commitment',
          'id: mh-liaison',
          'status: at-risk',
          'reason: Recruitment of liaison nurses is behind plan.',
          'summary: A liaison team in every emergency department, all hours.',
          'lead: test-mh',
          'partners: [test-hospital, test-ccg]',
          'baseline: { year: 2019/20, value: 40% }',
          'trajectory: { 2020/21: 60%, 2021/22: 80% }',
          'timing: { 2020/21: month, 2021/22: year-end }',
          'organisations:',
          '  test-hospital:',
          '    baseline: { year: 2019/20, value: 35% }',
          '    trajectory: { 2020/21: 55% }',
          '    timing: year-end',
          '  test-mh:',
          '    trajectory: { 2020/21: 70 }',
          'actions:',
          '  - Recruit six liaison nurses',
          '  - Open the 24-hour hub',
        ),
      ),
    );
    assert.deepEqual(compact(document.responses), [
      {
        uri: URI,
        form: 'block',
        range: '2:0-22:3',
        id: 'mh-liaison @3:4-3:14',
        status: 'at-risk @4:8-4:15',
        reason: 'Recruitment of liaison nurses is behind plan. @5:8-5:53',
        summary: 'A liaison team in every emergency department, all hours. @6:9-6:65',
        lead: 'test-mh @7:6-7:13',
        partners: ['test-hospital @8:11-8:24', 'test-ccg @8:26-8:34'],
        baseline: { range: '9:0-9:39', year: '2019/20 @9:18-9:25', value: '40% @9:34-9:37' },
        trajectory: {
          range: '10:12-10:42',
          keyRange: '10:0-10:10',
          points: [
            { year: '2020/21 @10:14-10:21', value: '60% @10:23-10:26' },
            { year: '2021/22 @10:28-10:35', value: '80% @10:37-10:40' },
          ],
        },
        timing: {
          byYear: [
            { year: '2020/21 @11:10-11:17', timing: 'month @11:19-11:24' },
            { year: '2021/22 @11:26-11:33', timing: 'year-end @11:35-11:43' },
          ],
        },
        organisations: [
          {
            id: 'test-hospital @13:2-13:15',
            range: '13:2-17:0',
            baseline: { range: '14:4-14:43', year: '2019/20 @14:22-14:29', value: '35% @14:38-14:41' },
            trajectory: { range: '15:16-15:32', keyRange: '15:4-15:14', points: [{ year: '2020/21 @15:18-15:25', value: '55% @15:27-15:30' }] },
            timing: { every: 'year-end @16:12-16:20', byYear: [] },
          },
          {
            id: 'test-mh @17:2-17:9',
            range: '17:2-19:0',
            baseline: undefined,
            trajectory: { range: '18:16-18:31', keyRange: '18:4-18:14', points: [{ year: '2020/21 @18:18-18:25', value: '70 @18:27-18:29' }] },
            timing: undefined,
          },
        ],
        actions: ['Recruit six liaison nurses @20:4-20:30', 'Open the 24-hour hub @21:4-21:24'],
      },
    ]);
  });

  describe('a response keeps only the statuses the schema allows', () => {
    const cases: { status: string; kept: boolean }[] = [
      ...['on-track', 'at-risk', 'off-track', 'not-started', 'not-applicable'].map((status) => ({ status, kept: true })),
      ...['On-track', 'maybe', 'done'].map((status) => ({ status, kept: false })),
    ];
    for (const { status, kept } of cases) {
      it(`status: ${status} is ${kept ? 'kept' : 'left out'}`, () => {
        const [response] = chapter(lines(...block('commitment', 'id: mh-liaison', `status: ${status}`))).responses;
        assert.equal(compact(response?.status), kept ? `${status} @2:8-2:${8 + status.length}` : undefined);
      });
    }
  });

  describe('a stated timing, for every year or year by year', () => {
    const cases: { name: string; timing: string[]; expected: Compact }[] = [
      { name: 'one timing for every year', timing: ['timing: month'], expected: { every: 'month @2:8-2:13', byYear: [] } },
      { name: 'the year average for every year', timing: ['timing: year-average'], expected: { every: 'year-average @2:8-2:20', byYear: [] } },
      { name: 'the year end for every year', timing: ['timing: year-end'], expected: { every: 'year-end @2:8-2:16', byYear: [] } },
      {
        name: 'a timing by year, in the order written',
        timing: ['timing:', '  2021/22: year-end', '  2020/21: month'],
        expected: {
          byYear: [
            { year: '2021/22 @3:2-3:9', timing: 'year-end @3:11-3:19' },
            { year: '2020/21 @4:2-4:9', timing: 'month @4:11-4:16' },
          ],
        },
      },
      {
        name: 'a year with a timing the schema does not know is left out',
        timing: ['timing: { 2020/21: weekly, 2021/22: year-average }'],
        expected: { byYear: [{ year: '2021/22 @2:27-2:34', timing: 'year-average @2:36-2:48' }] },
      },
      { name: 'an unknown timing for every year gives none', timing: ['timing: weekly'], expected: undefined },
      { name: 'only unknown timings by year give none', timing: ['timing: { 2020/21: weekly }'], expected: undefined },
      { name: 'no timing: line gives none', timing: [], expected: undefined },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const [response] = chapter(lines(...block('commitment', 'id: mh-liaison', ...c.timing, 'status: on-track'))).responses;
        assert.deepEqual(compact(response?.timing), c.expected);
      });
    }

    it('an organisation’s line states its own timing by year', () => {
      const [response] = chapter(lines(...block('commitment', 'id: mh-liaison', 'organisations:', '  test-hospital:', '    timing: { 2020/21: month }'))).responses;
      assert.deepEqual(compact(response?.organisations), [
        { id: 'test-hospital @3:2-3:15', range: '3:2-5:3', baseline: undefined, trajectory: undefined, timing: { byYear: [{ year: '2020/21 @4:14-4:21', timing: 'month @4:23-4:28' }] } },
      ]);
    });
  });

  it('a finance block gives its unit and its three series, with the block’s range', () => {
    const document = chapter(
      lines(
        '# Money',
        ...block('finance', 'unit: £k', 'income: { 2019/20: 1200.5, 2020/21: 1250 }', 'expenditure: { 2019/20: 1190 }', 'efficiency: { 2019/20: 2% }'),
        ...block('finance', 'income: { 2019/20: 10 }'),
      ),
    );
    assert.deepEqual(compact(document.finance), [
      {
        uri: URI,
        form: 'block',
        range: '1:0-6:3',
        unit: '£k',
        income: {
          range: '3:8-3:42',
          keyRange: '3:0-3:6',
          points: [
            { year: '2019/20 @3:10-3:17', value: '1200.5 @3:19-3:25' },
            { year: '2020/21 @3:27-3:34', value: '1250 @3:36-3:40' },
          ],
        },
        expenditure: { range: '4:13-4:30', keyRange: '4:0-4:11', points: [{ year: '2019/20 @4:15-4:22', value: '1190 @4:24-4:28' }] },
        efficiency: { range: '5:12-5:27', keyRange: '5:0-5:10', points: [{ year: '2019/20 @5:14-5:21', value: '2% @5:23-5:25' }] },
      },
      {
        uri: URI,
        form: 'block',
        range: '7:0-9:3',
        unit: '£m',
        income: { range: '8:8-8:23', keyRange: '8:0-8:6', points: [{ year: '2019/20 @8:10-8:17', value: '10 @8:19-8:21' }] },
        expenditure: undefined,
        efficiency: undefined,
      },
    ]);
  });

  it('a workforce block gives one group per entry, each with its own range', () => {
    const document = chapter(
      lines(
        '# People',
        ...block(
          'workforce',
          'groups:',
          '  - group: Registered nurses',
          '    baseline: { year: 2018/19, wte: 6200, vacancies: 540 }',
          '    demand: { 2019/20: 6780, 2020/21: 6860 }',
          '    supply: { 2019/20: 6290 }',
          '    actions:',
          '      - Recruit overseas',
          '  - group: GPs',
        ),
      ),
    );
    assert.deepEqual(compact(document.workforce), [
      {
        uri: URI,
        form: 'block',
        range: '3:4-9:0',
        group: 'Registered nurses @3:11-3:28',
        baselineYear: '2018/19 @4:22-4:29',
        demand: {
          range: '5:12-5:44',
          keyRange: '5:4-5:10',
          points: [
            { year: '2019/20 @5:14-5:21', value: '6780 @5:23-5:27' },
            { year: '2020/21 @5:29-5:36', value: '6860 @5:38-5:42' },
          ],
        },
        supply: { range: '6:12-6:29', keyRange: '6:4-6:10', points: [{ year: '2019/20 @6:14-6:21', value: '6290 @6:23-6:27' }] },
        actions: ['Recruit overseas @8:8-8:24'],
      },
      { uri: URI, form: 'block', range: '9:4-10:3', group: 'GPs @9:11-9:14', baselineYear: undefined, demand: undefined, supply: undefined, actions: [] },
    ]);
  });

  it('an inequalities block gives one goal per entry, with its baseline and five- and ten-year targets', () => {
    const document = chapter(
      lines(
        '# Fairer health',
        ...block(
          'inequalities',
          'goals:',
          '  - id: smoking-routine-manual',
          '    measure: Adults in routine and manual jobs who smoke',
          '    baseline: { year: 2018/19, value: 25% }',
          '    target-5-year: { year: 2023/24, value: 19% }',
          '    target-10-year: { year: 2028/29, value: 13% }',
          '  - id: early-cancer-gap',
          '    measure: Gap in early diagnosis (percentage points)',
        ),
      ),
    );
    assert.deepEqual(compact(document.inequalities), [
      {
        uri: URI,
        form: 'block',
        range: '3:4-8:0',
        measure: 'Adults in routine and manual jobs who smoke @4:13-4:56',
        baseline: { range: '5:4-5:43', year: '2018/19 @5:22-5:29', value: '25% @5:38-5:41' },
        target5: { range: '6:4-6:48', year: '2023/24 @6:27-6:34', value: '19% @6:43-6:46' },
        target10: { range: '7:4-7:49', year: '2028/29 @7:28-7:35', value: '13% @7:44-7:47' },
      },
      { uri: URI, form: 'block', range: '8:4-10:3', measure: 'Gap in early diagnosis (percentage points) @9:13-9:55', baseline: undefined, target5: undefined, target10: undefined },
    ]);
  });

  it('an assumptions block gives one series per key; a key that is not a series gives none', () => {
    const document = chapter(
      lines(
        '# Assumptions',
        ...block('assumptions', 'emergency-admissions-growth: { 2019/20: 1%, 2020/21: 1.5% }', 'bed-days-change: { 2019/20: -2, 2020/21: many }', 'source: ONS projections'),
      ),
    );
    assert.deepEqual(compact(document.assumptions), [
      {
        uri: URI,
        form: 'block',
        range: '2:0-2:59',
        id: 'emergency-admissions-growth @2:0-2:27',
        series: {
          range: '2:29-2:59',
          keyRange: '2:0-2:27',
          points: [
            { year: '2019/20 @2:31-2:38', value: '1% @2:40-2:42' },
            { year: '2020/21 @2:44-2:51', value: '1.5% @2:53-2:57' },
          ],
        },
      },
      {
        uri: URI,
        form: 'block',
        range: '3:0-3:47',
        id: 'bed-days-change @3:0-3:15',
        series: { range: '3:17-3:47', keyRange: '3:0-3:15', points: [{ year: '2019/20 @3:19-3:26', value: '-2 @3:28-3:30' }], unreadable: ['2020/21 @3:32-3:39'] },
      },
    ]);
  });

  it('a milestones block gives one milestone per entry: what, by when, for which commitment and who owns it', () => {
    const document = chapter(
      lines('# Milestones', ...block('milestones', '- { what: Open the crisis hub, by: 2020/21, commitment: mh-crisis-care, owner: test-mh }', '- { what: Review the hub }')),
    );
    assert.deepEqual(compact(document.milestones), [
      {
        uri: URI,
        form: 'block',
        range: '2:2-2:88',
        what: 'Open the crisis hub @2:10-2:29',
        by: '2020/21 @2:35-2:42',
        commitment: 'mh-crisis-care @2:56-2:70',
        owner: 'test-mh @2:79-2:86',
      },
      { uri: URI, form: 'block', range: '3:2-3:26', what: 'Review the hub @3:10-3:24', by: undefined, commitment: undefined, owner: undefined },
    ]);
  });

  it('a YAML-only file gives responses, finance (the range of its key’s entry) and list items with their own ranges', () => {
    const document = parseDataFile(
      DATA_URI,
      lines(
        'responses:',
        '  - id: mh-liaison',
        '    status: not-started',
        '    summary: Waiting for the new contract.',
        'finance:',
        '  expenditure: { 2019/20: 900 }',
        'milestones:',
        '  - { what: Open the hub, by: 2020/21 }',
        '',
      ),
      testEngine().schemas,
    );
    assert.deepEqual(compact({ responses: document.responses, finance: document.finance, milestones: document.milestones }), {
      responses: [
        {
          uri: DATA_URI,
          form: 'yaml',
          range: '1:4-4:0',
          id: 'mh-liaison @1:8-1:18',
          status: 'not-started @2:12-2:23',
          ...bareResponse,
          summary: 'Waiting for the new contract. @3:13-3:42',
          timing: undefined,
          organisations: [],
          actions: [],
        },
      ],
      finance: [
        {
          uri: DATA_URI,
          form: 'yaml',
          range: '4:0-6:0',
          unit: '£m',
          income: undefined,
          expenditure: { range: '5:15-5:31', keyRange: '5:2-5:13', points: [{ year: '2019/20 @5:17-5:24', value: '900 @5:26-5:29' }] },
          efficiency: undefined,
        },
      ],
      milestones: [{ uri: DATA_URI, form: 'yaml', range: '7:4-7:39', what: 'Open the hub @7:12-7:24', by: '2020/21 @7:30-7:37', commitment: undefined, owner: undefined }],
    });
  });
});
