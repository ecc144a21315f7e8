import { CatalogSet } from './catalog/catalog-set';
import type { Catalog } from './catalog/types';
import { computeCoverage, type Coverage } from './coverage/coverage';
import { evidenceFrom } from './coverage/evidence';
import { targetContextOf } from './targets/assess';
import type { Engine } from './engine';
import { compareFindings, type Finding } from './findings';
import type { CommitmentResponse, Organisation, PlanDocument } from './model/types';
import { emptyDocument } from './model/document';
import { yearsBetween } from './model/values';
import { BlockCache } from './parse/chapter';
import { documentKind, parsePlanFile, unreadableFile, type ParsedFile } from './parse/plan-file';
import { keepChecksFor } from './rules/per-response';
import { RULE_IDS } from './rules/registry';
import type { LocalCatalogEntry, RuleContext } from './rules/rule';
import { excludeMatcher } from './exclude';
import { abandoned, abandonedParse, deadlineOf, type AnalysisLimits } from './limits/limits';
import { runRules } from './run-rules';
import { stripBom } from './text/positions';
import { dirname, fileRole, resolvePath } from './uris';

/** Everything known about one plan after a check. */
export interface PlanAnalysis {
  readonly root: string;
  readonly context: RuleContext;
  readonly findings: readonly Finding[];
  /** Findings waived by a disable comment, each carrying its `suppression` (reason, owner, until, expired). */
  readonly suppressed: readonly Finding[];
  readonly coverage: Coverage;
}

/**
 * An analysis whose coverage is worked out when first read: an edit's
 * diagnostics do not wait for it (on a 1,000-block chapter, 2.5-4.5 ms of
 * every edit), and the views and reports that read it get the same value.
 */
function withCoverage(analysis: Omit<PlanAnalysis, 'coverage'>, cover: () => Coverage): PlanAnalysis {
  let coverage: Coverage | undefined;
  return {
    ...analysis,
    get coverage(): Coverage {
      return (coverage ??= cover());
    },
  };
}

export interface ProjectOptions {
  /** The report date, YYYY-MM-DD, against which waivers expire. Hosts pass today's date; tests pass a fixed one. */
  readonly today?: string;
  /** How long one plan's analysis may take (core/src/limits); unlimited when absent. */
  readonly limits?: AnalysisLimits;
}

interface FileEntry {
  readonly text?: string;
  /** The previous parse's blocks, kept across versions of a chapter (emptied by `release`). */
  blocks: BlockCache;
  /** Why the file could not be read, when it could not. */
  readonly unreadable?: string;
  parsed?: ParsedFile;
}

/**
 * The plan files of a workspace and what has been learnt from them. Files are
 * parsed lazily and once per text; an analysis is cached per plan root until
 * a file it depends on changes. The CLI fills a project from disk; the
 * language server fills it from the editor and the disk.
 */
export class PlanProject {
  private readonly files = new Map<string, FileEntry>();
  private readonly analyses = new Map<string, PlanAnalysis>();
  private rootList: string[] | undefined;
  /** Each root's files, sorted; rebuilt when files come or go, or roots change. */
  private members: Map<string, string[]> | undefined;

  private today: string | undefined;
  /** Each plan root's latest catalog set (see `catalogSetOf`). */
  private readonly catalogSets = new Map<string, CatalogSet>();
  private readonly limits: AnalysisLimits | undefined;
  /** The files open in an editor (see `prepareEdits`). */
  private readonly editing = new Set<string>();

  constructor(
    readonly engine: Engine,
    options: ProjectOptions = {},
  ) {
    this.today = options.today;
    this.limits = options.limits;
  }

  /** Changes the report date (a long-running server crosses midnight); every plan is analysed again. */
  setToday(today: string | undefined): void {
    if (today === this.today) return;
    this.today = today;
    this.analyses.clear();
  }

