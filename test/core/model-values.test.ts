import * as assert from 'node:assert/strict';
import { formatDecimal, formatNumber, formatPlanValue, formatPopulation, formatYear, toPlanValue, yearsBetween, yearStart, type PlanValue } from '../../core/src/model/values';

// How plan figures are read and written back in messages, reports and hovers: every figure a
// person reads goes through these, so each spelling and rounding is pinned here.

describe('model: values', () => {
  const readings: readonly (readonly [unknown, PlanValue | undefined])[] = [
    [12, { kind: 'number', value: 12 }],
    [0, { kind: 'number', value: 0 }],
    [-3.5, { kind: 'number', value: -3.5 }],
    ['75%', { kind: 'percent', value: 75 }],
    [' 75 % ', { kind: 'percent', value: 75 }],
    ['-2.5%', { kind: 'percent', value: -2.5 }],
    ['99.95%', { kind: 'percent', value: 99.95 }],
    // Not figures.
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    ['75', undefined],
    ['75%%', undefined],
    ['7.%', undefined],
    ['.5%', undefined],
    ['1e3%', undefined],
    ['75 %x', undefined],
    ['x75%', undefined],
    [null, undefined],
    [true, undefined],
    [{ value: 75 }, undefined],
  ];
  for (const [raw, expected] of readings) {
    it(`toPlanValue(${typeof raw === 'number' ? String(raw) : JSON.stringify(raw)})`, () => assert.deepEqual(toPlanValue(raw), expected));
  }

  const planValues: readonly (readonly [PlanValue, string])[] = [
    [{ kind: 'percent', value: 69.96 }, '69.96%'],
    [{ kind: 'percent', value: 70 }, '70%'],
    [{ kind: 'percent', value: 1234.567 }, '1,234.57%'],
    [{ kind: 'percent', value: 0.004 }, '0%'],
    [{ kind: 'number', value: 8437.3 }, '8,437'],
    [{ kind: 'number', value: 12.34 }, '12.3'],
    [{ kind: 'number', value: 1.256 }, '1.26'],
  ];
  for (const [value, expected] of planValues) {
    it(`formatPlanValue(${JSON.stringify(value)}) is ${expected}`, () => assert.equal(formatPlanValue(value), expected));
  }

  const decimals: readonly (readonly [number, 0 | 1 | 2, string])[] = [
    [1234567, 0, '1,234,567'],
    [-1234, 0, '-1,234'],
    [999, 0, '999'],
    [1000, 0, '1,000'],
    [100000, 2, '100,000'],
    [-999999, 0, '-999,999'],
    [2 ** 53 - 1, 0, '9,007,199,254,740,991'],
    [12.345, 2, '12.35'],
    [12.345, 1, '12.3'],
    [12.345, 0, '12'],
    [0.5, 0, '1'],
    [1234.5, 1, '1,234.5'],
    [1234.56, 2, '1,234.56'],
    [0.1, 2, '0.1'],
    // A figure that is, or rounds to, zero never reads "-0".
    [-0, 0, '0'],
    [-0.001, 2, '0'],
    [-0.4, 0, '0'],
    [-0.6, 0, '-1'],
  ];
  for (const [value, digits, expected] of decimals) {
    it(`formatDecimal(${Object.is(value, -0) ? '-0' : String(value)}, ${digits}) is ${expected}`, () => assert.equal(formatDecimal(value, digits), expected));
  }

  const numbers: readonly (readonly [number, string])[] = [
    [8437.3, '8,437'],
    [100, '100'],
    [150.6, '151'],
    [-150.6, '-151'],
    [99.99, '100'],
    [12.34, '12.3'],
    [-12.34, '-12.3'],
    [10, '10'],
    [10.05, '10.1'],
    [9.999, '10'],
    [9.994, '9.99'],
    [1.256, '1.26'],
    [-1.256, '-1.26'],
    [0, '0'],
  ];
  for (const [value, expected] of numbers) {
    it(`formatNumber(${value}) is ${expected}`, () => assert.equal(formatNumber(value), expected));
  }

  const populations: readonly (readonly [number, string])[] = [
    [56_300_000, '56.3m'],
    [12_345_678, '12.3m'],
    [10_000_000, '10m'],
    [9_999_999, '9,999,999'],
    [1_250_000, '1,250,000'],
  ];
  for (const [value, expected] of populations) {
    it(`formatPopulation(${value}) is ${expected}`, () => assert.equal(formatPopulation(value), expected));
  }

  const starts: readonly (readonly [string, number | undefined])[] = [
    ['2019/20', 2019],
    ['1999/00', 1999],
    ['2099/00', 2099],
    ['0000/01', 0],
    ['2019/21', undefined],
    ['2019/19', undefined],
    ['2019-20', undefined],
    ['2019/2', undefined],
    ['2019/200', undefined],
    ['20a9/20', undefined],
    ['2019/2x', undefined],
    ['2019/:0', undefined],
    // A character just past "9" (":" reads as digit 10) must not pass for a digit: 201: would read 2020.
    ['201:/21', undefined],
    ['2019/2:', undefined],
    ['201/9/20', undefined],
    ['', undefined],
  ];
  for (const [year, expected] of starts) {
    it(`yearStart(${JSON.stringify(year)}) is ${expected ?? 'undefined'}`, () => assert.equal(yearStart(year), expected));
  }

  it('formatYear writes the financial year starting in a calendar year, across a century', () => {
    assert.deepEqual([2019, 1999, 2009, 2099, 2000].map(formatYear), ['2019/20', '1999/00', '2009/10', '2099/00', '2000/01']);
  });

  it('yearsBetween lists every financial year from start to end inclusive', () => {
    assert.deepEqual(yearsBetween('2019/20', '2023/24'), ['2019/20', '2020/21', '2021/22', '2022/23', '2023/24']);
    assert.deepEqual(yearsBetween('2019/20', '2019/20'), ['2019/20']);
    assert.deepEqual(yearsBetween('1999/00', '2001/02'), ['1999/00', '2000/01', '2001/02']);
  });

  it('yearsBetween is empty when an end is malformed, the end comes first, or the span is over a century', () => {
    assert.deepEqual(yearsBetween('2023/24', '2019/20'), []);
    assert.deepEqual(yearsBetween('x', '2019/20'), []);
    assert.deepEqual(yearsBetween('2019/20', 'x'), []);
    assert.deepEqual(yearsBetween('1999/00', '2100/01'), []);
    assert.equal(yearsBetween('1999/00', '2099/00').length, 101);
  });
});
