/** Node.js adapters for the core: the file system, the package's own data. */
export { packageRoot } from './package-root';
export { loadEngine } from './load-engine';
export { readText, decodeText, MAX_FILE_BYTES, type ReadResult } from './read-text';
export { listPlanFiles, enclosingPlanRoot } from './discover';
export { insidePlans, loadProject, readInto, resolveTargets, planRootsOf, type LoadedProject, type Targets } from './load-project';
export { checkPlans, runCheckWorker, type CheckRun, type CheckOptions, type CheckPhase } from './check-plans';
