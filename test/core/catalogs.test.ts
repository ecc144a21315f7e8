import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { PlanProject, yearStart, type Catalog, type CommitmentKind } from '../../core/src/index';
import { loadEngine } from '../../host/src/index';
import { testEngine } from '../helpers/engine';

const REPO = resolve(__dirname, '..', '..', '..');
const CATALOG_DIR = join(REPO, 'catalogs');

/** PRODUCT.md §2.5, copied here on purpose: these ids are users' API and may never be renamed or dropped. */
const LTP_2019: Record<string, { kind: CommitmentKind; ids: string[] }> = {
  'primary and community': { kind: 'foundational', ids: ['pc-funding-growth', 'pc-networks', 'pc-network-staff', 'community-crisis-response', 'community-reablement', 'care-homes-enhanced-health'] },
  'urgent and emergency': { kind: 'foundational', ids: ['uec-same-day-emergency-care', 'uec-urgent-treatment-centres', 'uec-nhs-111', 'uec-long-stays'] },
  'personalised care': { kind: 'foundational', ids: ['personalised-care', 'personal-health-budgets', 'social-prescribing'] },
  'digital and outpatients': { kind: 'foundational', ids: ['digital-first-primary-care', 'outpatient-redesign'] },
  cancer: { kind: 'foundational', ids: ['cancer-early-diagnosis', 'cancer-rapid-diagnostic-centres', 'cancer-faster-diagnosis', 'cancer-62-day'] },
  'mental health': { kind: 'foundational', ids: ['mh-investment-standard', 'mh-cyp-access', 'mh-perinatal', 'mh-talking-therapies', 'mh-smi-community', 'mh-smi-health-checks', 'mh-crisis-care', 'mh-liaison', 'mh-out-of-area-placements'] },
  'planned care': { kind: 'foundational', ids: ['elective-growth', 'rtt-18-weeks'] },
  system: { kind: 'foundational', ids: ['ics-by-2021'] },
  prevention: { kind: 'transformation', ids: ['tobacco-inpatients', 'tobacco-pregnancy', 'alcohol-care-teams', 'diabetes-prevention', 'air-pollution'] },
  maternity: { kind: 'transformation', ids: ['maternity-safety', 'saving-babies-lives', 'continuity-of-carer'] },
  'learning disability and autism': { kind: 'transformation', ids: ['lda-health-checks', 'lda-inpatients'] },
  'cardiovascular, stroke, diabetes, respiratory': { kind: 'transformation', ids: ['cvd-prevention', 'cardiac-rehab', 'stroke-thrombectomy', 'stroke-specialist-care', 'diabetes-pregnancy-cgm', 'pulmonary-rehab'] },
  'plan requirements': { kind: 'requirement', ids: ['inequalities-goals', 'people-plan', 'financial-balance', 'productivity', 'demand-moderation', 'unwarranted-variation', 'capital-use'] },
};

const LTP_2019_ASSUMPTIONS = ['emergency-admissions-growth', 'bed-days-change', 'outpatient-attendances-change', 'elective-activity-growth', 'length-of-stay-change'];

const PLANNING_2016 = [
  'must-do-1-stp',
  'must-do-2-financial-balance',
  'must-do-3-general-practice',
  'must-do-4-ae-ambulance',
  'must-do-5-rtt',
  'must-do-6-cancer',
  'must-do-7-mental-health',
  'must-do-7-dementia',
  'must-do-8-learning-disabilities',
  'must-do-9-quality',
  'gap-health-wellbeing',
  'gap-care-quality',
  'gap-finance-efficiency',
  'stp-footprint',
];

/** Targets whose figure or date the fact sheet marks U (unconfirmed): shown, never enforced. */
const UNCONFIRMED_TARGETS: [catalog: string, id: string][] = [
  ['ltp-2019', 'uec-urgent-treatment-centres'], // LTP-UEC-03: the autumn 2020 date is U
  ['planning-2016', 'must-do-7-dementia'], // must do 7b: the 2016/17 wording is U
];

/** Targets built only on the confirmed part of a partly unconfirmed fact-sheet row. */
const CONFIRMED_TARGETS: [catalog: string, id: string, value: string][] = [
  ['ltp-2019', 'mh-talking-therapies', '1900000'], // LTP-MH-07: the 1.9m total a year (C2 in the December 2026 fact-check; the +380,000 is on top of 2020/21)
  ['ltp-2019', 'diabetes-prevention', '200000'], // LTP-PREV-06: 200,000 places a year (C2 in the December 2026 fact-check)
];

function builtin(id: string): Catalog {
  const catalog = testEngine().builtinCatalogs.get(id);
  assert.ok(catalog, `built-in catalog ${id}`);
  return catalog;
}

