import { formatYear } from './values';

/** `2019-20`, `2019/2020`, `2019-2020`, `2019 / 20`: the next year written another way. */
const YEAR_VARIANT = /^(\d{4})\s*[-/–]\s*(\d{2}|\d{4})$/;

/** The financial year a spelling means ("2019-20" or "2019/2020" → "2019/20"), or undefined. */
export function financialYearOf(text: string): string | undefined {
  const match = YEAR_VARIANT.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const start = Number(match[1]);
  if (match[2].length === 4) return Number(match[2]) === start + 1 ? formatYear(start) : undefined;
  return Number(match[2]) === (start + 1) % 100 ? formatYear(start) : undefined;
}

/** What is wrong with a date as written, and what was most likely meant. */
export interface DateProblem {
  /** Why it is not a date, in a few words ("there is no month 13"). */
  readonly why: string;
  /** The likely intended form, when there is one. */
  readonly suggestion?: string;
}

const SHAPE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in a month (1–12) of a year. */
export function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Checks a date written `YYYY-MM` or `YYYY-MM-DD` (the shape is the schema's
 * concern): undefined when it is a real date. `yearAllowed` says whether a
 * financial year would also be accepted where it was written.
 */
export function dateProblem(text: string, yearAllowed: boolean): DateProblem | undefined {
  const match = SHAPE.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month >= 1 && month <= 12) {
    if (day === undefined || (day >= 1 && day <= daysIn(year, month))) return undefined;
    if (day === 0) return { why: 'there is no day 0' };
    return { why: `${MONTHS[month - 1]} ${year} has ${daysIn(year, month)} days` };
  }
  const why = `there is no month ${month}`;
  const financial = day === undefined ? financialYearOf(text) : undefined;
  if (financial) {
    return yearAllowed
      ? { why, suggestion: financial }
      : { why: `${why}; ${text} looks like the financial year ${financial}, but a date is needed here` };
  }
  // Day and month the other way round (2019-15-07 for 15 July).
  if (day !== undefined && day >= 1 && day <= 12 && month <= daysIn(year, day)) {
    return { why, suggestion: `${match[1]}-${match[3]}-${match[2]}` };
  }
  return { why };
}

/** The message for a field holding a date that does not exist. */
export function describeDateProblem(name: string, text: string, problem: DateProblem, yearAllowed: boolean): string {
  const form = yearAllowed ? 'a date is written like 2019-07 or 2019-07-15, a financial year like 2019/20' : 'a date is written like 2019-07 or 2019-07-15';
  const hint = problem.suggestion ? `did you mean ${problem.suggestion}?` : form;
  return `${name} is "${text}", which is not a real date (${problem.why}): ${hint}`;
}
