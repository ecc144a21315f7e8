import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testEngine } from '../helpers/engine';
import { parseCsv } from '../helpers/csv';
import { buildCli, EXAMPLES, planwright, REPORT_DATE, STACK_TRACE, TempFolders } from './cli-harness';

/** Every opening tag of an HTML document, with its attributes. */
function tags(html: string): string[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/g)].map((m) => m[0]);
}

const HOSTILE_SUMMARY =
  'Cleaner air around our hospitals <script>alert("summary")</script> see [the plan](javascript:alert(1)), <a href="javascript:alert(2)">here</a>, <img src=x onerror="alert(3)"> and <iframe src="https://example.com"></iframe> done';

const HOSTILE_CHAPTER = [
  '# Air quality',
  '',
  '```commitment',
  'id: air-pollution',
  'status: on-track',
  `summary: '${HOSTILE_SUMMARY.replace(/'/g, "''")}'`,
  'trajectory: { 2019/20: 5%, 2020/21: 10%, 2021/22: 14%, 2022/23: 17%, 2023/24: 20% }',
  '```',
  '',
].join('\n');

describe('CLI: planwright coverage', function () {
  this.timeout(120_000);
  const temp = new TempFolders();
  let hostile = '';

  before(() => {
    buildCli();
    const title = 'Riverside "pilot", <script>alert("title")</script> plan';
    const manifest = readFileSync(join(EXAMPLES, 'riverside', 'plan.yaml'), 'utf8').replace(/^ {2}title: .*$/m, `  title: '${title}'`);
    hostile = join(temp.copyOfExample('riverside', { 'plan.yaml': manifest, '99-air.md': HOSTILE_CHAPTER }), 'riverside');
  });
  after(() => temp.cleanup());

  it('--format md (the default) gives a summary and a table per area', () => {
    const result = planwright(['coverage', 'examples/anyshire']);
    assert.equal(result.status, 0, result.stderr);
    const md = result.stdout;
    assert.ok(md.startsWith('# Commitment coverage: Healthier Anyshire and Wessex five-year system plan\n'), md.slice(0, 200));
    assert.match(md, /^Framework `ltp-2019`\. Plan status draft, as at 2019-09-27\. Report made 2026-12-04\.$/m);
    assert.match(md, /^Foundational commitments: 29\/31 answered, 19 met\. All commitments: 33 met, 14 answered, 5 partial, 2 missing, 0 not applicable\.$/m);
    assert.match(md, /^## Mental health$/m);
    assert.match(md, /^\| Commitment \| Kind \| Status \| Why \| Plan says \| Target \| Fair share \| Final value \| Gap \| Responses \|$/m);
    const talking = md.split('\n').find((line) => line.includes('(`mh-talking-therapies`)'));
    assert.ok(talking, 'a row for mh-talking-therapies');
    assert.match(talking, /\| partial \| 29,000 in 2023\/24 against fair share 42,194: short by 31% \| on-track \|/, 'the assessed status, why, and the plan\'s own status beside it');
    assert.match(talking, /\| 42,194 \|/, 'the fair share for 1,250,000 people');
    const requirement = md.split('\n').find((line) => line.includes('(`financial-balance`)'));
    assert.match(requirement ?? '', /\| partial \| held back by finance-balance: 2021\/22: expenditure £2,332m is above income £2,320m/);
    const unjudged = md.split('\n').find((line) => line.includes('(`community-reablement`)'));
    assert.match(unjudged ?? '', /\| answered \| no measurable national target \| at-risk \|/);
    assert.match(talking, /examples\/anyshire\/04-mental-health\.md:77/);
    assert.deepEqual(planwright(['coverage', 'examples/anyshire', '--format', 'md']).stdout, md);
  });

  it('--format json lists every commitment with its status', () => {
    const result = planwright(['coverage', 'examples/anyshire', '--format', 'json']);
    assert.equal(result.status, 0);
    const plans = JSON.parse(result.stdout) as { title: string; framework: string; status: string; asAt: string; reportDate: string; foundational: { answered: number; met: number; total: number }; commitments: { id: string; status: string; reason: string; planStatus: string; responses: string[] }[] }[];
    assert.equal(plans.length, 1);
    const [plan] = plans;
    assert.equal(plan?.framework, 'ltp-2019');
    assert.deepEqual(plan?.foundational, { answered: 29, met: 19, total: 31 });
    assert.deepEqual([plan?.status, plan?.asAt, plan?.reportDate], ['draft', '2019-09-27', REPORT_DATE]);
    const catalog = testEngine().builtinCatalogs.get('ltp-2019');
    assert.equal(plan?.commitments.length, catalog?.commitments.length);
    const status = (id: string) => plan?.commitments.find((c) => c.id === id)?.status;
    assert.equal(status('uec-nhs-111'), 'missing');
    assert.equal(status('mh-perinatal'), 'missing');
    assert.equal(status('mh-talking-therapies'), 'partial');
    assert.equal(status('cancer-early-diagnosis'), 'met');
    assert.equal(status('community-reablement'), 'answered');
    assert.equal(status('people-plan'), 'partial');
    const people = plan?.commitments.find((c) => c.id === 'people-plan');
    assert.match(people?.reason ?? '', /^held back by workforce-gap: Registered nurses: supply of 6,760 WTE is below demand of 7,100/);
    assert.equal(people?.planStatus, 'at-risk');
    assert.deepEqual(plan?.commitments.find((c) => c.id === 'uec-same-day-emergency-care')?.responses, ['examples/anyshire/03-urgent-and-emergency-care.md:28', 'examples/anyshire/data/responses-urgent-care.yaml:3']);
  });

  it('response locations are relative to the folder it runs in, and absolute when the path was given absolute', () => {
    const responses = (args: string[]) =>
      (JSON.parse(planwright(['coverage', ...args, '--format', 'json']).stdout) as { commitments: { responses: string[] }[] }[]).flatMap((plan) => plan.commitments.flatMap((c) => c.responses));
    const relative = responses(['examples/anyshire']);
    assert.ok(relative.length > 0 && relative.every((r) => r.startsWith('examples/anyshire/')), relative.join(', '));
    const absolute = responses([join(EXAMPLES, 'anyshire')]);
    assert.deepEqual(absolute, relative.map((r) => join(EXAMPLES, '..', r)));
  });

  it('--format csv: the header, one row per commitment, RFC 4180 quoting', () => {
    const result = planwright(['coverage', 'examples/anyshire', '--format', 'csv']);
    assert.equal(result.status, 0);
    const rows = parseCsv(result.stdout);
    assert.deepEqual(rows[0], ['plan', 'planStage', 'asAt', 'reportDate', 'area', 'id', 'kind', 'title', 'status', 'reason', 'planStatus', 'target', 'fairShare', 'finalValue', 'gap', 'responses']);
    const body = rows.slice(1);
    assert.equal(body.length, testEngine().builtinCatalogs.get('ltp-2019')?.commitments.length);
    for (const row of body) assert.equal(row.length, 16, row.join('|'));
    for (const row of body) assert.deepEqual(row.slice(1, 4), ['draft', '2019-09-27', REPORT_DATE]);
    // An area title with commas survives quoting.
    assert.ok(body.some((row) => row[4] === 'Cardiovascular disease, stroke, diabetes and respiratory'));
    assert.match(result.stdout, /,"Cardiovascular disease, stroke, diabetes and respiratory",/);
    const talking = body.find((row) => row[5] === 'mh-talking-therapies');
    assert.deepEqual(talking?.slice(8, 13), ['partial', '29,000 in 2023/24 against fair share 42,194: short by 31%', 'on-track', '≥ 1,900,000 by 2023/24 (national count)', '42,194']);
  });

  it('--format csv quotes a plan title holding quotes and commas', () => {
    const rows = parseCsv(planwright(['coverage', hostile, '--format', 'csv']).stdout);
    assert.equal(rows[1]?.[0], 'Riverside "pilot", <script>alert("title")</script> plan');
  });

  it('--format csv neutralises cells a spreadsheet would read as a formula', () => {
    const manifest = readFileSync(join(EXAMPLES, 'riverside', 'plan.yaml'), 'utf8').replace(/^ {2}title: .*$/m, `  title: '=HYPERLINK("http://example.com","x")'`);
    const folder = join(temp.copyOfExample('riverside', { 'plan.yaml': manifest }), 'riverside');
    const rows = parseCsv(planwright(['coverage', folder, '--format', 'csv']).stdout);
    assert.ok(rows.length > 1);
    for (const row of rows.slice(1)) assert.ok(!/^[=+\-@]/.test(row[0] ?? ''), row[0]);
  });

  it('--format html is a self-contained page under a strict Content-Security-Policy', () => {
    const result = planwright(['coverage', 'examples/anyshire', '--format', 'html']);
    assert.equal(result.status, 0);
    const html = result.stdout;
    assert.match(html, /^<!doctype html>/i);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'[^"]*">/);
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /<code>mh-talking-therapies<\/code>/);
  });

  it('--format html: a table per area (no area column), responses as links, gaps never wrapped, the dates given', () => {
    const html = planwright(['coverage', 'examples/anyshire', '--format', 'html']).stdout;
    assert.match(html, /<h3>Mental health<\/h3>\n<table>\n<thead><tr><th>Commitment<\/th><th>Status<\/th><th>Plan says<\/th>/);
    assert.doesNotMatch(html, /<th>Area<\/th>/);
    assert.match(html, /<a href="examples\/anyshire\/04-mental-health\.md#L77">examples\/anyshire\/04-mental-health\.md:77<\/a>/);
    assert.match(html, /<td class="gap">short by 31%<\/td>/);
    assert.match(html, /\.gap, \.nowrap \{ white-space: nowrap; \}/);
    assert.match(html, /Plan status draft, as at 2019-09-27\. Report made 2026-12-04\./);
    assert.match(html, /<span class="badge" style="background:#1565c0">answered<\/span><div class="why">no measurable national target<\/div>/);
  });

  it('the report date is today unless SOURCE_DATE_EPOCH pins it', () => {
    const pinned = JSON.parse(planwright(['coverage', 'examples/riverside', '--format', 'json'], undefined, { SOURCE_DATE_EPOCH: String(Date.UTC(2020, 0, 31) / 1000) }).stdout) as { reportDate: string }[];
    assert.equal(pinned[0]?.reportDate, '2020-01-31');
    const csv = parseCsv(planwright(['coverage', 'examples/riverside', '--format', 'csv'], undefined, { SOURCE_DATE_EPOCH: 'not a number' }).stdout);
    assert.match(csv[1]?.[3] ?? '', /^\d{4}-\d{2}-\d{2}$/);
  });

  it('--format html: a <script> or javascript: link in a summary or title comes out inert', () => {
    const result = planwright(['coverage', hostile, '--format', 'html']);
    assert.equal(result.status, 0, result.stderr);
    const html = result.stdout;
    assert.match(html, /Cleaner air around our hospitals/, 'the summary is shown');
    assert.doesNotMatch(html, /<script/i);
    for (const tag of tags(html)) {
      assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, `event handler attribute in ${tag}`);
      assert.doesNotMatch(tag, /javascript:/i, `javascript: URL in ${tag}`);
      assert.doesNotMatch(tag, /^<(iframe|object|embed|img)\b/i, `embedded content: ${tag}`);
    }
    // The title is escaped, not dropped.
    assert.match(html, /Riverside &quot;pilot&quot;, &lt;script&gt;alert\(&quot;title&quot;\)&lt;\/script&gt; plan/);
  });

  it('--format markdown escapes table-breaking characters in titles', () => {
    const md = planwright(['coverage', hostile, '--format', 'md']).stdout;
    const heading = md.split('\n')[0] ?? '';
    assert.equal(heading, '# Commitment coverage: Riverside "pilot", \\<script\\>alert("title")\\</script\\> plan');
  });

  const failures: { name: string; args: (folder: string) => string[]; status: number; stderr: RegExp }[] = [
    { name: 'a path that does not exist', args: (f) => ['coverage', join(f, 'nope')], status: 2, stderr: /no such file or folder/ },
    { name: 'a folder with no plan', args: (f) => ['coverage', f], status: 2, stderr: /no plan here/ },
    { name: 'a format check does not have', args: () => ['coverage', 'examples/riverside', '--format', 'sarif'], status: 2, stderr: /--format must be one of md, html, csv, json for coverage/ },
  ];
  for (const c of failures) {
    it(`exits 2 for ${c.name}, without a stack trace`, () => {
      const result = planwright(c.args(temp.withFiles({ 'notes.md': '# Notes\n' })));
      assert.equal(result.status, c.status, result.stderr);
      assert.match(result.stderr, c.stderr);
      assert.doesNotMatch(result.stdout + result.stderr, STACK_TRACE);
    });
  }
});