  setFile(uri: string, text: string): void {
    const clean = stripBom(text);
    const existing = this.files.get(uri);
    if (existing?.text === clean) return;
    if (!existing) this.members = undefined;
    this.files.set(uri, { text: clean, blocks: existing?.blocks ?? new BlockCache() });
    this.invalidate(uri);
  }

  /**
   * A file is open in an editor. Its plan's analyses keep what their
   * per-response checks found (`rules/per-response.ts`), so the analysis
   * after an edit re-checks only the blocks that changed; and its kept blocks
   * are readied to move by lines (`BlockCache.prepareMoves`), so the first
   * line typed does not wait for that (10-30 ms on a 1,000-block chapter).
   * Plans nobody edits keep nothing: a run that checks each plan once, or the
   * editor's first reading of a whole workspace, would only pay for it.
   */
  prepareEdits(uri: string): void {
    this.editing.add(uri);
    this.files.get(uri)?.blocks.prepareMoves();
  }

  /** The file is closed in the editor (see `prepareEdits`). */
  endEdits(uri: string): void {
    this.editing.delete(uri);
  }

  /** Records a file that exists but cannot be read (binary, bad encoding, no permission). */
  setUnreadable(uri: string, reason: string): void {
    if (!this.files.has(uri)) this.members = undefined;
    this.files.set(uri, { unreadable: reason, blocks: new BlockCache() });
    this.invalidate(uri);
  }

  deleteFile(uri: string): void {
    if (!this.files.has(uri)) return;
    // Invalidate while the file still counts as a member of its plan, then forget it.
    this.invalidate(uri);
    this.files.delete(uri);
    this.members = undefined;
  }

  hasFile(uri: string): boolean {
    return this.files.has(uri);
  }

  fileUris(): string[] {
    return [...this.files.keys()];
  }

  /** Plan root folders (URIs ending in "/"), sorted. */
  roots(): readonly string[] {
    this.rootList ??= [...this.files.keys()].filter((uri) => fileRole(uri) === 'manifest').map(dirname).sort();
    return this.rootList;
  }

  /** The plan root a file belongs to: the nearest folder above it holding plan.yaml. */
  rootOf(uri: string): string | undefined {
    let best: string | undefined;
    for (const root of this.roots()) {
      if (uri.startsWith(root) && (!best || root.length > best.length)) best = root;
    }
    return best;
  }

  /** Whether a file is left out of its plan by the plan's `exclude:` globs. */
  isExcluded(uri: string): boolean {
    const root = this.rootOf(uri);
    return root !== undefined && this.excludeOf(root)(uri);
  }

  private excludeOf(root: string): (uri: string) => boolean {
    return excludeMatcher(root, this.parsed(`${root}plan.yaml`)?.manifest?.exclude ?? []);
  }

  /** The files of a plan root (sorted), each file counted in its nearest root only, less those its `exclude:` names. */
  private filesOf(root: string): readonly string[] {
    if (!this.members) {
      const members = new Map<string, string[]>(this.roots().map((r) => [r, []]));
      const excluded = new Map(this.roots().map((r) => [r, this.excludeOf(r)]));
      for (const uri of [...this.files.keys()].sort()) {
        const owner = this.rootOf(uri);
        if (owner && !excluded.get(owner)?.(uri)) members.get(owner)?.push(uri);
      }
      this.members = members;
    }
    return this.members.get(root) ?? [];
  }

  /** The parsed form of a plan file (undefined for files Planwright does not read). */
  document(uri: string): PlanDocument | undefined {
    return this.parsed(uri)?.document;
  }

  analyze(root: string): PlanAnalysis {
    const cached = this.analyses.get(root);
    if (cached) return cached;
    const watchdog = this.limits?.watchdog;
    let analysis: PlanAnalysis;
    if (watchdog) {
      const run = watchdog.run(() => this.analyzeUncached(root));
      analysis = run.done ? run.value : this.stoppedAnalysis(root, watchdog);
    } else {
      analysis = this.analyzeUncached(root);
    }
    // Kept like any other analysis, so a stopped plan is tried again only when one of its files changes.
    this.analyses.set(root, analysis);
    return analysis;
  }

