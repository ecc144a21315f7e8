import type { ConfiguredSeverity, ParseProblem } from '../findings';
import type { LineIndex, Range } from '../text/positions';
import type { PlanValue } from './values';

/** A value together with the exact range it was written at. */
export interface Located<T> {
  readonly value: T;
  readonly range: Range;
}

export interface YearPoint {
  readonly year: Located<string>;
  readonly value: Located<PlanValue>;
}

/** Values by financial year, e.g. a trajectory. */
export interface YearlySeries {
  readonly range: Range;
  /** Range of the key naming the series (e.g. `trajectory:`), for findings about the whole series. */
  readonly keyRange: Range;
  readonly points: readonly YearPoint[];
  /** Years written with a value that is not a figure (the schema reports the value); the year is still given. */
  readonly unreadable?: readonly Located<string>[];
}

export interface BaselineValue {
  readonly range: Range;
  readonly year?: Located<string>;
  readonly value?: Located<PlanValue>;
}

/** One footprint organisation's own line in a commitment response. */
export interface OrganisationLine {
  readonly id: Located<string>;
  /** The organisation's entry, from its id to the end of its values. */
  readonly range: Range;
  readonly baseline?: BaselineValue;
  readonly trajectory?: YearlySeries;
  /** When in each year the line's figures are read, where it says so (the response's timing otherwise). */
  readonly timing?: StatedTiming;
}

/** When in each year a plan's figures are read: in March, as the year's average, or at the year's end. */
export type FigureTiming = 'month' | 'year-average' | 'year-end';

/** A `timing:` a response states: one for every year (`timing: month`), or by year (`timing: { 2026/27: month }`). */
export interface StatedTiming {
  readonly every?: Located<FigureTiming>;
  readonly byYear: readonly { readonly year: Located<string>; readonly timing: Located<FigureTiming> }[];
}

export type ResponseStatus = 'on-track' | 'at-risk' | 'off-track' | 'not-started' | 'not-applicable';

/** Where an item was written: a fenced block in a chapter, or an entry of a YAML-only file. */
export interface ItemOrigin {
  readonly uri: string;
  /** The whole block or list item. */
  readonly range: Range;
  readonly form: 'block' | 'yaml';
}

export interface CommitmentResponse extends ItemOrigin {
  readonly id?: Located<string>;
  readonly status?: Located<ResponseStatus>;
  readonly reason?: Located<string>;
  readonly summary?: Located<string>;
  readonly lead?: Located<string>;
  readonly partners: readonly Located<string>[];
  readonly baseline?: BaselineValue;
  readonly trajectory?: YearlySeries;
  /** When in each year the trajectory's figures are read, where the response says so. */
  readonly timing?: StatedTiming;
  /** Lines per footprint organisation, where the response gives them. */
  readonly organisations: readonly OrganisationLine[];
  readonly actions: readonly Located<string>[];
}

export interface FinanceData extends ItemOrigin {
  readonly unit: string;
  readonly income?: YearlySeries;
  readonly expenditure?: YearlySeries;
  readonly efficiency?: YearlySeries;
}

export interface WorkforceGroup extends ItemOrigin {
  readonly group?: Located<string>;
  readonly baselineYear?: Located<string>;
  readonly demand?: YearlySeries;
  readonly supply?: YearlySeries;
  readonly actions: readonly Located<string>[];
}

export interface InequalitiesGoal extends ItemOrigin {
  readonly measure?: Located<string>;
  readonly baseline?: BaselineValue;
  readonly target5?: BaselineValue;
  readonly target10?: BaselineValue;
}

export interface AssumptionSeries extends ItemOrigin {
  readonly id: Located<string>;
  readonly series: YearlySeries;
}

export interface Milestone extends ItemOrigin {
  readonly what?: Located<string>;
  readonly by?: Located<string>;
  readonly commitment?: Located<string>;
  readonly owner?: Located<string>;
}

/** `[[id]]` in chapter prose. */
export interface CommitmentReference {
  readonly uri: string;
  /** The id inside the brackets. */
  readonly range: Range;
  readonly id: string;
}

/** A `planwright-disable` comment and the lines it covers. */
export interface Suppression {
  readonly uri: string;
  readonly range: Range;
  readonly rules: readonly Located<string>[];
  readonly reason?: string;
  /** A waiver's owner and review date: `reason (owner: x, until: 2020-03-31)`. */
  readonly owner?: string;
  readonly until?: string;
  /** Lines [startLine, endLine] (inclusive) of the element the comment covers. */
  readonly startLine: number;
  readonly endLine: number;
}

