/** The Planwright engine: plan files in, findings and coverage out. No I/O, no editor. */
export { Engine, type EngineOptions, type SourceText } from './engine';
export { PlanProject, type PlanAnalysis } from './project';
export * from './findings';
export * from './model/types';
export * from './model/values';
export * from './catalog/types';
export { CatalogSet } from './catalog/catalog-set';
export * from './coverage/coverage';
export * from './coverage/targets';
export { RULES, RULE_IDS, ruleMeta, ruleDocsUrl, DOCS_BASE_URL } from './rules/registry';
export type { Rule, RuleMeta, RuleContext } from './rules/rule';
export * from './text/positions';
export { EmbeddedText } from './text/embedded';
export { suggest, editDistance } from './text/suggest';
export * from './uris';
export { renderMarkdownSafe, escapeHtml } from './render/safe-html';
