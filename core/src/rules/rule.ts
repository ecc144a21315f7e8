import type { CatalogSet } from '../catalog/catalog-set';
import type { Catalog } from '../catalog/types';
import type { JargonTerm } from '../catalog/word-list';
import type { FindingData, RelatedLocation, Severity } from '../findings';
import type { BlockType, CommitmentResponse, Located, Manifest, Organisation, PlanDocument } from '../model/types';
import type { Range } from '../text/positions';

export interface RuleMeta {
  /** Stable kebab-case id; never renamed. Its docs page is docs/rules/<id>.md. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One sentence: what the rule catches. */
  readonly description: string;
}

/** A local catalog named in plan.yaml, and what became of it. */
export interface LocalCatalogEntry {
  readonly entry: Located<string>;
  readonly uri: string;
  readonly catalog?: Catalog;
  readonly found: boolean;
  /** Why the file could not be read (a link, outside the checked folders, binary...), when it could not. */
  readonly unreadable?: string;
}

/** Everything a rule may read about one plan. Plain data: rules never do I/O. */
export interface RuleContext {
  /** The plan root folder, as a URI ending in "/". */
  readonly root: string;
  readonly manifestUri: string;
  readonly manifest?: Manifest;
  /** Manifest, chapters and YAML-only files of the plan (and its local catalog files). */
  readonly documents: readonly PlanDocument[];
  readonly catalogs: CatalogSet;
  readonly localCatalogs: readonly LocalCatalogEntry[];
  readonly builtinCatalogs: ReadonlyMap<string, Catalog>;
  readonly responses: readonly CommitmentResponse[];
  readonly responsesById: ReadonlyMap<string, readonly CommitmentResponse[]>;
  readonly organisations: ReadonlyMap<string, Organisation>;
  /** The plan's financial years, first to last; empty when the period is missing or malformed. */
  readonly years: readonly string[];
  /** The other plan roots of the workspace. */
  readonly otherPlans: readonly { readonly root: string; readonly manifest?: Manifest }[];
  /** Jargon to flag in prose: the built-in list and the plan's own words. */
  readonly jargon: readonly JargonTerm[];
  /** Every rule id, for checking disable comments and severity overrides. */
  readonly ruleIds: readonly string[];
  /** The report date (YYYY-MM-DD) the host passes in, against which waivers expire; undefined: none expire. */
  readonly today?: string;
}

export interface Report {
  readonly message: string;
  readonly uri: string;
  readonly range: Range;
  readonly data?: FindingData;
  readonly related?: readonly RelatedLocation[];
  /** Only where one rule reports at two levels (missing-response); otherwise the rule's default. */
  readonly severity?: Severity;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext, report: (finding: Report) => void): void;
  /**
   * Whether the plan gives the rule (or one of its checks, see
   * `FindingData.check`) anything to judge. Coverage calls a commitment the
   * rule evidences met only when it judged something and found nothing.
   * Absent: the rule always judges (it reports missing data itself).
   */
  evidence?(context: RuleContext, check?: string): boolean;
}


/**
 * Reports, at the top of plan.yaml, that the plan lacks a whole kind of data.
 * With `kind`, says nothing when the plan writes that kind of data but it
 * could not be read: the reason is already reported where it is written.
 */
export function reportPlanWide(context: RuleContext, report: (finding: Report) => void, message: string, kind?: BlockType): void {
  if (kind && writesData(context, kind)) return;
  const manifest = context.manifest;
  if (manifest) report({ message, uri: manifest.uri, range: manifest.planRange });
}

/** Whether a file of the plan writes a kind of data that could not be read: a fenced block of that type, or a top-level key of a YAML-only file, with a problem reported in it. */
export function writesData(context: RuleContext, kind: BlockType): boolean {
  const key = new RegExp(`^${kind}\\s*:`, 'm');
  return context.documents.some((document) => {
    if (document.kind === 'data') return document.problems.length > 0 && key.test(document.text);
    return document.blocks.some((block) => block.type === kind && document.problems.some((p) => p.range.start.line >= block.range.start.line && p.range.start.line <= block.range.end.line));
  });
}