export type BlockType = 'commitment' | 'finance' | 'workforce' | 'inequalities' | 'assumptions' | 'milestones';
export const BLOCK_TYPES: readonly BlockType[] = ['commitment', 'finance', 'workforce', 'inequalities', 'assumptions', 'milestones'];

export interface FencedBlock {
  readonly type: BlockType;
  /** From the opening fence to the closing fence. */
  readonly range: Range;
  /** The info string's block type word. */
  readonly typeRange: Range;
  readonly contentRange: Range;
  /**
   * Whether a closing fence ends the block. An unclosed fence runs to the end of the document
   * (as CommonMark reads it), which is where an author typing a new block is.
   */
  readonly closed: boolean;
  /**
   * For a commitment block whose YAML cannot be read (often while it is being typed): the id its
   * `id:` line names, so that the commitment is not also reported as unanswered.
   */
  readonly unreadableId?: string;
}

export interface Heading {
  readonly level: number;
  readonly text: string;
  readonly range: Range;
}

export type DocumentKind = 'manifest' | 'chapter' | 'data' | 'catalog';

/** The plan items a chapter or YAML-only file contributes. */
export interface PlanItems {
  readonly responses: readonly CommitmentResponse[];
  readonly finance: readonly FinanceData[];
  readonly workforce: readonly WorkforceGroup[];
  readonly inequalities: readonly InequalitiesGoal[];
  readonly assumptions: readonly AssumptionSeries[];
  readonly milestones: readonly Milestone[];
}

export interface PlanDocument extends PlanItems {
  readonly uri: string;
  readonly kind: DocumentKind;
  readonly text: string;
  /** Line starts of `text`, shared by everything that turns offsets into positions. */
  readonly lines: LineIndex;
  readonly problems: readonly ParseProblem[];
  readonly frontMatter?: { readonly title?: Located<string>; readonly lead?: Located<string>; readonly area?: Located<string> };
  readonly headings: readonly Heading[];
  readonly blocks: readonly FencedBlock[];
  readonly references: readonly CommitmentReference[];
  readonly suppressions: readonly Suppression[];
  /** Ranges of prose (paragraphs, headings, list items) for prose rules, as [startLine, endLine] pairs. */
  readonly proseLines: readonly (readonly [number, number])[];
}

export type OrganisationType =
  | 'ccg'
  | 'icb'
  | 'local-authority'
  | 'acute-provider'
  | 'community-provider'
  | 'mental-health-provider'
  | 'ambulance-provider'
  | 'primary-care-network'
  | 'gp-federation'
  | 'vcse'
  | 'hospice'
  | 'healthwatch'
  | 'other';

export interface Organisation {
  readonly id: Located<string>;
  readonly name: string;
  readonly type: OrganisationType | undefined;
  readonly range: Range;
}

export interface Engagement {
  readonly with: Located<string>;
  readonly how?: string;
  readonly when?: string;
  readonly range: Range;
}

/** Engagement `with` values that name a group rather than an organisation. */
export const ENGAGEMENT_GROUPS = ['public', 'patients', 'staff', 'clinicians', 'vcse', 'healthwatch'] as const;

export interface Manifest {
  readonly uri: string;
  /**
   * Whether plan.yaml could be read as YAML (it may still break the schema). When it cannot (a syntax
   * error, often while it is being typed, or an empty file), every field below is empty, and nothing is
   * judged from their absence.
   */
  readonly read: boolean;
  readonly title?: Located<string>;
  readonly framework?: Located<string>;
  readonly period?: { readonly start: Located<string>; readonly end: Located<string>; readonly range: Range };
  readonly population?: Located<number>;
  readonly clinicalLead?: Located<string>;
  /** The plan's own status (draft, submitted, agreed, published). */
  readonly status?: Located<string>;
  /** The date the plan states it was written at, as written. */
  readonly asAt?: Located<string>;
  readonly organisations: readonly Organisation[];
  /**
   * Whether plan.yaml lists the footprint's organisations (`footprint.organisations`, even an empty
   * list) in a form that could be read: without a list, no id can be checked against it.
   */
  readonly organisationsListed: boolean;
  readonly engagement: readonly Engagement[];
  /** Range of the `engagement:` key, or of the document start when absent. */
  readonly engagementRange: Range;
  readonly catalogs: readonly Located<string>[];
  /** Globs (relative to the plan folder) of files that are not part of the plan. */
  readonly exclude: readonly Located<string>[];
  readonly rules: ReadonlyMap<string, Located<ConfiguredSeverity>>;
  readonly plainLanguage: readonly { readonly term: string; readonly instead: string }[];
  /** Range of the `plan:` mapping (or the document start), where plan-wide findings point. */
  readonly planRange: Range;
}
