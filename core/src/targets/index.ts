/** The target model: scales, timing, dated milestones and per-organisation rules. */
export * from './model';
export { judgeTarget, usesTargetModel, type JudgeContext, type TargetCheck, type TargetJudgement } from './judge';
export { measuredSeries, derivedSystemLine, type Measured, type MeasuredPoint } from './series';
export { readMilestone, type Reading } from './milestones';
export { organisationsUnder, organisationRequirement, appliesToWords } from './organisations';
export * from './wording';
