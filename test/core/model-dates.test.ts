import * as assert from 'node:assert/strict';
import { dateProblem, daysIn, describeDateProblem, financialYearOf, type DateProblem } from '../../core/src/model/dates';

// The date checks behind the schema's `realDate` keyword and the milestone and engagement
// messages, pinned case by case: what is a date, what is a financial year written another way,
// and what a plan author is told when a date does not exist.

describe('model: dates', () => {
  const financialYears: readonly (readonly [string, string | undefined])[] = [
    ['2019-20', '2019/20'],
    ['2019/2020', '2019/20'],
    ['2019-2020', '2019/20'],
    [' 2019 / 20 ', '2019/20'],
    ['2019–20', '2019/20'],
    ['1999-00', '1999/00'],
    ['1999/2000', '1999/00'],
    ['2099/2100', '2099/00'],
    // Not the next year, or not a year at all.
    ['2019-21', undefined],
    ['2019/2021', undefined],
    ['2019/2019', undefined],
    ['2019', undefined],
    ['19-20', undefined],
    ['2019-2', undefined],
    ['2019-020', undefined],
    ['2019:20', undefined],
    ['x2019-20', undefined],
    ['2019-20x', undefined],
  ];
  for (const [text, expected] of financialYears) {
    it(`financialYearOf(${JSON.stringify(text)}) is ${expected ?? 'undefined'}`, () => assert.equal(financialYearOf(text), expected));
  }

  const days: readonly (readonly [number, number, number])[] = [
    [2019, 1, 31], [2019, 2, 28], [2019, 3, 31], [2019, 4, 30], [2019, 5, 31], [2019, 6, 30],
    [2019, 7, 31], [2019, 8, 31], [2019, 9, 30], [2019, 10, 31], [2019, 11, 30], [2019, 12, 31],
    // Leap years: every fourth, but not centuries unless divisible by 400.
    [2020, 2, 29], [2024, 2, 29], [1900, 2, 28], [2100, 2, 28], [2000, 2, 29], [2400, 2, 29], [2021, 2, 28],
  ];
  for (const [year, month, expected] of days) {
    it(`daysIn(${year}, ${month}) is ${expected}`, () => assert.equal(daysIn(year, month), expected));
  }

  const problems: readonly { readonly text: string; readonly yearAllowed: boolean; readonly expected: DateProblem | undefined }[] = [
    { text: '2019-07', yearAllowed: false, expected: undefined },
    { text: '2019-01', yearAllowed: false, expected: undefined },
    { text: '2019-12', yearAllowed: false, expected: undefined },
    { text: '2019-07-15', yearAllowed: false, expected: undefined },
    { text: '2019-07-01', yearAllowed: false, expected: undefined },
    { text: '2019-07-31', yearAllowed: false, expected: undefined },
    { text: '2020-02-29', yearAllowed: false, expected: undefined },
    // Shapes the schema rejects are not this check's concern, even with a date inside.
    { text: '2019-7', yearAllowed: false, expected: undefined },
    { text: 'x2019-13', yearAllowed: false, expected: undefined },
    { text: '2019-13x', yearAllowed: false, expected: undefined },
    { text: 'July 2019', yearAllowed: true, expected: undefined },
    { text: '2019/20', yearAllowed: true, expected: undefined },
    // No such day.
    { text: '2019-02-29', yearAllowed: false, expected: { why: 'February 2019 has 28 days' } },
    { text: '2019-04-31', yearAllowed: false, expected: { why: 'April 2019 has 30 days' } },
    { text: '2019-12-32', yearAllowed: false, expected: { why: 'December 2019 has 31 days' } },
    { text: '2019-01-32', yearAllowed: false, expected: { why: 'January 2019 has 31 days' } },
    { text: '2019-07-00', yearAllowed: false, expected: { why: 'there is no day 0' } },
    // No such month.
    { text: '2019-00', yearAllowed: false, expected: { why: 'there is no month 0' } },
    { text: '2019-13', yearAllowed: false, expected: { why: 'there is no month 13' } },
    { text: '2019-13', yearAllowed: true, expected: { why: 'there is no month 13' } },
    { text: '2019-00-00', yearAllowed: false, expected: { why: 'there is no month 0' } },
    { text: '2019-13-00', yearAllowed: false, expected: { why: 'there is no month 13' } },
    // A financial year written as a date: suggested where a year is allowed, explained where it is not.
    { text: '2019-20', yearAllowed: true, expected: { why: 'there is no month 20', suggestion: '2019/20' } },
    { text: '2018-19', yearAllowed: true, expected: { why: 'there is no month 19', suggestion: '2018/19' } },
    { text: '2019-20', yearAllowed: false, expected: { why: 'there is no month 20; 2019-20 looks like the financial year 2019/20, but a date is needed here' } },
    { text: '2018-19', yearAllowed: false, expected: { why: 'there is no month 19; 2018-19 looks like the financial year 2018/19, but a date is needed here' } },
    // Day and month the other way round, when swapping them gives a real date.
    { text: '2019-15-07', yearAllowed: false, expected: { why: 'there is no month 15', suggestion: '2019-07-15' } },
    { text: '2019-31-12', yearAllowed: false, expected: { why: 'there is no month 31', suggestion: '2019-12-31' } },
    { text: '2019-13-01', yearAllowed: false, expected: { why: 'there is no month 13', suggestion: '2019-01-13' } },
    { text: '2019-13-12', yearAllowed: false, expected: { why: 'there is no month 13', suggestion: '2019-12-13' } },
    { text: '2020-29-02', yearAllowed: false, expected: { why: 'there is no month 29', suggestion: '2020-02-29' } },
    { text: '2019-20-01', yearAllowed: true, expected: { why: 'there is no month 20', suggestion: '2019-01-20' } },
    // ... and not when it does not.
    { text: '2019-15-13', yearAllowed: false, expected: { why: 'there is no month 15' } },
    { text: '2019-30-02', yearAllowed: false, expected: { why: 'there is no month 30' } },
    { text: '2019-29-02', yearAllowed: false, expected: { why: 'there is no month 29' } },
    { text: '2019-31-04', yearAllowed: false, expected: { why: 'there is no month 31' } },
  ];
  for (const c of problems) {
    it(`dateProblem(${JSON.stringify(c.text)}, year ${c.yearAllowed ? 'allowed' : 'not allowed'})`, () => assert.deepEqual(dateProblem(c.text, c.yearAllowed), c.expected));
  }

  it('names every month in the day after its last', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    assert.deepEqual(
      months.map((_, index) => dateProblem(`2019-${String(index + 1).padStart(2, '0')}-${last[index] as number + 1}`, false)?.why),
      months.map((month, index) => `${month} 2019 has ${last[index] as number} days`),
    );
  });

  it('describeDateProblem offers the suggestion when there is one', () => {
    assert.equal(
      describeDateProblem('`by`', '2019-15-07', { why: 'there is no month 15', suggestion: '2019-07-15' }, false),
      '`by` is "2019-15-07", which is not a real date (there is no month 15): did you mean 2019-07-15?',
    );
  });

  it('describeDateProblem shows the forms a date may take, with the financial year where it is allowed', () => {
    assert.equal(
      describeDateProblem('`when`', '2019-13', { why: 'there is no month 13' }, false),
      '`when` is "2019-13", which is not a real date (there is no month 13): a date is written like 2019-07 or 2019-07-15',
    );
    assert.equal(
      describeDateProblem('`by`', '2019-13', { why: 'there is no month 13' }, true),
      '`by` is "2019-13", which is not a real date (there is no month 13): a date is written like 2019-07 or 2019-07-15, a financial year like 2019/20',
    );
  });
});
