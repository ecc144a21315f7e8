import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { PlanProject, yearStart, type Catalog, type CommitmentKind } from '../../core/src/index';
import { loadEngine } from '../../host/src/index';
import { lines, manifest, projectOf, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

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
  ['mtpf-2026', 'gp-same-day'], // the framework says the 90% is still to be consulted on
  ['planning-2025', 'elective-activity'], // the 118% is given without its base year
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

  it('are the two the product names and the two current-round frameworks', () => {
    assert.deepEqual([...files].sort(), ['ltp-2019.catalog.yaml', 'mtpf-2026.catalog.yaml', 'planning-2016.catalog.yaml', 'planning-2025.catalog.yaml']);
    assert.deepEqual([...testEngine().builtinCatalogs.keys()].sort(), ['ltp-2019', 'mtpf-2026', 'planning-2016', 'planning-2025']);
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
      const population = builtin('ltp-2019').population;
      assert.deepEqual([population?.value, population?.year, population?.confirmed], [56_286_961, 2019, true]);
      assert.match(population?.source?.title ?? '', /mid-2019/);
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

  for (const id of ['ltp-2019', 'planning-2016', 'planning-2025', 'mtpf-2026']) {
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

/** The 18 rows of "National priorities and success measures for 2025/26" (p.17), in the table's order. */
const PLANNING_2025_SUCCESS_MEASURES = [
  'rtt-18-weeks',
  'rtt-first-appointment',
  'rtt-52-weeks',
  'cancer-62-day',
  'cancer-faster-diagnosis',
  'ae-4-hours',
  'ambulance-category-2',
  'gp-access-experience',
  'urgent-dental',
  'mh-length-of-stay',
  'cyp-mental-health-access',
  'lda-inpatients',
  'financial-balance',
  'agency-spend',
  'activity-per-wte',
  'maternity-safety',
  'core20plus5',
  'hypertension-lipids',
];

/** The framework's success measures and planning requirements. */
const MTPF_2026 = {
  foundational: ['rtt-18-weeks', 'cancer-faster-diagnosis', 'cancer-62-day', 'cancer-31-day', 'diagnostics-6-weeks', 'ae-4-hours', 'ambulance-category-2', 'gp-same-day', 'urgent-dental', 'community-18-weeks', 'mhst-coverage', 'ips-employment', 'talking-therapies', 'out-of-area-placements', 'lda-inpatients', 'agency-spend', 'bank-spend'],
  requirement: ['financial-balance', 'productivity', 'five-year-plan', 'triangulation'],
};

describe('current-round catalogs (planning-2025, mtpf-2026)', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  it('planning-2025: the 18 national success measures, in the table\'s order, as foundational commitments', () => {
    const foundational = builtin('planning-2025').commitments.filter((c) => c.kind === 'foundational').map((c) => c.id);
    assert.deepEqual(foundational, PLANNING_2025_SUCCESS_MEASURES);
  });

  it('mtpf-2026: every success measure and planning requirement, of its kind', () => {
    const catalog = builtin('mtpf-2026');
    for (const [kind, ids] of Object.entries(MTPF_2026)) {
      assert.deepEqual(catalog.commitments.filter((c) => c.kind === kind).map((c) => c.id), ids, kind);
    }
  });

  for (const id of ['planning-2025', 'mtpf-2026']) {
    it(`${id}: fair shares use England's mid-2023 population (ONS, 8 October 2024), with its source`, () => {
      const population = builtin(id).population;
      assert.equal(population?.value, 57_690_323);
      assert.equal(population?.year, 2023);
      assert.equal(population?.confirmed, true);
      assert.match(population?.source?.title ?? '', /mid-2023.*8 October 2024/);
      assert.match(population?.source?.url ?? '', /^https:\/\/www\.ons\.gov\.uk\//);
    });

    it(`${id}: every entry names the document, the part of it and its URL`, () => {
      for (const c of builtin(id).commitments) {
        assert.ok(c.source?.title, `${c.id} source title`);
        assert.ok(c.source.ref, `${c.id} source ref (section or table)`);
        assert.match(c.source.url ?? '', /^https:\/\/www\.(england\.nhs\.uk|gov\.uk)\//, `${c.id} source url`);
      }
    });

    it(`${id}: every target has what its scale needs, and its milestones are in order`, () => {
      for (const c of builtin(id).commitments) {
        const target = c.target;
        if (!target) continue;
        if (target.scale === 'duration') assert.ok(target.unit, `${c.id} unit`);
        if (target.scale === 'index') assert.notEqual(yearStart(target.baseYear ?? ''), undefined, `${c.id} base year`);
        if (target.scale === 'change') assert.ok(target.change, `${c.id} change basis`);
        const years = target.milestones.map((m) => yearStart(m.by) ?? NaN);
        assert.deepEqual(years, [...years].sort((a, b) => a - b), `${c.id} milestones in order`);
        assert.equal(target.milestones[0]?.by, target.by, `${c.id} first milestone is the target's own`);
      }
    });
  }

  it('mtpf-2026 rtt-18-weeks: 70% in 2026/27 then 92% by 2028/29; the per-trust rule is shown but unconfirmed (points or relative is not stated)', () => {
    const target = builtin('mtpf-2026').commitments.find((c) => c.id === 'rtt-18-weeks')?.target;
    assert.deepEqual(target?.milestones.map((m) => [m.by, m.value.value]), [['2026/27', 70], ['2028/29', 92]]);
    assert.equal(target?.organisations?.appliesTo, 'each-acute-provider');
    assert.equal(target?.organisations?.floor?.value, 65);
    assert.equal(target?.organisations?.improvement?.value, 7);
    assert.equal(target?.organisations?.whichever, 'greater');
    assert.equal(target?.organisations?.confirmed, false);
  });

  it('mtpf-2026 ae-4-hours: 82% in March 2027, then 85% as the average for 2028/29', () => {
    const target = builtin('mtpf-2026').commitments.find((c) => c.id === 'ae-4-hours')?.target;
    assert.deepEqual(target?.milestones.map((m) => [m.by, m.value.value, m.timing]), [['2026/27', 82, 'month'], ['2028/29', 85, 'year-average']]);
  });

  it('planning-2025 ambulance-category-2: 30 minutes across the year, lower is better', () => {
    const target = builtin('planning-2025').commitments.find((c) => c.id === 'ambulance-category-2')?.target;
    assert.deepEqual([target?.scale, target?.unit, target?.direction, target?.timing, target?.value.value], ['duration', 'minutes', 'decrease', 'year-average', 30]);
  });

  it('planning-2025 rtt-18-weeks: each trust +5 points on November 2024 with a 60% floor, whichever is greater', () => {
    const rule = builtin('planning-2025').commitments.find((c) => c.id === 'rtt-18-weeks')?.target?.organisations;
    assert.deepEqual([rule?.appliesTo, rule?.floor?.value, rule?.improvement?.value, rule?.improvementAs, rule?.whichever, rule?.confirmed], ['each-acute-provider', 60, 5, 'points', 'greater', true]);
  });

  it('a plan may name either framework', () => {
    for (const framework of ['planning-2025', 'mtpf-2026']) {
      const findings = projectOf({ 'plan.yaml': manifest('', { framework, period: ['2026/27', '2030/31'] }) })
        .analyzeAll()
        .flatMap((a) => a.findings)
        .filter((f) => f.ruleId === 'schema');
      assert.deepEqual(findings.map((f) => f.message), [], framework);
    }
  });
});

describe('catalog targets that are not usable', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const entry = (id: string, target: string) =>
    lines(`  - id: ${id}`, '    area: a', '    kind: foundational', '    title: T', '    summary: S', '    source: { title: S }', '    guidance: G', `    target: ${target}`);
  const local = (...entries: string[]) =>
    lines('catalog: { id: bad-local, title: Bad, version: "1", period: { start: 2019/20, end: 2023/24 } }', 'areas: [{ id: a, title: A }]', 'commitments:', ...entries, '');

  it('an unknown scale, a duration without a unit, an index without a base year, a change without its basis, an organisation type that does not exist: each a schema finding where it is written', () => {
    checkPlan(
      {
        'plan.yaml': manifest('catalogs: [bad.catalog.yaml]'),
        'bad.catalog.yaml': local(
          entry('x-speed', '{ measure: m, value: 3, scale: speed, direction: decrease, by: 2020/21 }'),
          '                                           ^^^^^ schema: `scale` is "speed"; it must be `count`, `rate`, `duration`, `index` or `change`',
          entry('x-duration', '{ measure: m, value: 30, scale: duration, direction: decrease, by: 2020/21 }'),
          '            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ schema: `target` is missing `unit` (a duration target needs its unit, e.g. unit: minutes)',
          entry('x-index', '{ measure: m, value: "110%", scale: index, direction: increase, by: 2020/21 }'),
          '            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ schema: `target` is missing `base-year` (an index target needs the year it is a percentage of',
          entry('x-change', '{ measure: m, value: "-10%", scale: change, direction: decrease, by: 2020/21 }'),
          '            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ schema: `target` is missing `change` (a change target needs how the change is measured',
          entry('x-org', '{ measure: m, value: "60%", scale: rate, direction: increase, by: 2020/21, organisations: { applies-to: each-hospital, floor: "50%" } }'),
          '                                                                                                                    ^^^^^^^^^^^^^ schema: `applies-to` is "each-hospital"; it must be `each-provider`, `each-acute-provider`',
        ),
      },
      { rules: ['schema'] },
    );
  });

  it('the unusable targets are left out (never half-read), the rest of the catalog and the built-in framework keep working', () => {
    const project = projectOf({
      'plan.yaml': manifest('catalogs: [bad.catalog.yaml]'),
      'bad.catalog.yaml': local(
        entry('x-duration', '{ measure: m, value: 30, scale: duration, direction: decrease, by: 2020/21 }'),
        entry('x-good', '{ measure: m, value: 30, scale: duration, unit: minutes, direction: decrease, by: 2020/21 }'),
      ),
    });
    const plan = project.analyzeAll()[0];
    const commitments = [...(plan?.context.catalogs.commitments() ?? [])];
    assert.equal(commitments.find((c) => c.id === 'x-duration')?.target, undefined);
    assert.equal(commitments.find((c) => c.id === 'x-good')?.target?.unit, 'minutes');
    assert.ok(commitments.some((c) => c.id === 'mh-talking-therapies'), 'ltp-2019 still in force');
  });
});
