import { PlanProject, type Engine } from '../../core/src/index';
import { loadEngine } from '../../host/src/index';

let shared: Engine | undefined;

/** The real engine (repository schemas and built-in catalogs), built once for all tests. */
export function testEngine(): Engine {
  shared ??= loadEngine();
  return shared;
}

export const PLAN_ROOT = 'file:///plans/test/';

/** A project holding the given files (paths relative to the plan root). */
export function projectOf(files: Readonly<Record<string, string>>, root = PLAN_ROOT): PlanProject {
  const project = new PlanProject(testEngine());
  for (const [path, text] of Object.entries(files)) project.setFile(root + path, text);
  return project;
}

/** Lines joined with "\n" (or another line break), for readable inline fixtures. */
export function lines(...parts: string[]): string {
  return parts.join('\n');
}

/** The same text with "\r\n" line breaks. */
export const crlf = (text: string): string => text.split('\n').join('\r\n');

/** A manifest with a marker line under its first line (`plan:`), where plan-wide findings point. */
export function markPlan(text: string, marker: string): string {
  const [first, ...rest] = text.split('\n');
  return [first ?? '', marker, ...rest].join('\n');
}

/** A minimal valid plan.yaml; pass extra YAML to append. */
export function manifest(extra = '', options: { framework?: string; population?: number; period?: [string, string] } = {}): string {
  const [start, end] = options.period ?? ['2019/20', '2023/24'];
  return lines(
    'plan:',
    '  title: Test plan',
    `  framework: ${options.framework ?? 'ltp-2019'}`,
    `  period: { start: ${start}, end: ${end} }`,
    '  clinical-lead: Dr T. Test',
    'footprint:',
    `  population: ${options.population ?? 1250000}`,
    '  organisations:',
    '    - { id: test-ccg, name: NHS Test CCG, type: ccg }',
    '    - { id: test-council, name: Test County Council, type: local-authority }',
    '    - { id: test-hospital, name: Test Hospital NHS FT, type: acute-provider }',
    '    - { id: test-mh, name: Test MH Trust, type: mental-health-provider }',
    '    - { id: test-cvs, name: Test Voluntary Action, type: vcse }',
    'engagement:',
    '  - { with: test-council, how: co-wrote the plan }',
    '  - { with: public, how: listening events }',
    '  - { with: test-cvs, how: workshops }',
    '  - { with: staff, how: staff survey }',
    extra,
  );
}

/** A local catalog of one commitment (`local-housing`), for plans that share it from a folder above them. */
export const SHARED_LOCAL_CATALOG = lines(
  'catalog: { id: shared-local, title: Shared, version: "1", period: { start: 2019/20, end: 2023/24 } }',
  'areas: [{ id: local, title: Local }]',
  'commitments:',
  '  - { id: local-housing, area: local, kind: transformation, title: Housing, summary: S, guidance: G, source: { title: Board paper } }',
  '',
);
