import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ONE_PASS_YAML_CACHE_BYTES, PlanProject, planDigest, planReport, setYamlCacheBytes, type PlanReport } from '../../core/src/index';
import { loadEngine } from './load-engine';
import { planRootsOf } from './loader/discover';
import { resolveTargets } from './loader/load-project';
import { PlanLoader } from './loader/plan-loader';
import { reportDate } from './report-date';

export interface CheckRun {
  /** One report per plan the paths name, sorted by root. */
  readonly reports: readonly PlanReport[];
  readonly scopes: readonly string[];
  readonly errors: readonly string[];
  readonly fileCount: number;
}

export interface CheckOptions {
  /** The script a worker thread runs: the caller's own entry point, which calls runCheckWorker when not on the main thread. */
  readonly workerScript?: string;
  /** Upper bound on worker threads (default: the machine's parallelism). */
  readonly maxWorkers?: number;
  /** Progress: files read, then plans parsed and checked (`done` of `total` in each phase; across worker threads, their sums). */
  readonly onProgress?: (done: number, total: number, phase: CheckPhase) => void;
  /** Runs smaller than this stay on one thread (default 2 MB); tests lower it. */
  readonly parallelThresholdBytes?: number;
  /** Files larger than this are not read (one unreadable-file finding each); default 32 MB. */
  readonly maxFileBytes?: number;
  /** Attach each plan's digest (for a roll-up or a diff). */
  readonly digests?: boolean;
  /** The folder relative paths are read from (default: the process's current folder). */
  readonly cwd?: string;
}

export type CheckPhase = 'read' | 'check';

/** Below this much plan text, one thread is faster than starting workers (each builds its own engine). */
const PARALLEL_THRESHOLD_BYTES = 2 * 1024 * 1024;

interface WorkerTask {
  /** Files of the plans this worker checks. */
  readonly files: readonly string[];
  /** Every plan.yaml of the run, so footprint overlaps are seen across workers. */
  readonly manifests: readonly string[];
  readonly roots: readonly string[];
  /** The checked folders: nothing outside them is read. */
  readonly folders: readonly string[];
  readonly maxFileBytes?: number;
  /** Whether to post progress messages to the main thread. */
  readonly progress?: boolean;
  readonly digests?: boolean;
}

/** What a worker thread posts: progress on the way, then its reports. */
type WorkerMessage = { readonly progress: { readonly done: number; readonly total: number; readonly phase: CheckPhase } } | { readonly reports: PlanReport[] };

/**
 * Checks the plans that the paths name. Large runs are split by plan across
 * worker threads (parsing is CPU-bound and plans are independent, apart from
 * footprint overlaps, for which every worker reads every plan.yaml).
 */
export async function checkPlans(paths: readonly string[], options: CheckOptions = {}): Promise<CheckRun> {
  const targets = resolveTargets(paths, loadOptions(options.maxFileBytes), options.cwd);
  const roots = planRootsOf(targets.files);
  const bytes = targets.files.reduce((sum, file) => sum + sizeOf(file), 0);
  const workers = Math.min(options.maxWorkers ?? threadsFromEnvironment() ?? defaultWorkers(), roots.length);
  let reports: PlanReport[];
  if (!options.workerScript || workers < 2 || bytes < (options.parallelThresholdBytes ?? PARALLEL_THRESHOLD_BYTES)) {
    reports = checkTask({ files: targets.files, manifests: [], roots, folders: targets.folders, ...loadOptions(options.maxFileBytes), ...(options.digests ? { digests: true } : {}) }, options.onProgress);
  } else {
    const tasks = partition(targets.files, roots, workers).map((task) => ({ ...task, folders: targets.folders, ...loadOptions(options.maxFileBytes), progress: options.onProgress !== undefined, ...(options.digests ? { digests: true } : {}) }));
    const script = options.workerScript;
    const onProgress = options.onProgress && combinedProgress(tasks.length, options.onProgress);
    const results = await Promise.all(tasks.map((task, i) => runWorker(script, task, onProgress && ((done, total, phase) => onProgress(i, done, total, phase)))));
    reports = results.flat();
  }
  reports.sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
  return { reports, scopes: targets.scopes, errors: targets.errors, fileCount: targets.files.length };
}

