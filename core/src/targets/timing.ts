import type { CatalogTarget } from '../catalog/types';
import type { CommitmentResponse, FigureTiming, Located, StatedTiming } from '../model/types';
import type { Range } from '../text/positions';
import type { TargetMilestone, TargetTiming } from './model';
import { describeRequired } from './wording';

/**
 * Whether figures read at `plan` timing can be set against a target read at
 * `target` timing. The value in March (month) and the position at the end of
 * the year (year-end) are the same moment; an average over the year is not.
 */
export function timingsAgree(plan: FigureTiming, target: TargetTiming): boolean {
  return plan === target || (plan !== 'year-average' && target !== 'year-average');
}

/** The timing a plan states for one year: its by-year entry, or the one for every year; undefined when it says nothing. */
export function timingFor(stated: StatedTiming, year: string): Located<FigureTiming> | undefined {
  return stated.byYear.find((entry) => entry.year.value === year)?.timing ?? stated.every;
}

const PLAN_WORDS: Readonly<Record<FigureTiming, string>> = {
  month: 'March figures',
  'year-average': 'averages for the year',
  'year-end': 'end-of-year figures',
};

const TARGET_WORDS: Readonly<Record<TargetTiming, string>> = {
  month: 'in March',
  'year-average': 'as the average for the year',
  'year-end': 'at the end of the year',
};

/** One line's stated timing and the milestones it is judged on. */
export interface TimedLine {
  /** "the trajectory", "`north-acute`'s trajectory". */
  readonly what: string;
  readonly timing: StatedTiming;
  readonly milestones: readonly TargetMilestone[];
}

interface Clash {
  readonly milestone: TargetMilestone;
  readonly stated: Located<FigureTiming>;
}

function clashesOf(line: TimedLine): Clash[] {
  return line.milestones.flatMap((milestone) => {
    const stated = milestone.confirmed ? timingFor(line.timing, milestone.by) : undefined;
    return stated && !timingsAgree(stated.value, milestone.timing) ? [{ milestone, stated }] : [];
  });
}

/**
 * Lines whose stated `timing:` disagrees with the timing of a milestone they
 * are judged on (averages for the year against a March target, say), as one
 * problem for the block, at the first such `timing:`, naming the timing the
 * target uses at each date. A line that states no timing for a year is taken
 * to be read as the target reads it.
 */
export function timingProblem(target: CatalogTarget, lines: readonly TimedLine[]): { message: string; range: Range } | undefined {
  const clashing = lines.map((line) => ({ line, clashes: clashesOf(line) })).filter((entry) => entry.clashes.length > 0);
  const first = clashing[0];
  const at = first?.clashes[0];
  if (!first || !at) return undefined;
  const { line, clashes } = first;
  const gives = [...new Set(clashes.map((c) => c.stated.value))].map((t) => PLAN_WORDS[t]).join(' and ');
  const reads = clashes.map((c) => `${describeRequired(target, c.milestone.value.value)} by ${c.milestone.by} ${TARGET_WORDS[c.milestone.timing]} (\`${c.milestone.timing}\`)`).join(' and ');
  const others = clashing.length - 1;
  return {
    message:
      `${line.what} gives ${gives} (\`timing: ${describeStated(line.timing)}\`), but the target reads ${reads}: ${advice(line, clashes)}` +
      (others > 0 ? ` (${others} more ${others === 1 ? 'line does' : 'lines do'} the same)` : ''),
    range: at.stated.range,
  };
}

function describeStated(stated: StatedTiming): string {
  return stated.every ? stated.every.value : `{ ${stated.byYear.map((entry) => `${entry.year.value}: ${entry.timing.value}`).join(', ')} }`;
}

/** One timing for every year: write the target's; targets read differently at different dates: write the timing by year. */
function advice(line: TimedLine, clashes: readonly Clash[]): string {
  const wanted = line.milestones.filter((m) => m.confirmed);
  const timings = [...new Set(wanted.map((m) => m.timing))];
  const only = timings.length === 1 ? timings[0] : undefined;
  if (only) return `give ${PLAN_WORDS[only]} and write \`timing: ${only}\``;
  const byYear = wanted.map((m) => `${m.by}: ${m.timing}`).join(', ');
  const years = clashes.map((c) => c.milestone.by).join(' and ');
  return `give the figures for ${years} as the target reads them, and write the timing by year: \`timing: { ${byYear} }\``;
}

/** The stated timing of a response's system line and of each judged organisation line (its own, or the response's). */
export function timedLines(
  response: Pick<CommitmentResponse, 'timing' | 'trajectory' | 'organisations'>,
  systemMilestones: readonly TargetMilestone[],
  organisationMilestone: (id: string) => TargetMilestone | undefined,
): TimedLine[] {
  const lines: TimedLine[] = [];
  if (response.timing && response.trajectory) lines.push({ what: 'the trajectory', timing: response.timing, milestones: systemMilestones });
  for (const line of response.organisations) {
    const timing = line.timing ?? response.timing;
    const milestone = organisationMilestone(line.id.value);
    if (!timing || !line.trajectory || !milestone) continue;
    lines.push({ what: `\`${line.id.value}\`'s trajectory`, timing, milestones: [milestone] });
  }
  return lines;
}
