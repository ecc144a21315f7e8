import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testEngine } from '../helpers/engine';
import { buildCli, EXAMPLES, planwright, STACK_TRACE, TempFolders } from './cli-harness';

/** RFC 4180: quoted fields may hold commas, CR/LF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      assert.notEqual(ch, '\n', `a bare LF outside quotes at ${i}`);
      assert.notEqual(ch, '"', `a quote inside an unquoted cell at ${i}`);
      cell += ch;
    }
  }
  assert.equal(quoted, false, 'unterminated quoted cell');
  assert.equal(cell, '', 'the last row ends with CRLF');
  assert.equal(row.length, 0);
  return rows;
}

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
    assert.match(md, /Foundational commitments: 29 of 31 answered/);
    assert.match(md, /^## Mental health$/m);
    assert.match(md, /^\| Commitment \| Kind \| Status \| Target \| Fair share \| Final value \| Gap \| Responses \|$/m);
    const talking = md.split('\n').find((line) => line.includes('(`mh-talking-therapies`)'));
    assert.ok(talking, 'a row for mh-talking-therapies');
    assert.match(talking, /\| partial \|/);
    assert.match(talking, /\| 8,437 \|/, 'the fair share for 1,250,000 people');
    assert.match(talking, /examples\/anyshire\/04-mental-health\.md:77/);
    assert.deepEqual(planwright(['coverage', 'examples/anyshire', '--format', 'md']).stdout, md);
  });

  it('--format json lists every commitment with its status', () => {
    const result = planwright(['coverage', 'examples/anyshire', '--format', 'json']);
    assert.equal(result.status, 0);
    const plans = JSON.parse(result.stdout) as { title: string; framework: string; foundational: { answered: number; met: number; total: number }; commitments: { id: string; status: string; responses: string[] }[] }[];
    assert.equal(plans.length, 1);
    const [plan] = plans;
    assert.equal(plan?.framework, 'ltp-2019');
    assert.deepEqual(plan?.foundational, { answered: 29, met: 28, total: 31 });
    const catalog = testEngine().builtinCatalogs.get('ltp-2019');
    assert.equal(plan?.commitments.length, catalog?.commitments.length);
    const status = (id: string) => plan?.commitments.find((c) => c.id === id)?.status;
    assert.equal(status('uec-nhs-111'), 'missing');
    assert.equal(status('mh-perinatal'), 'missing');
    assert.equal(status('mh-talking-therapies'), 'partial');
    assert.equal(status('cancer-early-diagnosis'), 'met');
    assert.deepEqual(plan?.commitments.find((c) => c.id === 'uec-same-day-emergency-care')?.responses, ['examples/anyshire/03-urgent-and-emergency-care.md:28', 'examples/anyshire/data/responses-urgent-care.yaml:3']);
  });

  it('--format csv: the header, one row per commitment, RFC 4180 quoting', () => {
    const result = planwright(['coverage', 'examples/anyshire', '--format', 'csv']);
    assert.equal(result.status, 0);
    const rows = parseCsv(result.stdout);
    assert.deepEqual(rows[0], ['plan', 'area', 'id', 'kind', 'title', 'status', 'target', 'fairShare', 'finalValue', 'gap', 'responses']);
    const body = rows.slice(1);
    assert.equal(body.length, testEngine().builtinCatalogs.get('ltp-2019')?.commitments.length);
    for (const row of body) assert.equal(row.length, 11, row.join('|'));
    // An area title with commas survives quoting.
    assert.ok(body.some((row) => row[1] === 'Cardiovascular disease, stroke, diabetes and respiratory'));
    assert.match(result.stdout, /,"Cardiovascular disease, stroke, diabetes and respiratory",/);
    const talking = body.find((row) => row[2] === 'mh-talking-therapies');
    assert.deepEqual(talking?.slice(5, 8), ['partial', '≥ 380,000 by 2023/24 (national count)', '8,437']);
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
