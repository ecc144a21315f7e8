/** A plan figure: a plain number or a percentage written like "75%". */
export type PlanValue = { readonly kind: 'number'; readonly value: number } | { readonly kind: 'percent'; readonly value: number };

const PERCENT = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/;

export function toPlanValue(raw: unknown): PlanValue | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw)) return { kind: 'number', value: raw };
  if (typeof raw === 'string') {
    const match = PERCENT.exec(raw);
    if (match?.[1] !== undefined) return { kind: 'percent', value: Number(match[1]) };
  }
  return undefined;
}

export function formatPlanValue(value: PlanValue): string {
  // A percentage keeps two decimals: 69.96% must not read as the 70% it misses.
  return value.kind === 'percent' ? `${formatDecimal(value.value, 2)}%` : formatNumber(value.value);
}

// One formatter per number of decimals, made once: `toLocaleString` with
// options builds a new Intl.NumberFormat on every call, which profiles of
// large runs showed at about a tenth of the CLI's time.
const FORMATTERS = [0, 1, 2].map((digits) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 }));

/** A number with thousands separators and at most `digits` decimals (0, 1 or 2). */
export function formatDecimal(value: number, digits: 0 | 1 | 2): string {
  // Whole numbers (most plan figures) are grouped here: the same text as the formatter's, at a fraction of its cost.
  if (Number.isSafeInteger(value)) return groupThousands(value);
  const text = (FORMATTERS[digits] as Intl.NumberFormat).format(value);
  // A figure that rounds to zero reads "0", never "-0".
  return text === '-0' ? '0' : text;
}

/** 1234567 → "1,234,567", -1234 → "-1,234", -0 → "0" (en-GB grouping). */
function groupThousands(value: number): string {
  const digits = String(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  if (digits.length <= 3) return sign + digits;
  const head = digits.length % 3 || 3;
  let text = sign + digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) text += `,${digits.slice(i, i + 3)}`;
  return text;
}

/** 8437.3 → "8,437"; 1.25 → "1.25"; keeps up to two decimals for small figures. */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  return formatDecimal(value, abs >= 100 ? 0 : abs >= 10 ? 1 : 2);
}

/** 56300000 → "56.3m", 1250000 → "1,250,000" (populations read best this way in messages). */
export function formatPopulation(value: number): string {
  if (value >= 10_000_000) return `${formatNumber(value / 1_000_000)}m`;
  return formatNumber(value);
}

/** The first calendar year of a financial year "2019/20", or undefined when malformed. */
export function yearStart(year: string): number | undefined {
  // Read digit by digit: called for every point of every trajectory, many times per analysis.
  if (year.length !== 7 || year.charCodeAt(4) !== SLASH) return undefined;
  const start = digitsAt(year, 0, 4);
  const next = digitsAt(year, 5, 7);
  if (start === undefined || next === undefined) return undefined;
  return (start + 1) % 100 === next ? start : undefined;
}

const SLASH = 47;

/** The number written by the ASCII digits text[from, to), or undefined if any is not a digit. */
function digitsAt(text: string, from: number, to: number): number | undefined {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

export function formatYear(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Every financial year from start to end inclusive; empty when either is malformed or end precedes start. */
export function yearsBetween(start: string, end: string): string[] {
  const from = yearStart(start);
  const to = yearStart(end);
  if (from === undefined || to === undefined || to < from || to - from > 100) return [];
  const years: string[] = [];
  for (let y = from; y <= to; y++) years.push(formatYear(y));
  return years;
}
