/** Editor features on the core: plain data in LSP-compatible shapes, no transport. */
export { completions, completionDocumentation } from './completion';
export { hover, commitmentMarkdown, type HoverOptions } from './hover';
export { definition, references } from './navigation';
export { codeActions, insertResponse, responseSkeleton } from './actions';
export { preferredFixes, selectPreferredFixes, fixAll, editsByFile, type PreferredFix } from './fixes';
export { documentSymbols, workspaceSymbols, codeLenses, foldingRanges } from './symbols';
export { occurrences, occurrenceAt, type Occurrence } from './occurrences';
export { documentContext, type DocumentContext } from './context';
export { yamlPathAt } from './yaml-path';
export { dashboardView } from './views';
export type { AreaView, CoverageItemView, CoverageStatusView, DashboardResult, LocationView, PlanCoverageView, TrajectoryView } from './views';
export { inlayHints } from './inlay-hints';
export { documentLinks, catalogAt } from './links';
export { prepareRename, rename } from './rename';