  /**
   * Forgets what was learnt from a plan's chapters and data files and its
   * analysis, for a run that checks each plan once and keeps only its report:
   * the heap then holds one plan's parse at a time, not every plan's. The
   * files' texts and every plan.yaml and catalog stay, so analysing the plan
   * again (which such a run does not) parses it again and gives the same.
   */
  release(root: string): void {
    this.analyses.delete(root);
    for (const uri of this.filesOf(root)) {
      const role = fileRole(uri);
      if (role !== 'chapter' && role !== 'data') continue;
      const entry = this.files.get(uri);
      if (!entry) continue;
      delete entry.parsed;
      entry.blocks = new BlockCache();
    }
  }

  /** Whether a plan's analysis is at hand without work (a server schedules the others). */
  isAnalyzed(root: string): boolean {
    return this.analyses.has(root);
  }

  /** The local catalogs a plan's manifest names, and whether each is among the project's files (reads the manifest only). */
  localCatalogs(root: string): { readonly uri: string; readonly found: boolean }[] {
    return (this.parsed(`${root}plan.yaml`)?.manifest?.catalogs ?? []).map((entry) => {
      const uri = resolvePath(root, entry.value);
      return { uri, found: this.files.has(uri) };
    });
  }

  analyzeAll(): PlanAnalysis[] {
    return this.roots().map((root) => this.analyze(root));
  }

  private invalidate(uri: string): void {
    const role = fileRole(uri);
    if (role === 'manifest') {
      this.rootList = undefined;
      this.members = undefined;
    }
    // A manifest or catalog can change any plan (roots, footprint overlaps, local catalogs).
    if (role === 'manifest' || role === 'catalog') {
      this.analyses.clear();
      return;
    }
    const root = this.rootOf(uri);
    if (root) this.analyses.delete(root);
  }

  private parsed(uri: string): ParsedFile | undefined {
    const entry = this.files.get(uri);
    if (!entry) return undefined;
    if (entry.parsed) return entry.parsed;
    const role = fileRole(uri);
    if (role === 'other') return undefined;
    const text = entry.text;
    if (text === undefined) {
      entry.parsed = unreadableFile(uri, role, entry.unreadable ?? 'it could not be read');
      return entry.parsed;
    }
    // Under the watchdog when there is one: a file whose parse never ends is reported as unreadable, not waited on.
    const watchdog = this.limits?.watchdog;
    const read = () => parsePlanFile(uri, role, text, this.engine.schemas, entry.blocks);
    const run = watchdog ? watchdog.run(read) : { done: true as const, value: read() };
    entry.parsed = run.done ? run.value : unreadableFile(uri, role, abandonedParse(watchdog?.ms ?? 0));
    return entry.parsed;
  }

  /**
   * The plan's catalog set: the one its last analysis used while the framework and local catalogs are
   * the same objects (their files unchanged), so that checks kept by catalog set (`rules/per-response.ts`)
   * are found again after an edit to a chapter.
   */
  private catalogSetOf(root: string, framework: Catalog | undefined, locals: readonly Catalog[]): CatalogSet {
    const previous = this.catalogSets.get(root);
    if (previous && previous.framework === framework && previous.locals.length === locals.length && previous.locals.every((catalog, i) => catalog === locals[i])) return previous;
    const made = new CatalogSet(framework, locals);
    this.catalogSets.set(root, made);
    return made;
  }

