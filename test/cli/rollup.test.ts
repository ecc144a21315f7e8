import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseCsv } from '../helpers/csv';
import { lines } from '../helpers/engine';
import { STACK_TRACE, TempFolders } from './cli-harness';
import { planwrightEither, prepareCli } from './in-process';

const block = (id: string, status: string, ...rest: string[]) => lines('```commitment', `id: ${id}`, `status: ${status}`, ...rest, '```', '');

function planYaml(title: string, population: number | undefined, orgs: string[]): string {
  return lines(
    'plan:',
    `  title: '${title.replace(/'/g, "''")}'`,
    '  framework: ltp-2019',
    '  period: { start: 2019/20, end: 2023/24 }',
    '  clinical-lead: Dr T. Test',
    'footprint:',
    ...(population === undefined ? [] : [`  population: ${population}`]),
    '  organisations:',
    ...orgs.map((id) => `    - { id: ${id}, name: ${id} name, type: other }`),
    'engagement:',
    '  - { with: public, how: listening events }',
    '',
  );
}

const HOSTILE = 'North <script>alert("x")</script> & "Co"';

/** Three plans: two sharing an organisation that answers one commitment differently, one without a population and with a binary file. */
function threePlans(temp: TempFolders, northTitle = 'North'): string {
  return temp.withFiles({
    'north/plan.yaml': planYaml(northTitle, 563_000, ['north-ccg', 'shared-mh']),
    'north/mh.md': lines(block('mh-talking-therapies', 'on-track', 'lead: shared-mh', 'trajectory: { 2022/23: 15000, 2023/24: 20000 }'), block('mh-liaison', 'on-track', 'trajectory: { 2023/24: 60% }')),
    'south/plan.yaml': planYaml('South', 1_126_000, ['south-ccg', 'shared-mh']),
    'south/mh.md': lines(block('mh-talking-therapies', 'on-track', 'lead: shared-mh', 'trajectory: { 2022/23: 30000, 2023/24: 36000 }'), block('mh-liaison', 'on-track', 'trajectory: { 2023/24: 75% }')),
    'west/plan.yaml': planYaml('West', undefined, ['west-ccg']),
    'west/mh.md': block('mh-talking-therapies', 'on-track', 'trajectory: { 2023/24: 99999 }'),
    'west/scan.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
  });
}

