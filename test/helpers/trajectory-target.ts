import { testEngine, lines } from './engine';
import { checkPlan } from './markers';

/** A commitment block with a block-style trajectory; `rows` may hold marker lines. */
export const commitmentBlock = (id: string, status: string, ...rows: string[]): string => lines('```commitment', `id: ${id}`, `status: ${status}`, ...rows, '```', '');

/** The talking-therapies shortfall of the example plan, as the message words it. */
export const TALKING_THERAPIES_SHORT = '15,500 against a fair share of 42,194 (1,900,000 × 1,250,000 ÷ 56.3m)';

export interface RuleCase {
  readonly name: string;
  readonly files: Record<string, string>;
  /** Rules whose findings are compared with the markers (default: trajectory-target). */
  readonly rules?: string[];
}

/** One `it` per case, inside the current `describe`, with the engine built before the first. */
export function itChecksTrajectoryTargetCases(cases: readonly RuleCase[]): void {
  before(function () {
    this.timeout(20000);
    testEngine();
  });
  for (const c of cases) {
    it(c.name, () => {
      checkPlan(c.files, { rules: c.rules ?? ['trajectory-target'] });
    });
  }
}
