import type { CancellationToken } from 'vscode-languageserver';
import { nextTurn } from './next-turn';
import type { PlanWorkspace } from './plan-workspace';

/** What the indexer tells the client while it works (a work-done progress, or nothing). */
export interface IndexProgress {
  begin(message: string): void;
  report(percentage: number, message: string): void;
  /** Every file has been read (analysis follows). */
  filesRead(files: number, plans: number): void;
  end(): void;
}

/** A slice of work runs for about this long before the event loop gets a turn (requests, cancellations). */
export const SLICE_MS = 8;

/** Gives the event loop a turn: pending requests and notifications are read and handled. */
export const yieldToEventLoop = nextTurn;

/** Reads through the client (a web worker's workspace) asked for at once while the workspace is indexed. */
const READS_IN_FLIGHT = 16;

/**
 * Reads and analyses the workspace in slices, so the server answers requests
 * while it indexes. One index runs at a time (folders added meanwhile wait
 * their turn). Order of work:
 *
 * 1. every plan.yaml (plan roots and exclusions are then known);
 * 2. the files of each plan, one plan after another, a plan with an open
 *    document or a pending request first (the choice is made again after
 *    every plan, so a document opened meanwhile jumps the queue);
 * 3. each plan's analysis, parsing its files one by one, plans with open
 *    documents first.
 *
 * A request about a document waits only until that document's plan has been
 * read (`untilReadFor`); a workspace-wide request waits for the whole index
 * (`untilIndexed`). Both give up as soon as the request is cancelled.
 */
export class WorkspaceIndexer {
  private queue: Promise<void> = Promise.resolve();
  /** Indexes asked for and not finished; the first is counted from the start, so requests wait for it even before it is asked for. */
  private running = 1;
  private first = true;
  /** Whether every plan.yaml of the index in progress has been read. */
  private manifestsRead = false;
  /** Plan roots whose files are all read (meaningful while an index runs). */
  private readonly readRoots = new Set<string>();
  /** Roots a request is waiting for: read next. */
  private readonly wanted = new Set<string>();
  private waiters: { test: () => boolean; resolve: () => void }[] = [];

