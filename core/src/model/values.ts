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
  return (FORMATTERS[digits] as Intl.NumberFormat).format(value);
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

const YEAR = /^(\d{4})\/(\d{2})$/;

/** The first calendar year of a financial year "2019/20", or undefined when malformed. */
export function yearStart(year: string): number | undefined {
  const match = YEAR.exec(year);
  if (!match?.[1] || !match[2]) return undefined;
  const start = Number(match[1]);
  return (start + 1) % 100 === Number(match[2]) ? start : undefined;
}

function formatYear(start: number): string {
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