describe('built-in catalogs', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const files = readdirSync(CATALOG_DIR).filter((name) => name.endsWith('.catalog.yaml'));

  it('are the two the product names', () => {
    assert.deepEqual([...files].sort(), ['ltp-2019.catalog.yaml', 'planning-2016.catalog.yaml']);
    assert.deepEqual([...testEngine().builtinCatalogs.keys()].sort(), ['ltp-2019', 'planning-2016']);
  });

  it('load into an engine (loadEngine throws on an invalid built-in catalog)', () => {
    assert.doesNotThrow(() => loadEngine());
  });

  for (const name of files) {
    it(`${name} validates against schemas/catalog.schema.json with no problems`, () => {
      const text = readFileSync(join(CATALOG_DIR, name), 'utf8');
      const doc = parseDocument(text, { uniqueKeys: true });
      assert.deepEqual(doc.errors.map((e) => e.message), []);
      assert.deepEqual(testEngine().schemas.validate('catalog', doc.toJS()), []);
      // And read as a workspace catalog file, the way local catalogs are.
      const project = new PlanProject(testEngine());
      const uri = `file:///workspace/${name}`;
      project.setFile(uri, text);
      assert.deepEqual(project.document(uri)?.problems.map((p) => `${p.range.start.line + 1}: ${p.message}`), []);
    });
  }

  it('every entry of the catalog files was read (none dropped for missing essentials)', () => {
    for (const name of files) {
      const doc = parseDocument(readFileSync(join(CATALOG_DIR, name), 'utf8')).toJS() as { catalog: { id: string }; commitments: unknown[] };
      assert.equal(builtin(doc.catalog.id).commitments.length, doc.commitments.length, name);
    }
  });

  describe('ltp-2019', () => {
    for (const [area, { kind, ids }] of Object.entries(LTP_2019)) {
      it(`${area}: every PRODUCT.md §2.5 id is present, as a ${kind}`, () => {
        const catalog = builtin('ltp-2019');
        for (const id of ids) {
          const commitment = catalog.commitments.find((c) => c.id === id);
          assert.ok(commitment, `${id} is missing from ltp-2019`);
          assert.equal(commitment.kind, kind, id);
        }
        // One area per PRODUCT.md row.
        const areas = new Set(ids.map((id) => catalog.commitments.find((c) => c.id === id)?.area));
        assert.equal(areas.size, 1, `${area} spans ${[...areas].join(', ')}`);
      });
    }

    it('has no two commitments with one id', () => {
      const ids = builtin('ltp-2019').commitments.map((c) => c.id);
      assert.equal(new Set(ids).size, ids.length);
    });

    it('has the plausible ranges for the named activity assumptions', () => {
      const catalog = builtin('ltp-2019');
      for (const id of LTP_2019_ASSUMPTIONS) {
        const assumption = catalog.assumptions.find((a) => a.id === id);
        assert.ok(assumption, `assumption ${id}`);
        assert.ok(assumption.min !== undefined || assumption.max !== undefined, `${id} has a range`);
        assert.ok(assumption.evidence.length > 0, `${id} has evidence`);
        assert.ok(assumption.source !== undefined || assumption.heuristic, `${id} has a source or is marked a heuristic`);
      }
    });

    it('uses England\'s confirmed mid-2019 population (ONS, 56,286,961) for fair shares', () => {
      assert.deepEqual(builtin('ltp-2019').population, { value: 56_286_961, year: 2019, confirmed: true });
      assert.deepEqual(builtin('ltp-2019').period, { start: '2019/20', end: '2023/24' });
    });
  });

  describe('planning-2016', () => {
    it('has every PRODUCT.md §2.5 id', () => {
      const ids = builtin('planning-2016').commitments.map((c) => c.id);
      for (const id of PLANNING_2016) assert.ok(ids.includes(id), `${id} is missing from planning-2016`);
    });

    it('covers 2016/17 to 2020/21', () => {
      assert.deepEqual(builtin('planning-2016').period, { start: '2016/17', end: '2020/21' });
    });
  });

  for (const id of ['ltp-2019', 'planning-2016']) {
    it(`${id}: every commitment has a title, summary, guidance and a source with a title`, () => {
      for (const c of builtin(id).commitments) {
        assert.ok(c.title.trim().length > 0, `${c.id} title`);
        assert.ok(c.summary.trim().length > 0, `${c.id} summary`);
        assert.ok(c.guidance.trim().length > 0, `${c.id} guidance`);
        assert.ok(c.source && c.source.title.trim().length > 0, `${c.id} source`);
      }
    });

    it(`${id}: every target is due by a financial year`, () => {
      for (const c of builtin(id).commitments) {
        if (!c.target) continue;
        assert.notEqual(yearStart(c.target.by), undefined, `${c.id}: by ${c.target.by}`);
        assert.ok(c.target.measure.trim().length > 0, `${c.id} measure`);
      }
    });

    it(`${id}: every area a commitment names is declared`, () => {
      const catalog = builtin(id);
      const declared = new Set(catalog.areas.map((a) => a.id));
      for (const c of catalog.commitments) assert.ok(declared.has(c.area), `${c.id}: area ${c.area}`);
    });
  }

  it('every target in the files was read (a target the engine drops would silently never be checked)', () => {
    for (const name of files) {
      const doc = parseDocument(readFileSync(join(CATALOG_DIR, name), 'utf8')).toJS() as { catalog: { id: string }; commitments: { id: string; target?: unknown }[] };
      const catalog = builtin(doc.catalog.id);
      for (const raw of doc.commitments) {
        assert.equal(catalog.commitments.find((c) => c.id === raw.id)?.target !== undefined, raw.target !== undefined, `${name}: ${raw.id}`);
      }
    }
  });

  for (const [catalogId, id] of UNCONFIRMED_TARGETS) {
    it(`${catalogId} ${id}: the fact sheet marks the figure unconfirmed, so the target carries confirmed: false`, () => {
      const target = builtin(catalogId).commitments.find((c) => c.id === id)?.target;
      assert.ok(target, `${id} has a target`);
      assert.equal(target.confirmed, false);
    });
  }

  for (const [catalogId, id, value] of CONFIRMED_TARGETS) {
    it(`${catalogId} ${id}: the target uses only the confirmed figure (${value})`, () => {
      const target = builtin(catalogId).commitments.find((c) => c.id === id)?.target;
      assert.ok(target, `${id} has a target`);
      assert.equal(target.confirmed, true);
      assert.equal(target.value.kind === 'percent' ? `${target.value.value}%` : String(target.value.value), value);
    });
  }
});