describe('CLI: planwright rollup', function () {
  this.timeout(120_000);
  const temp = new TempFolders();
  let folder = '';

  before(() => {
    prepareCli();
    folder = threePlans(temp);
  });
  after(() => temp.cleanup());

  it('text (the default): population, weakest plans, national sums, rate means and consistency', async () => {
    const result = await planwrightEither(['rollup', '.'], folder);
    assert.equal(result.status, 0, result.stderr);
    const text = result.stdout;
    assert.match(text, /^Roll-up: 3 plans on ltp-2019$/m);
    assert.match(text, /The plans cover 1,689,000 people of England's 56\.3m \(3%\); 54\.6m people are in no plan read here\./);
    assert.match(text, /No footprint population, so left out of the sums: West\./);
    assert.match(text, /In more than one footprint: shared-mh name \(North, South\)\./);
    assert.match(text, /^ {2}West — .*INCOMPLETE: west\/scan\.md:1 the file is binary/m);
    assert.match(text, /Widen access to talking therapies \(mh-talking-therapies\), ≥ 1,900,000 by 2023\/24: 2 plans add up to 56,000 in 2023\/24 against 1,900,000 nationally: shortfall 1,844,000; against the sum of their fair shares \(57,013\): shortfall 1,013\. Left out: West \(no footprint population: left out of the sums\)\./);
    assert.match(text, /\(mh-liaison\), ≥ 70% by 2023\/24: Population-weighted mean of 2 plans \(1,689,000 people\) in 2023\/24: 70%, which meets the national 70%\./);
    assert.match(text, /north\/mh\.md:2, south\/mh\.md:2: shared-mh leads mh-talking-therapies in "North" and "South" with different trajectories \(2022\/23: 15,000 vs 30,000; 2023\/24: 20,000 vs 36,000\)/);
  });

  it('--format md: tables for the plans, the sums by year and the matrix', async () => {
    const result = await planwrightEither(['rollup', '.', '--format', 'md'], folder);
    const md = result.stdout;
    assert.match(md, /^# Roll-up: 3 plans on `ltp-2019`$/m);
    assert.match(md, /^\| Plan \| Population \| Foundational answered \| Foundational met \| Consistency findings \| Unreadable parts \|$/m);
    assert.match(md, /^\| West \| none given \| .* \| 0 \| \*\*incomplete\*\*: `west\/scan\.md:1` /m);
    assert.match(md, /^\| North \| 563,000 \| .* \| 1 \| {2}\|$/m);
    assert.match(md, /^### Widen access to talking therapies \(`mh-talking-therapies`\): ≥ 1,900,000 by 2023\/24$/m);
    assert.match(md, /^\| Plans' total \| 45,000 \| 56,000 \|$/m);
    assert.match(md, /^\| South \| 36,000 \| 38,009 \| shortfall 2,009 \|$/m);
    assert.match(md, /^\| North \| 20,000 \| 19,004 \| surplus 996 \|$/m);
    assert.match(md, /^\| Commitment \| West \| North \| South \|$/m);
    assert.match(md, /^\| Widen access to talking therapies \(`mh-talking-therapies`\) \| [a-z]+(: no footprint population)? \| met: 20,000 in 2023\/24 \(fair share 19,004\) \| partial: 36,000 in 2023\/24 \(fair share 38,009\) \|$/m);
    assert.match(md, /^## Consistency across plans$/m);
  });

  it('--foundational keeps only foundational commitments', async () => {
    const all = JSON.parse((await planwrightEither(['rollup', '.', '-f', 'json'], folder)).stdout) as { frameworks: { matrix: { kind: string }[] }[] };
    const foundational = JSON.parse((await planwrightEither(['rollup', '.', '-f', 'json', '--foundational'], folder)).stdout) as typeof all;
    assert.ok(all.frameworks[0]?.matrix.some((r) => r.kind !== 'foundational'));
    assert.ok((foundational.frameworks[0]?.matrix.length ?? 0) > 0);
    assert.ok(foundational.frameworks[0]?.matrix.every((r) => r.kind === 'foundational'));
  });

  it('--format json: the whole roll-up, with paths relative to the current folder', async () => {
    const result = await planwrightEither(['rollup', '.', '--format', 'json'], folder);
    const json = JSON.parse(result.stdout) as {
      frameworks: { framework: string; plans: { root: string; unreadable: { uri: string }[] }[]; counts: { id: string; total: number; fairShares: number }[]; population: { covered: number } }[];
      consistency: { kind: string; plans: { uri: string }[] }[];
    };
    const [ltp] = json.frameworks;
    assert.equal(ltp?.framework, 'ltp-2019');
    assert.deepEqual(ltp?.plans.map((p) => p.root), ['west', 'north', 'south']);
    assert.deepEqual(ltp?.plans[0]?.unreadable.map((u) => u.uri), ['west/scan.md']);
    const sum = ltp?.counts.find((c) => c.id === 'mh-talking-therapies');
    assert.equal(sum?.total, 56000);
    assert.equal(Math.round(sum?.fairShares ?? 0), 57013);
    assert.equal(ltp?.population.covered, 1_689_000);
    assert.deepEqual(json.consistency.map((c) => [c.kind, c.plans.map((p) => p.uri)]), [['trajectory', ['north/mh.md', 'south/mh.md']]]);
  });

  it('--format csv: one row per plan and commitment, plus the national sums; formula cells guarded', async () => {
    const hostile = threePlans(temp, '=HYPERLINK("http://example.com","x")');
    const rows = parseCsv((await planwrightEither(['rollup', '.', '--format', 'csv'], hostile)).stdout);
    assert.deepEqual(rows[0], ['framework', 'row', 'plan', 'root', 'commitment', 'title', 'kind', 'status', 'year', 'value', 'fair_share', 'required', 'balance', 'gap']);
    for (const row of rows.slice(1)) {
      assert.equal(row.length, 14);
      for (const cell of row) assert.ok(!/^[=+\-@]/.test(cell) || /^-\d+(\.\d+)?$/.test(cell), cell);
    }
    const north = rows.find((r) => r[3] === 'north' && r[4] === 'mh-talking-therapies');
    assert.deepEqual(north?.slice(0, 3), ['ltp-2019', 'plan', `'=HYPERLINK("http://example.com","x")`]);
    assert.deepEqual(north?.slice(7, 12), ['met', '2023/24', '20000', '19004.4', '19004.4']);
    const sum = rows.find((r) => r[1] === 'national-sum' && r[4] === 'mh-talking-therapies');
    assert.deepEqual(sum?.slice(8, 13), ['2023/24', '56000', '57013.2', '1900000', '-1844000']);
    const mean = rows.find((r) => r[1] === 'weighted-mean' && r[4] === 'mh-liaison');
    assert.deepEqual(mean?.slice(7, 13), ['met', '2023/24', '70', '', '70', '0']);
  });

  it('--format html: a board paper with SVG charts, no script, plan text escaped', async () => {
    const hostile = threePlans(temp, HOSTILE);
    const html = (await planwrightEither(['rollup', '.', '--format', 'html'], hostile)).stdout;
    assert.ok(html.startsWith('<!doctype html>'));
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /North &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &quot;Co&quot;/);
    assert.match(html, /<svg class="pw-chart"[^>]*aria-label="Widen access to talking therapies: the plans&#39; total"/);
    assert.match(html, /<td class="pw-met">met: 20,000 in 2023\/24 \(fair share 19,004\)<\/td>/);
    assert.match(html, /class="pw-incomplete">incomplete: the file is binary/);
  });

  it('plans on two frameworks are rolled up apart', async () => {
    const mixed = temp.withFiles({
      'new/plan.yaml': planYaml('New', 563_000, ['n-ccg']),
      'old/plan.yaml': planYaml('Old', 563_000, ['o-ccg']).replace('ltp-2019', 'planning-2016').replace('2019/20, end: 2023/24', '2016/17, end: 2020/21'),
    });
    const result = await planwrightEither(['rollup', '.'], mixed);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Roll-up: 1 plan on ltp-2019$/m);
    assert.match(result.stdout, /^Roll-up: 1 plan on planning-2016$/m);
    assert.match(result.stdout, /The plans cover 563,000 people \(the framework gives no population for England\)\./);
  });

  it('bad usage: an unknown format, a path with no plan', async () => {
    const format = await planwrightEither(['rollup', '.', '--format', 'sarif'], folder);
    assert.equal(format.status, 2);
    assert.match(format.stderr, /--format must be one of text, md, html, csv, json for rollup/);
    const empty = temp.withFiles({ 'notes.md': '# nothing\n' });
    const none = await planwrightEither(['rollup', join(empty, 'notes.md')], empty);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /no plan here/);
    assert.doesNotMatch(none.stderr, STACK_TRACE);
  });
});
