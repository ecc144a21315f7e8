import * as assert from 'node:assert/strict';
import { parseCatalog } from '../../core/src/catalog/parse-catalog';
import { lines, testEngine } from '../helpers/engine';

/** Reading a catalog file into the model: the flags, defaults and orders the engine relies on. */

const HEAD = 'catalog: { id: local, title: Local, version: "1", period: { start: 2019/20, end: 2023/24 }';
const commitment = (id: string, extra: string[] = []) => [`  - id: ${id}`, '    area: a', '    kind: foundational', '    title: T', '    summary: S', '    source: { title: S }', '    guidance: G', ...extra];
const catalogOf = (head: string, ...body: string[]) => {
  const parsed = parseCatalog('file:///p/local.catalog.yaml', lines(head, 'areas: [{ id: a, title: A }]', 'commitments:', ...body, ''), testEngine().schemas, false);
  assert.ok(parsed.catalog, 'the catalog was read');
  return parsed.catalog;
};
const targetOf = (target: string) => catalogOf(`${HEAD} }`, ...commitment('x', [`    target: ${target}`])).commitments[0]?.target;

describe('reading a catalog file', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  it('an empty file, or one with only comments, is one schema problem on its first line saying what a catalog needs', () => {
    for (const text of ['', '# nothing yet\n']) {
      const parsed = parseCatalog('file:///p/x.catalog.yaml', text, testEngine().schemas, false);
      assert.equal(parsed.catalog, undefined);
      assert.deepEqual(
        parsed.document.problems.map((p) => [p.ruleId, p.message, p.range.start.line]),
        [['schema', 'the catalog file is empty: it needs `catalog:` (id, title, version, period), `areas:` and `commitments:`', 0]],
      );
    }
  });

  it('a population is confirmed unless it says confirmed: false; a version written as a number is read as text', () => {
    const population = (extra: string) => catalogOf(`${HEAD}, population: { value: 56000000, year: 2019${extra} } }`).population;
    assert.deepEqual([population('')?.confirmed, population(', confirmed: false')?.confirmed, population(', confirmed: true')?.confirmed], [true, false, true]);
    assert.equal(catalogOf('catalog: { id: local, title: Local, version: 3, period: { start: 2019/20, end: 2023/24 } }').version, '3');
  });

  it('thresholds and assumptions are heuristics only when they say heuristic: true', () => {
    const catalog = catalogOf(
      `${HEAD} }`,
      ...commitment('x'),
      'thresholds:',
      '  a: { value: 5, heuristic: true, evidence: E }',
      '  b: { value: 6, source: { title: S } }',
      'assumptions:',
      '  - { id: growth, title: Growth, plausible: { min: 1, max: 2 }, heuristic: true, evidence: E }',
      '  - { id: pay, title: Pay, plausible: { min: 1, max: 2 }, source: { title: S } }',
    );
    assert.deepEqual([...catalog.thresholds].map(([name, t]) => [name, t.heuristic, t.evidence]), [['a', true, 'E'], ['b', false, '']]);
    assert.deepEqual(catalog.assumptions.map((a) => [a.id, a.heuristic, a.evidence]), [['growth', true, 'E'], ['pay', false, '']]);
  });

  it('a missing-severity of error, warning or information is kept; anything else is left out', () => {
    const severities = ['error', 'warning', 'information', 'hint'].map((s) => catalogOf(`${HEAD} }`, ...commitment('x', [`    missing-severity: ${s}`])).commitments[0]?.missingSeverity);
    assert.deepEqual(severities, ['error', 'warning', 'information', undefined]);
  });

  it('a target whose scale lacks what it needs is left out, never half-read', () => {
    const base = 'measure: m, direction: decrease, by: 2020/21';
    assert.deepEqual(
      [
        targetOf(`{ ${base}, value: 30, scale: duration }`),
        targetOf(`{ ${base}, value: "110%", scale: index }`),
        targetOf(`{ ${base}, value: "-10%", scale: change }`),
      ],
      [undefined, undefined, undefined],
    );
    assert.deepEqual(
      [targetOf(`{ ${base}, value: 30, scale: duration, unit: minutes }`)?.unit, targetOf(`{ ${base}, value: "110%", scale: index, base-year: 2019/20 }`)?.baseYear, targetOf(`{ ${base}, value: "-10%", scale: change, change: per-year }`)?.change],
      ['minutes', '2019/20', 'per-year'],
    );
  });

  it('milestones come in year order after the target\'s own, each with its note, timing and confirmation', () => {
    const target = targetOf(
      '{ measure: m, value: "92%", scale: rate, direction: increase, by: 2023/24, timing: month, note: final, milestones: [{ value: "85%", by: 2022/23, note: second }, { value: "80%", by: 2020/21, timing: year-average, confirmed: false }] }',
    );
    assert.deepEqual(
      target?.milestones.map((m) => [m.by, m.value.value, m.timing, m.confirmed, m.note]),
      [
        ['2020/21', 80, 'year-average', false, undefined],
        ['2022/23', 85, 'month', true, 'second'],
        ['2023/24', 92, 'month', true, 'final'],
      ],
    );
    assert.equal(targetOf('{ measure: m, value: 5, scale: count, direction: increase, by: 2023/24, timing: fortnightly }')?.timing, 'year-end', 'an unknown timing is the default');
  });

  it('an organisation rule needs a floor or an improvement; its date is the target\'s unless it gives one', () => {
    const rule = (organisations: string) => targetOf(`{ measure: m, value: "60%", scale: rate, direction: increase, by: 2023/24, organisations: ${organisations} }`)?.organisations;
    assert.equal(rule('{ applies-to: each-acute-provider }'), undefined);
    assert.deepEqual(
      [rule('{ applies-to: each-acute-provider, floor: "50%" }')?.by, rule('{ applies-to: each-acute-provider, improvement: "5%", by: 2021/22 }')?.by],
      ['2023/24', '2021/22'],
    );
    assert.deepEqual(
      [rule('{ applies-to: each-acute-provider, floor: "50%", note: agreed }')?.note, 'note' in (rule('{ applies-to: each-acute-provider, floor: "50%" }') ?? {})],
      ['agreed', false],
    );
  });
});