/** The body of a worker thread (and of a one-thread run). */
function checkTask(task: WorkerTask, onProgress?: CheckOptions['onProgress']): PlanReport[] {
  const project = new PlanProject(loadEngine(), { today: reportDate() });
  const own = new Set(task.files);
  const manifests = task.manifests.filter((file) => !own.has(file));
  const files = [...manifests, ...task.files];
  const loader = new PlanLoader(task.folders, loadOptions(task.maxFileBytes));
  loader.readAll(project, files, onProgress && ((count) => onProgress(count, files.length, 'read')));
  loader.readLocalCatalogs(project);
  const wanted = new Set(task.roots.map((root) => `${pathToFileURL(root).href}/`));
  const roots = project.roots().filter((root) => wanted.has(root));
  // Parsing is lazy: analysing a plan parses its files, then runs the rules.
  return roots.map((root, i) => {
    const analysis = project.analyze(root);
    const report = task.digests ? { ...planReport(analysis), digest: planDigest(analysis) } : planReport(analysis);
    project.release(root);
    onProgress?.(i + 1, roots.length, 'check');
    return report;
  });
}

/** Call from the worker script's top level: runs the task it was given, if this is a worker. */
export function runCheckWorker(): boolean {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  const task = workerData as WorkerTask;
  // A worker reads each of its plans once, then ends.
  setYamlCacheBytes(ONE_PASS_YAML_CACHE_BYTES);
  const post = (message: WorkerMessage) => port.postMessage(message);
  post({ reports: checkTask(task, task.progress ? (done, total, phase) => post({ progress: { done, total, phase } }) : undefined) });
  return true;
}

/** Progress of several workers as one: the sums of what each has done and has to do in a phase. */
function combinedProgress(workers: number, report: NonNullable<CheckOptions['onProgress']>): (worker: number, done: number, total: number, phase: CheckPhase) => void {
  const state = { read: Array.from({ length: workers }, () => ({ done: 0, total: 0 })), check: Array.from({ length: workers }, () => ({ done: 0, total: 0 })) };
  return (worker, done, total, phase) => {
    state[phase][worker] = { done, total };
    report(
      state[phase].reduce((sum, s) => sum + s.done, 0),
      state[phase].reduce((sum, s) => sum + s.total, 0),
      phase,
    );
  };
}

function runWorker(script: string, task: WorkerTask, onProgress?: CheckOptions['onProgress']): Promise<PlanReport[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: task });
    worker.on('message', (message: WorkerMessage) => {
      if ('progress' in message) onProgress?.(message.progress.done, message.progress.total, message.progress.phase);
      else resolve(message.reports);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a checking thread stopped with code ${code}`));
    });
  });
}

/** Splits plans across workers with about equal bytes each (largest first, into the lightest bucket). */
function partition(files: readonly string[], roots: readonly string[], workers: number): Omit<WorkerTask, 'folders'>[] {
  const manifests = roots.map((root) => `${root}/plan.yaml`);
  // Each file belongs to its nearest root (the longest root path above it).
  const byRoot = new Map<string, string[]>(roots.map((root) => [root, []]));
  const sorted = [...roots].sort((a, b) => b.length - a.length);
  for (const file of files) {
    const root = sorted.find((r) => file.startsWith(`${r}/`));
    if (root) byRoot.get(root)?.push(file);
  }
  const weighted = [...byRoot].map(([root, list]) => ({ root, list, bytes: list.reduce((sum, f) => sum + sizeOf(f), 0) })).sort((a, b) => b.bytes - a.bytes);
  const buckets = Array.from({ length: workers }, () => ({ roots: [] as string[], files: [] as string[], bytes: 0 }));
  for (const plan of weighted) {
    const lightest = buckets.reduce((min, b) => (b.bytes < min.bytes ? b : min));
    lightest.roots.push(plan.root);
    lightest.files.push(...plan.list);
    lightest.bytes += plan.bytes;
  }
  // Files outside every root (a local catalog beside the plans) go to every worker that may need them.
  const outside = files.filter((file) => !sorted.some((r) => file.startsWith(`${r}/`)));
  return buckets.filter((b) => b.roots.length > 0).map((b) => ({ roots: b.roots, files: [...b.files, ...outside], manifests }));
}

function loadOptions(maxFileBytes: number | undefined): { maxFileBytes?: number } {
  return maxFileBytes === undefined ? {} : { maxFileBytes };
}

/**
 * One worker per core but one: the main thread reads the workers' reports and
 * writes the output meanwhile. On two cores that is one thread, which was both
 * faster and smaller there (varied 42-plan corpus: 2.78 s and 446 MB peak on
 * one thread, 3.14 s and 513 MB with two workers; docs in ARCHITECTURE.md).
 */
function defaultWorkers(): number {
  return availableParallelism() - 1;
}

/** PLANWRIGHT_THREADS=N sets the number of worker threads; 1 keeps a run on one thread (for measurements and debugging). */
function threadsFromEnvironment(): number | undefined {
  const value = Number(process.env['PLANWRIGHT_THREADS']);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
