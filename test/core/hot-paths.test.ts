import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { assessTarget, formatDecimal, formatNumber, targetContextOf, yearStart } from '../../core/src/index';
import { exampleFiles, PLAN_ROOT, projectOf } from '../helpers/engine';

const FORMATTERS = [0, 1, 2].map((digits) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 }));

/** Intl.NumberFormat's text, except that a figure rounding to zero reads "0" where Intl writes "-0". */
function plainFormat(value: number, digits: number): string {
  const text = (FORMATTERS[digits] as Intl.NumberFormat).format(value);
  return text === '-0' ? '0' : text;
}

/** What yearStart did before it read digit by digit. */
function referenceYearStart(year: string): number | undefined {
  const match = /^(\d{4})\/(\d{2})$/.exec(year);
  if (!match?.[1] || !match[2]) return undefined;
  const start = Number(match[1]);
  return (start + 1) % 100 === Number(match[2]) ? start : undefined;
}

describe('hot paths give what the plain forms give', () => {
  it('formatDecimal and formatNumber equal Intl.NumberFormat (en-GB) for any number, without its "-0"', () => {
    const number = fc.oneof(fc.integer(), fc.integer({ min: -1e15, max: 1e15 }), fc.maxSafeInteger(), fc.double({ noNaN: true }), fc.constantFrom(-0, 0, 999, 1000, -1000, 999_999, 1_000_000, 2 ** 53, -(2 ** 53) - 2, 1e21, Infinity, -Infinity));
    fc.assert(
      fc.property(number, fc.constantFrom(0 as const, 1 as const, 2 as const), (value, digits) => {
        assert.equal(formatDecimal(value, digits), plainFormat(value, digits));
        const abs = Math.abs(value);
        assert.equal(formatNumber(value), plainFormat(value, abs >= 100 ? 0 : abs >= 10 ? 1 : 2));
      }),
      { numRuns: 5000 },
    );
  });

  it('yearStart reads exactly the financial years the pattern did', () => {
    const yearLike = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${String(a).padStart(4, '0')}/${String(b).padStart(2, '0')}`),
      fc.string({ unit: fc.constantFrom('0', '1', '9', '/', '2', ' ', 'a', '٣'), maxLength: 9 }),
      fc.constantFrom('2019/20', '1999/00', '2019/21', '2019-20', '2019/2', '2019/200', ' 2019/20', '２０19/20'),
    );
    fc.assert(
      fc.property(yearLike, (year) => assert.equal(yearStart(year), referenceYearStart(year), year)),
      { numRuns: 5000 },
    );
  });

  it('one plan context gives one target context, and an assessment is made once and shared', () => {
    const files = exampleFiles();
    const project = projectOf(files);
    const [analysis] = project.analyzeAll();
    assert.ok(analysis);
    const context = targetContextOf(analysis.context);
    assert.equal(targetContextOf(analysis.context), context);
    const response = analysis.context.responses.find((r) => r.trajectory && r.id && analysis.context.catalogs.commitment(r.id.value)?.target);
    assert.ok(response, 'the example has a response with a trajectory and a target');
    const commitment = response.id && analysis.context.catalogs.commitment(response.id.value);
    assert.ok(commitment);
    const assessment = assessTarget(response, commitment, context);
    assert.equal(assessTarget(response, commitment, context), assessment);
    // A context built by hand (another plan's facts) is assessed afresh, and alike when the facts are alike.
    const copy = { ...context };
    const fresh = assessTarget(response, commitment, copy);
    assert.notEqual(fresh, assessment);
    assert.deepEqual(fresh, assessment);
  });

  it("keeps one target context across analyses while plan.yaml stays the same, so an edit elsewhere reuses the other responses' assessments", () => {
    const files = exampleFiles();
    const project = projectOf(files);
    const [before] = project.analyzeAll();
    assert.ok(before);
    const response = before.context.responses.find((r) => r.trajectory && r.id && before.context.catalogs.commitment(r.id.value)?.target);
    const commitment = response?.id && before.context.catalogs.commitment(response.id.value);
    assert.ok(response && commitment);
    const assessment = assessTarget(response, commitment, targetContextOf(before.context));
    // Another chapter than the response's changes: a new analysis, the same manifest, the same context and assessment.
    const other = Object.keys(files).find((f) => f.endsWith('.md') && !response.uri.endsWith(`/${f}`));
    assert.ok(other);
    project.setFile(`${PLAN_ROOT}${other}`, `${files[other]}\nOne more line.\n`);
    const [after] = project.analyzeAll();
    assert.ok(after && after !== before);
    assert.ok(after.context.responses.includes(response), "the edit leaves the response's block as it was");
    assert.equal(targetContextOf(after.context), targetContextOf(before.context));
    assert.equal(assessTarget(response, commitment, targetContextOf(after.context)), assessment);
    // Other plan years for the same manifest (a caller's own facts): another context, whichever end differs.
    const period = after.context.years;
    for (const years of [['2030/31', '2031/32'], [period[0] ?? '', '2031/32'], ['2010/11', period[period.length - 1] ?? '']]) {
      // Each against a context just made from a manifest of its own, so only the years differ.
      const [own] = projectOf(files).analyzeAll();
      assert.ok(own);
      const made = targetContextOf(own.context);
      const facts = { ...own.context, years };
      assert.notEqual(targetContextOf(facts), made, years.join(' to '));
      assert.deepEqual([targetContextOf(facts).planStart, targetContextOf(facts).planEnd], years);
    }
    // Without a manifest: a context of its own each time (nothing to keep it by).
    const bare = { ...after.context, manifest: undefined };
    assert.equal(targetContextOf(bare).population, undefined);
    assert.notEqual(targetContextOf({ ...bare }), targetContextOf(bare));
    // plan.yaml changed (the population): a new context, and the assessment is made again against it.
    const manifest = files['plan.yaml'] ?? '';
    assert.match(manifest, /population: [\d_,]+/);
    project.setFile(`${PLAN_ROOT}plan.yaml`, manifest.replace(/population: [\d_,]+/, 'population: 123456'));
    const [changed] = project.analyzeAll();
    assert.ok(changed);
    assert.notEqual(targetContextOf(changed.context), targetContextOf(after.context));
    assert.equal(targetContextOf(changed.context).population, 123456);
  });
});
