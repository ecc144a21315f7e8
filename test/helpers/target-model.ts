import * as assert from 'node:assert/strict';
import { lines, manifest, testEngine } from './engine';
import { checkPlan } from './markers';

/** A local catalog holding one commitment, `t-measure`, with the given target lines (indented under `target:`). */
export function targetCatalog(...target: string[]): string {
  return lines(
    'catalog: { id: target-model-test, title: Target model test, version: "1", period: { start: 2019/20, end: 2023/24 } }',
    'areas: [{ id: test-area, title: Test area }]',
    'commitments:',
    '  - id: t-measure',
    '    area: test-area',
    '    kind: foundational',
    '    title: A measure',
    '    summary: A measure to judge.',
    '    source: { title: Test source }',
    '    guidance: Give a trajectory.',
    '    target:',
    '      measure: the measure',
    ...target.map((line) => `      ${line}`),
    '',
  );
}

/** plan.yaml naming the test catalog, with a second acute provider (`north-acute`) in the footprint. */
export function targetManifest(): string {
  return manifest('catalogs: [target.catalog.yaml]').replace(
    "    - { id: test-cvs, name: Test Voluntary Action, type: vcse }",
    "    - { id: north-acute, name: North Acute NHS Trust, type: acute-provider }\n    - { id: test-cvs, name: Test Voluntary Action, type: vcse }",
  );
}

/** A response to `t-measure`; `rows` may hold marker lines, `idMarker` is one for the `id:` line. */
export function targetResponse(options: { status: string; idMarker?: string | undefined }, ...rows: string[]): string {
  return lines('```commitment', 'id: t-measure', ...(options.idMarker ? [options.idMarker] : []), `status: ${options.status}`, ...rows, '```', '');
}

/**
 * One target-model case: a catalog target, a response to it with markers for
 * the findings expected, and the coverage status expected of `t-measure`.
 */
export interface TargetCase {
  readonly name: string;
  /** Lines of the catalog target (under `target:`, after `measure:`). */
  readonly target: readonly string[];
  readonly status?: string;
  /** Lines of the response block, with markers. */
  readonly response: readonly string[];
  /** A marker line for the response's `id:` line. */
  readonly idMarker?: string;
  /** Expected coverage status of `t-measure`. */
  readonly coverage?: string;
  /** Expected coverage reason of `t-measure`: what its code lens and the coverage tree say. */
  readonly reason?: string;
}

/** A mocha suite running each case on an inline plan against the one-commitment test catalog. */
export function describeTargetCases(title: string, cases: readonly TargetCase[]): void {
  describe(title, () => {
    before(function () {
      this.timeout(60_000);
      testEngine();
    });

    for (const c of cases) {
      it(c.name, () => {
        const { project } = checkPlan(
          { 'plan.yaml': targetManifest(), 'target.catalog.yaml': targetCatalog(...c.target), 'a.md': targetResponse({ status: c.status ?? 'at-risk', idMarker: c.idMarker }, ...c.response) },
          { rules: ['trajectory-target', 'schema', 'local-catalog', 'unknown-organisation'] },
        );
        const entry = project.analyzeAll()[0]?.coverage.areas.flatMap((a) => a.commitments).find((e) => e.commitment.id === 't-measure');
        if (c.coverage) assert.equal(entry?.status, c.coverage);
        if (c.reason) assert.equal(entry?.reason, c.reason);
      });
    }
  });
}

/** A duration target: a mean response time in minutes, lower is better, due 2021/22. */
export const DURATION = ['value: 25', 'scale: duration', 'unit: minutes', 'direction: decrease', 'by: 2021/22'];

/** A system line in percentages for 2019/20 to 2023/24 that meets a 65% target by 2021/22. */
export const SYSTEM_MET = 'trajectory: { 2019/20: "66%", 2020/21: "70%", 2021/22: "72%", 2022/23: "73%", 2023/24: "74%" }';

/** A rate target read in March: at least 78% by 2021/22. */
export const RATE_MONTH = ['value: "78%"', 'scale: rate', 'direction: increase', 'timing: month', 'by: 2021/22'];
