/** Node.js adapters for the core: the file system, the package's own data. */
export { packageRoot } from './package-root';
export { loadEngine, readBuiltinCatalogs, readSchemaFiles } from './load-engine';
export { readText, decodeText, formatBytes, MAX_FILE_BYTES, type ReadResult } from './loader/read-text';
export { listPlanFiles, enclosingPlanRoot, insidePlans, planRootsOf } from './loader/discover';
export { Boundary } from './loader/boundary';
export { PlanLoader, type LoadOptions } from './loader/plan-loader';
export { loadProject, resolveTargets, type LoadedProject, type Targets } from './loader/load-project';
export { checkPlans, runCheckWorker, type CheckRun, type CheckOptions, type CheckPhase } from './check-plans';
export { reportDate } from './report-date';
export { GitError, gitTopLevel, listRefs, type GitRef, readCommitFiles, resolveCommit, revisionReports } from './git';
export { watchdog, analysisLimits, DEFAULT_BUDGET_MS, DEFAULT_WATCHDOG_MS } from './watchdog';
