import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lines, manifest } from '../helpers/engine';
import { buildCli, planwright, REPO, TempFolders } from './cli-harness';

const BUILT_IN = ['ltp-2019', 'mtpf-2026', 'planning-2016', 'planning-2025'];

describe('CLI: planwright catalog', function () {
  this.timeout(120_000);
  const temp = new TempFolders();

  before(() => buildCli());
  after(() => temp.cleanup());

  it('with no id lists the built-in catalogs with their periods and counts', () => {
    const result = planwright(['catalog']);
    assert.equal(result.status, 0, result.stderr);
    for (const id of BUILT_IN) assert.match(result.stdout, new RegExp(`^${id}\\s+built-in`, 'm'));
    const json = JSON.parse(planwright(['catalog', '--format', 'json']).stdout) as { id: string; commitments: number; population: { value: number } | null }[];
    assert.deepEqual(json.map((c) => c.id), BUILT_IN);
    assert.equal(json.find((c) => c.id === 'mtpf-2026')?.population?.value, 57_690_323);
    assert.ok(json.every((c) => typeof c.commitments === 'number' && c.commitments > 0));
  });

  for (const format of ['text', 'md', 'json']) {
    it(`shows the header in ${format}: title, version, period, fair-share population and its source`, () => {
      const result = planwright(['catalog', 'mtpf-2026', '--format', format]);
      assert.equal(result.status, 0, result.stderr);
      for (const expected of ['Medium Term Planning Framework', '2025.10', '2026/27', '2028/29', format === 'json' ? '57690323' : '57,690,323', 'mid-2023 (released 8 October 2024)', 'https://www.ons.gov.uk/']) {
        assert.ok(result.stdout.includes(expected), `${format}: ${expected}`);
      }
    });
  }

  it('json gives every commitment with its target fields and source', () => {
    const listing = JSON.parse(planwright(['catalog', 'mtpf-2026', '--format', 'json']).stdout) as {
      commitments: { id: string; kind: string; area: string; title: string; source: { url: string } | null; target: null | { scale: string; unit: string | null; direction: string; timing: string; by: string; standing: boolean; milestones: { value: string; by: string }[]; organisations: { appliesTo: string } | null } }[];
    };
    const cat2 = listing.commitments.find((c) => c.id === 'ambulance-category-2');
    assert.deepEqual([cat2?.target?.scale, cat2?.target?.unit, cat2?.target?.direction], ['duration', 'minutes', 'decrease']);
    assert.deepEqual(cat2?.target?.milestones, [{ value: '25', by: '2026/27', timing: 'year-end', confirmed: true }, { value: '18', by: '2028/29', timing: 'year-end', confirmed: true }]);
    assert.equal(listing.commitments.find((c) => c.id === 'ae-4-hours')?.target?.organisations?.appliesTo, 'each-acute-provider');
    assert.ok(listing.commitments.every((c) => c.source?.url.startsWith('https://')));
  });

  it('an unknown id is a usage error naming the catalogs', () => {
    const result = planwright(['catalog', 'planning-2052']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown catalog `planning-2052`: did you mean `planning-2025`/);
  });

  it('a bad --format is a usage error', () => {
    const result = planwright(['catalog', 'ltp-2019', '--format', 'csv']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--format must be one of text, md, json/);
  });

  it('lists the local catalogs of the plan in the current folder, and shows one', () => {
    const folder = temp.withFiles({
      'plan.yaml': manifest('catalogs: [local.catalog.yaml]'),
      'local.catalog.yaml': lines(
        'catalog: { id: anyshire-local, title: Anyshire local priorities, version: "3", period: { start: 2019/20, end: 2023/24 } }',
        'areas: [{ id: local, title: Local }]',
        'commitments:',
        '  - { id: local-housing, area: local, kind: transformation, title: Housing, summary: S, guidance: G, source: { title: Board paper } }',
        '',
      ),
    });
    const index = planwright(['catalog'], folder);
    assert.equal(index.status, 0, index.stderr);
    assert.match(index.stdout, /^anyshire-local\s+local/m);
    const one = planwright(['catalog', 'anyshire-local'], folder);
    assert.match(one.stdout, /local-housing \(transformation, local\): Housing/);
    const elsewhere = planwright(['catalog', '--plan', folder]);
    assert.match(elsewhere.stdout, /^anyshire-local\s+local/m);
  });

  describe('docs/catalogs/<id>.md', () => {
    for (const id of BUILT_IN) {
      it(`${id}.md is the command's Markdown output (run node scripts/generate-catalog-docs.mjs after changing the catalog)`, () => {
        const page = readFileSync(join(REPO, 'docs', 'catalogs', `${id}.md`), 'utf8');
        assert.equal(page, planwright(['catalog', id, '--format', 'md']).stdout);
      });
    }

    it('there is a page for every built-in catalog and no other', () => {
      const pages = readdirSync(join(REPO, 'docs', 'catalogs')).filter((n) => n.endsWith('.md')).sort();
      assert.deepEqual(pages, BUILT_IN.map((id) => `${id}.md`));
    });

    it('every commitment id of a catalog file appears in its page', () => {
      for (const id of BUILT_IN) {
        const yaml = readFileSync(join(REPO, 'catalogs', `${id}.catalog.yaml`), 'utf8');
        const page = readFileSync(join(REPO, 'docs', 'catalogs', `${id}.md`), 'utf8');
        const section = yaml.slice(yaml.indexOf('\ncommitments:')).split(/\n(?:assumptions|thresholds):/)[0] ?? '';
        const ids = [...section.matchAll(/^ {2}- id: ([a-z0-9-]+)$/gm)].map((m) => m[1]);
        assert.ok(ids.length > 0, id);
        for (const commitment of ids) assert.ok(page.includes(`| \`${commitment}\` |`), `${id}: ${commitment}`);
      }
    });
  });
});