  private analyzeUncached(root: string): PlanAnalysis {
    const deadline = deadlineOf(this.limits);
    const manifestUri = `${root}plan.yaml`;
    const manifest = this.parsed(manifestUri)?.manifest;
    const documents: PlanDocument[] = [];
    for (const uri of this.filesOf(root)) {
      const document = this.document(uri);
      if (document) documents.push(document);
    }

    const builtinCatalogs = this.engine.builtinCatalogs;
    const framework = manifest?.framework ? builtinCatalogs.get(manifest.framework.value) : undefined;
    const localCatalogs: LocalCatalogEntry[] = (manifest?.catalogs ?? []).map((entry) => {
      const uri = resolvePath(root, entry.value);
      const parsed = this.parsed(uri)?.catalog;
      const unreadable = this.files.get(uri)?.unreadable;
      return { entry, uri, found: this.files.has(uri), ...(parsed?.catalog ? { catalog: parsed.catalog } : {}), ...(unreadable ? { unreadable } : {}) };
    });
    // A local catalog outside the plan folder still has its problems reported (why it is unreadable is reported at the entry).
    for (const local of localCatalogs) {
      if (local.unreadable) continue;
      const document = this.document(local.uri);
      if (document && !documents.includes(document)) documents.push(document);
    }
    const catalogs = this.catalogSetOf(root, framework, localCatalogs.flatMap((local) => local.catalog ?? []));

    const responses: CommitmentResponse[] = documents.flatMap((document) => document.responses);
    const responsesById = new Map<string, CommitmentResponse[]>();
    for (const response of responses) {
      if (!response.id) continue;
      const list = responsesById.get(response.id.value);
      if (list) list.push(response);
      else responsesById.set(response.id.value, [response]);
    }
    const organisations = new Map<string, Organisation>();
    for (const organisation of manifest?.organisations ?? []) organisations.set(organisation.id.value, organisation);

    const context: RuleContext = {
      root,
      manifestUri,
      manifest,
      documents,
      catalogs,
      localCatalogs,
      builtinCatalogs,
      responses,
      responsesById,
      organisations,
      years: manifest?.period ? yearsBetween(manifest.period.start.value, manifest.period.end.value) : [],
      otherPlans: this.roots()
        .filter((other) => other !== root)
        .map((other) => ({ root: other, manifest: this.parsed(`${other}plan.yaml`)?.manifest })),
      jargon: [...this.engine.jargon, ...(manifest?.plainLanguage ?? [])],
      ruleIds: RULE_IDS,
      ...(this.today !== undefined ? { today: this.today } : {}),
    };
    if ([...this.editing].some((uri) => this.rootOf(uri) === root)) keepChecksFor(context);
    const { findings, suppressed } = runRules(context, deadline);
    findings.sort(compareFindings);
    suppressed.sort(compareFindings);
    return withCoverage({ root, context, findings, suppressed }, () => computeCoverage(catalogs, responsesById, targetContextOf(context), evidenceFrom(context, findings)));
  }

  /**
   * What is kept for a plan whose analysis the watchdog abandoned: its files
   * as empty documents (reading them may be what hung; listing them lets
   * clients clear what they showed before), one finding on its plan.yaml,
   * and coverage of nothing.
   */
  private stoppedAnalysis(root: string, watchdog: NonNullable<AnalysisLimits['watchdog']>): PlanAnalysis {
    const manifestUri = `${root}plan.yaml`;
    const catalogs = new CatalogSet(undefined, []);
    const context: RuleContext = {
      root,
      manifestUri,
      documents: this.filesOf(root).map((uri) => emptyDocument(uri, documentKind(fileRole(uri)), '', [])),
      catalogs,
      localCatalogs: [],
      builtinCatalogs: this.engine.builtinCatalogs,
      responses: [],
      responsesById: new Map(),
      organisations: new Map(),
      years: [],
      otherPlans: [],
      jargon: [],
      ruleIds: RULE_IDS,
      ...(this.today !== undefined ? { today: this.today } : {}),
    };
    const findings = [abandoned(manifestUri, watchdog)];
    return withCoverage({ root, context, findings, suppressed: [] }, () => computeCoverage(catalogs, new Map(), targetContextOf(context), evidenceFrom(context, findings)));
  }
}
