import type { PlanValue } from '../model/values';
import type { OrganisationType } from '../model/types';

/**
 * How a target's figure is read. count: a national number, judged as the
 * plan's population fair share; rate: a percentage as it stands; duration: a
 * time in `unit`; index: a percentage of a base year's level; change: a
 * relative change per year or against the response's baseline.
 */
export type TargetScale = 'count' | 'rate' | 'duration' | 'index' | 'change';
export const TARGET_SCALES: readonly TargetScale[] = ['count', 'rate', 'duration', 'index', 'change'];

export type DurationUnit = 'minutes' | 'hours' | 'days' | 'weeks';
export const DURATION_UNITS: readonly DurationUnit[] = ['minutes', 'hours', 'days', 'weeks'];

/** month: the value in the year's last month (March); year-average: the mean for the year; year-end: by the end of the year. */
export type TargetTiming = 'month' | 'year-average' | 'year-end';
export const TARGET_TIMINGS: readonly TargetTiming[] = ['month', 'year-average', 'year-end'];

export type ChangeBasis = 'per-year' | 'against-baseline';
export const CHANGE_BASES: readonly ChangeBasis[] = ['per-year', 'against-baseline'];

/** One dated value of a target's measure. */
export interface TargetMilestone {
  readonly value: PlanValue;
  readonly by: string;
  readonly timing: TargetTiming;
  readonly confirmed: boolean;
  readonly note?: string;
}

/** `applies-to` values and the footprint organisation types each covers. */
export const APPLIES_TO: Readonly<Record<string, readonly OrganisationType[]>> = {
  'each-provider': ['acute-provider', 'community-provider', 'mental-health-provider', 'ambulance-provider'],
  'each-acute-provider': ['acute-provider'],
  'each-community-provider': ['community-provider'],
  'each-mental-health-provider': ['mental-health-provider'],
  'each-ambulance-provider': ['ambulance-provider'],
  'each-primary-care-network': ['primary-care-network'],
  'each-local-authority': ['local-authority'],
};

/**
 * A rule each organisation of a type must meet on its own trajectory: at
 * least a floor, at least an improvement on its own baseline, or both
 * ("whichever is greater" takes the more demanding of the two).
 */
export interface OrganisationRule {
  readonly appliesTo: string;
  readonly floor?: PlanValue;
  readonly improvement?: PlanValue;
  readonly improvementAs: 'points' | 'relative';
  readonly whichever: 'greater' | 'lesser';
  /** The year the rule is judged (the target's `by` unless given). */
  readonly by: string;
  readonly confirmed: boolean;
  readonly note?: string;
}
