/**
 * The `planwright` package's library entry (`require('planwright')`): the
 * pure engine (rules, coverage, language features) and the Node adapters that
 * load the built-in catalogs and check plans on disk.
 */
export * from '../../core/src/index';
export { checkPlans, loadEngine, loadProject, packageRoot, type CheckOptions, type CheckRun, type LoadedProject } from './index';