  constructor(
    private readonly workspace: PlanWorkspace,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * Adds folders (none: reads the known ones again) and indexes the workspace
   * after any index in progress, `before` first (window settings); resolves
   * with the number of files listed.
   */
  index(folderUris: readonly string[], progress: () => Promise<IndexProgress>, before: () => Promise<unknown> = () => Promise.resolve()): Promise<number> {
    if (this.first) this.first = false;
    else this.running++;
    const run = this.queue.then(async () => {
      try {
        await before();
        return await this.run(folderUris, await progress());
      } finally {
        this.running--;
        this.wake();
      }
    });
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  get indexing(): boolean {
    return this.running > 0;
  }

  /** Resolves when the plan holding `uri` has been read (at once when no index runs or the file is in no plan), or when the request is cancelled. */
  untilReadFor(uri: string, token: CancellationToken): Promise<void> {
    return this.until(() => {
      if (this.running === 0) return true;
      if (!this.manifestsRead) return false;
      const root = this.workspace.project.rootOf(uri);
      if (root === undefined || this.readRoots.has(root)) return true;
      this.wanted.add(root);
      return false;
    }, token);
  }

  /** Resolves when no index is running, or when the request is cancelled. */
  untilIndexed(token: CancellationToken): Promise<void> {
    return this.until(() => this.running === 0, token);
  }

  private until(test: () => boolean, token: CancellationToken): Promise<void> {
    if (test() || token.isCancellationRequested) return Promise.resolve();
    return new Promise((resolve) => {
      const cancelled = token.onCancellationRequested(() => done());
      const waiter = { test: () => test() || token.isCancellationRequested, resolve: () => done() };
      const done = (): void => {
        cancelled.dispose();
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve();
      };
      this.waiters.push(waiter);
    });
  }

  /** Lets go the requests whose wait is over; says whether there were any. */
  private wake(): boolean {
    const ready = this.waiters.filter((waiter) => waiter.test());
    for (const waiter of ready) waiter.resolve();
    return ready.length > 0;
  }

  private async run(folderUris: readonly string[], progress: IndexProgress): Promise<number> {
    const project = this.workspace.project;
    this.manifestsRead = false;
    this.readRoots.clear();
    progress.begin('listing plan files');
    const files = await this.workspace.addFolders(folderUris);
    const manifests = files.filter((uri) => uri.endsWith('/plan.yaml'));
    const total = files.length;
    let read = 0;
    const step = (): void => progress.report(Math.floor((50 * read) / Math.max(total, 1)), `read ${read} of ${total} plan files`);

    // Reads from disk are done when readFile returns; reads through the client are awaited in batches.
    const reading = new Set<Promise<void>>();
    const readFile = async (uri: string): Promise<void> => {
      const pending = this.workspace.readFile(uri);
      if (pending) {
        reading.add(pending);
        const settled = (): void => void reading.delete(pending);
        pending.then(settled, settled);
        if (reading.size >= READS_IN_FLIGHT) await Promise.all(reading);
      }
      read++;
    };

    // 1. Manifests, so plan roots and exclusions are known.
    const slice = this.slicer();
    for (const uri of manifests) {
      await readFile(uri);
      if (slice()) {
        step();
        await yieldToEventLoop();
      }
    }
    await Promise.all(reading);
    this.manifestsRead = true;
    this.wake(); // Requests that came early now name their plans, which are read first.

    // 2. The other files, plan by plan, wanted plans first.
    const byRoot = new Map<string, string[]>();
    for (const uri of files.slice(manifests.length)) {
      const root = project.rootOf(uri) ?? '';
      const list = byRoot.get(root);
      if (list) list.push(uri);
      else byRoot.set(root, [uri]);
    }
    for (const root of project.roots()) if (!byRoot.has(root)) byRoot.set(root, []);
    while (byRoot.size > 0) {
      const root = this.next([...byRoot.keys()]);
      for (const uri of byRoot.get(root) ?? []) {
        await readFile(uri);
        if (slice()) {
          step();
          await yieldToEventLoop();
        }
      }
      byRoot.delete(root);
      await Promise.all(reading);
      if (root) await this.workspace.readLocalCatalogs([root]);
      this.readRoots.add(root);
      this.wanted.delete(root);
      // Requests waiting for this plan are answered before anything else is read.
      if (this.wake()) await yieldToEventLoop();
    }
    step();
    progress.filesRead(total, project.roots().length);

    // 3. Analysis, plan by plan, each plan's files parsed one at a time.
    const roots = [...project.roots()];
    let analysed = 0;
    const pending = new Set(roots);
    while (pending.size > 0) {
      const root = this.next([...pending]);
      pending.delete(root);
      if (!project.isAnalyzed(root)) {
        for (const uri of project.fileUris()) {
          if (project.rootOf(uri) !== root) continue;
          project.document(uri);
          if (slice()) await yieldToEventLoop();
        }
        project.analyze(root);
      }
      analysed++;
      progress.report(50 + Math.floor((50 * analysed) / Math.max(roots.length, 1)), `analysed ${analysed} of ${roots.length} plans`);
      await yieldToEventLoop();
    }
    progress.end();
    return total;
  }

  /** The next plan to work on: one with an open document or a waiting request, else the first. */
  private next(roots: readonly string[]): string {
    const project = this.workspace.project;
    const open = new Set(this.workspace.openUris().map((uri) => project.rootOf(uri)));
    return roots.find((root) => this.wanted.has(root)) ?? roots.find((root) => open.has(root)) ?? roots[0] ?? '';
  }

  /** A clock for one slice: true (and a new slice starts) once the current slice has run for SLICE_MS. */
  private slicer(): () => boolean {
    let started = this.now();
    return () => {
      if (this.now() - started < SLICE_MS) return false;
      started = this.now();
      return true;
    };
  }
}
