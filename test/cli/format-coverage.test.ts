import * as assert from 'node:assert/strict';
import type { Location } from '../../core/src/index';
import { formatCoverageHtml } from '../../cli/src/format/coverage-html';
import { csvCell, datesLine, escapeMd, formatCoverageCsv, formatCoverageJson, formatCoverageMarkdown, where } from '../../cli/src/format/coverage-text';
import { CWD, META, parseCsv, plan, range, ROOT, row } from './format-fixtures';

/** The coverage reports (Markdown, CSV, JSON, HTML), pinned on hand-made plan reports. */

const at = (file: string, line: number): Location => ({ uri: `${ROOT}${file}`, range: range(line, 0, 1) });
const none = { met: 0, answered: 0, partial: 0, missing: 0, 'not-applicable': 0 };

describe('output formats: coverage reports', () => {
  describe('words shared by the reports', () => {
    const dates: [string | null, string | null, string][] = [
      ['draft', '2019-09-27', 'Plan status draft, as at 2019-09-27. Report made 2026-12-04.'],
      [null, '2019-09-27', 'No plan status given, as at 2019-09-27. Report made 2026-12-04.'],
      ['submitted', null, 'Plan status submitted, no as-at date given. Report made 2026-12-04.'],
      [null, null, 'No plan status given, no as-at date given. Report made 2026-12-04.'],
    ];
    for (const [status, asAt, line] of dates) {
      it(`dates a plan with status ${String(status)} and as-at ${String(asAt)}`, () => assert.equal(datesLine(plan([], [], 'P', { status, asAt }), META), line));
    }

    const markdown: [string, string][] = [
      ['a | b', 'a \\| b'],
      ['back\\slash', 'back\\\\slash'],
      ['`code` *em* _em_', '\\`code\\` \\*em\\* \\_em\\_'],
      ['[link](x) <b>', '\\[link\\](x) \\<b\\>'],
      ['two\r\nlines\nhere', 'two lines here'],
      ['plain words, 5%', 'plain words, 5%'],
    ];
    for (const [text, escaped] of markdown) {
      it(`escapes ${JSON.stringify(text)} for a Markdown table`, () => assert.equal(escapeMd(text), escaped));
    }

    const csv: [string, string][] = [
      ['plain', 'plain'],
      ['', ''],
      ['=1+1', "'=1+1"],
      ['+44', "'+44"],
      ['-3', "'-3"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tx', "'\tx"],
      ['\rx', `"'\rx"`],
      ['a=b-c', 'a=b-c'],
      ['a,b', '"a,b"'],
      ['say "hi"', '"say ""hi"""'],
      ['two\nlines', '"two\nlines"'],
      ['-1,2', `"'-1,2"`],
    ];
    for (const [text, cell] of csv) {
      it(`writes ${JSON.stringify(text)} as the CSV cell ${JSON.stringify(cell)}`, () => assert.equal(csvCell(text), cell));
    }

    it('gives a response as its file and 1-based line', () => {
      assert.equal(where(at('04-mh.md', 11), CWD), 'anyshire/04-mh.md:12');
    });
  });

  const rows = [
    row({ id: 'mh-a', title: 'Talking *therapies*', status: 'partial', reason: 'short by 5%', target: '≥ 25%', fairShare: '1,200', finalValue: '22% in 2023/24', gap: '3 points', responses: [at('04-mh.md', 2), at('my%20notes.md', 9)] }),
    row({ id: 'ca-b', area: 'Cancer', kind: 'foundational', title: 'Early diagnosis', status: 'not-applicable', reason: 'not our service', planStatus: 'not-applicable' }),
    row({ id: 'mh-c', title: 'Crisis care', status: 'missing', reason: 'no response', planStatus: '' }),
  ];

  it('Markdown: a summary, then one table per area in the order areas first appear', () => {
    const md = formatCoverageMarkdown([plan(rows), plan([], [], 'Second', { framework: null, status: null, asAt: null })], CWD, META);
    const header = '| Commitment | Kind | Status | Why | Plan says | Target | Fair share | Final value | Gap | Responses |';
    const rule = '|---|---|---|---|---|---|---|---|---|---|';
    assert.equal(
      md,
      [
        '# Commitment coverage: Anyshire plan',
        '',
        'Framework `ltp-2019`. Plan status draft, as at 2019-09-27. Report made 2026-12-04.',
        '',
        'Foundational commitments: 3/4 answered, 2 met. All commitments: 5 met, 3 answered, 1 partial, 2 missing, 1 not applicable.',
        '',
        '## Mental health',
        '',
        header,
        rule,
        '| Talking \\*therapies\\* (`mh-a`) | transformation | partial | short by 5% | on-track | ≥ 25% | 1,200 | 22% in 2023/24 | 3 points | anyshire/04-mh.md:3<br>anyshire/my notes.md:10 |',
        '| Crisis care (`mh-c`) | transformation | missing | no response |  |  |  |  |  |  |',
        '',
        '## Cancer',
        '',
        header,
        rule,
        '| Early diagnosis (`ca-b`) | foundational | not applicable | not our service | not-applicable |  |  |  |  |  |',
        '',
        '# Commitment coverage: Second',
        '',
        'Framework `none`. No plan status given, no as-at date given. Report made 2026-12-04.',
        '',
        'Foundational commitments: 3/4 answered, 2 met. All commitments: 5 met, 3 answered, 1 partial, 2 missing, 1 not applicable.',
        '',
      ].join('\n'),
    );
  });

  it('CSV: every row with its plan, stage and dates; responses joined by spaces; quoting where needed', () => {
    const csv = formatCoverageCsv([plan(rows), plan([rows[2] ?? row({})], [], 'Plan, "two"', { status: null, asAt: null })], CWD, META);
    const records = parseCsv(csv);
    assert.deepEqual(records.slice(1), [
      ['Anyshire plan', 'draft', '2019-09-27', '2026-12-04', 'Mental health', 'mh-a', 'transformation', 'Talking *therapies*', 'partial', 'short by 5%', 'on-track', '≥ 25%', '1,200', '22% in 2023/24', '3 points', 'anyshire/04-mh.md:3 anyshire/my notes.md:10'],
      ['Anyshire plan', 'draft', '2019-09-27', '2026-12-04', 'Cancer', 'ca-b', 'foundational', 'Early diagnosis', 'not-applicable', 'not our service', 'not-applicable', '', '', '', '', ''],
      ['Anyshire plan', 'draft', '2019-09-27', '2026-12-04', 'Mental health', 'mh-c', 'transformation', 'Crisis care', 'missing', 'no response', '', '', '', '', '', ''],
      ['Plan, "two"', '', '', '2026-12-04', 'Mental health', 'mh-c', 'transformation', 'Crisis care', 'missing', 'no response', '', '', '', '', '', ''],
    ]);
    assert.ok(csv.includes('\r\n"Plan, ""two""",,,2026-12-04,'));
    assert.equal(formatCoverageCsv([], CWD, META), 'plan,planStage,asAt,reportDate,area,id,kind,title,status,reason,planStatus,target,fairShare,finalValue,gap,responses\r\n');
  });

  it('JSON: each plan with its dates and counts, and every commitment with its responses as places', () => {
    const json = JSON.parse(formatCoverageJson([plan(rows.slice(0, 1), [], 'P', { status: null })], CWD, META)) as unknown;
    assert.deepEqual(json, [
      {
        title: 'P',
        framework: 'ltp-2019',
        status: null,
        asAt: '2019-09-27',
        reportDate: '2026-12-04',
        foundational: { answered: 3, met: 2, total: 4 },
        counts: { met: 5, answered: 3, partial: 1, missing: 2, 'not-applicable': 1 },
        commitments: [{ ...rows[0], responses: ['anyshire/04-mh.md:3', 'anyshire/my notes.md:10'] }],
      },
    ]);
  });

  describe('HTML', () => {
    const areas = [
      { id: 'mh', title: 'Mental <health>', counts: { ...none, met: 1, missing: 3 } },
      { id: 'ca', title: 'Cancer', counts: none },
      { id: 'all', title: 'All', counts: { met: 1, answered: 1, partial: 1, missing: 1, 'not-applicable': 1 } },
    ];
    const summarised = { ...rows[0], summaries: ['We **will** <script>alert(1)</script>'] } as (typeof rows)[number];
    const html = async () => formatCoverageHtml([plan([summarised, ...rows.slice(1)], [], 'Plan <one> & "two"', { areas, framework: null })], CWD, META);

    it('is one self-contained page with the plan escaped in its heading and summary', async () => {
      const page = await html();
      assert.ok(page.startsWith('<!doctype html>\n<html lang="en">'));
      assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
      assert.ok(page.includes('<h1>Commitment coverage: Plan &lt;one&gt; &amp; &quot;two&quot;</h1>'));
      assert.ok(page.includes('<p>Framework <code>none</code>. Plan status draft, as at 2019-09-27. Report made 2026-12-04.</p>'));
      assert.ok(page.includes('<p>Foundational commitments: 3/4 answered, 2 met. All commitments: 5 met, 3 answered, 1 partial, 2 missing, 1 not applicable.</p>'));
      assert.ok(!/<script/.test(page), 'a script survived');
      assert.ok(page.endsWith('</body>\n</html>\n'));
    });

    it('draws a bar per area, each status as wide as its share, in the statuses\' order', async () => {
      const page = await html();
      assert.ok(
        page.includes(
          '<tr><td>Mental &lt;health&gt;</td><td><svg width="300" height="14" role="img" aria-label="1 met, 0 answered, 0 partial, 3 missing, 0 not applicable">' +
            '<rect x="0.0" width="75.0" height="14" fill="#2e7d32"><title>met: 1</title></rect>' +
            '<rect x="75.0" width="225.0" height="14" fill="#c62828"><title>missing: 3</title></rect>' +
            '</svg></td><td>1 met, 0 answered, 0 partial, 3 missing, 0 not applicable</td></tr>',
        ),
      );
      assert.ok(page.includes('<tr><td>Cancer</td><td><svg width="300" height="14" role="img" aria-label="0 met, 0 answered, 0 partial, 0 missing, 0 not applicable"></svg></td>'));
      const fills = [...page.matchAll(/<rect x="([\d.]+)" width="60\.0" height="14" fill="(#[0-9a-f]{6})"><title>([^<]*)<\/title>/g)].map((m) => [m[1], m[2], m[3]]);
      assert.deepEqual(fills, [
        ['0.0', '#2e7d32', 'met: 1'],
        ['60.0', '#1565c0', 'answered: 1'],
        ['120.0', '#b26a00', 'partial: 1'],
        ['180.0', '#c62828', 'missing: 1'],
        ['240.0', '#607d8b', 'not applicable: 1'],
      ]);
    });

    it('writes a row per commitment: status badge and why, the plan\'s figures, responses as links, summaries rendered safely', async () => {
      const page = await html();
      const start = page.indexOf('<tbody>\n<tr>') + 8;
      const first = page.slice(start, page.indexOf('</tr>', start) + 5);
      assert.equal(
        first,
        [
          '<tr>',
          '  <td><strong>Talking *therapies*</strong><br><code>mh-a</code> · transformation<div class="summary"><p>We <strong>will</strong> alert(1)</p></div></td>',
          '  <td><span class="badge" style="background:#b26a00">partial</span><div class="why">short by 5%</div></td>',
          '  <td class="nowrap">on-track</td>',
          '  <td>≥ 25%</td>',
          '  <td class="nowrap">1,200</td>',
          '  <td>22% in 2023/24</td>',
          '  <td class="gap">3 points</td>',
          '  <td><a href="anyshire/04-mh.md#L3">anyshire/04-mh.md:3</a><br><a href="anyshire/my%20notes.md#L10">anyshire/my notes.md:10</a></td>',
          '</tr>',
        ].join('\n'),
      );
      assert.ok(page.includes('<td><span class="badge" style="background:#607d8b">not applicable</span><div class="why">not our service</div></td>'));
      assert.ok(page.includes('<code>mh-c</code> · transformation</td>'), 'a row without summaries has no summary block');
      const tables = [...page.matchAll(/<h3>([^<]*)<\/h3>/g)].map((m) => m[1]);
      assert.deepEqual(tables, ['Mental health', 'Cancer']);
    });

    it('puts each row in its own area\'s table, each table, bar, row and plan on lines of their own', async () => {
      const two = { ...rows[2], summaries: ['first', 'second'] } as (typeof rows)[number];
      const page = await formatCoverageHtml([plan([rows[0] ?? row({}), rows[1] ?? row({}), two], [], 'One', { areas }), plan([], [], 'Two')], CWD, META);
      const tables = page.split('<h3>').slice(1).map((t) => [t.slice(0, t.indexOf('<')), [...t.matchAll(/<code>([a-z-]+)<\/code> ·/g)].map((m) => m[1])]);
      assert.deepEqual(tables, [
        ['Mental health', ['mh-a', 'mh-c']],
        ['Cancer', ['ca-b']],
      ]);
      assert.ok(page.includes('</tr>\n<tr>\n  <td><strong>Crisis care'), 'rows on lines of their own');
      assert.ok(page.includes('</table>\n<h3>Cancer</h3>'), 'tables on lines of their own');
      assert.ok(page.includes('</td></tr>\n<tr><td>Cancer</td>'), 'bars on lines of their own');
      assert.ok(page.includes('</section>\n<section>\n<h1>Commitment coverage: Two</h1>'), 'plans in sections of their own');
      assert.ok(page.includes('<body>\n<section>\n<h1>Commitment coverage: One</h1>'), 'nothing before the first plan');
      assert.ok(page.includes('<div class="summary"><p>first</p><p>second</p></div>'));
    });
  });
});
