import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlanProject, type CatalogSnapshot, type Engine, type PrecompiledValidators, type WordListSnapshot } from '../../core/src/index';
import { loadEngine } from '../../host/src/index';
import { evaluateGenerated } from './generated-module';

let shared: Engine | undefined;

/**
 * The real engine (repository schemas, built-in catalogs and word list), built once for all tests,
 * as the bundles build it: with the validators, catalogs and word list the build prepared
 * (scripts/build.mjs writes them beside the compiled core), so that loading it parses and compiles
 * nothing. Code that only ran while the engine loaded would be reached outside every test, and a
 * mutation run would try each of its mutants against every test. A file changed since the build is
 * read from its text (the engine checks each prepared part against the files).
 */
export function testEngine(): Engine {
  shared ??= preparedEngine();
  return shared;
}

function preparedEngine(): Engine {
  const catalogs = buildGenerated('catalog');
  return loadEngine(undefined, {
    validators: buildGenerated('schema')['precompiledValidators'] as PrecompiledValidators,
    catalogSnapshots: catalogs['precompiledCatalogs'] as CatalogSnapshot[],
    wordListSnapshot: catalogs['precompiledWordList'] as WordListSnapshot,
  });
}

/**
 * The exports of a module the build generated beside the compiled core (scripts/build.mjs): the
 * validators (`schema`) or the catalogs and word list (`catalog`), read ahead of time.
 */
export function buildGenerated(folder: 'schema' | 'catalog'): Record<string, unknown> {
  const path = join(__dirname, '..', '..', 'core', 'src', folder, 'precompiled.generated.js');
  if (!existsSync(path)) throw new Error(`${path} is missing: build with \`npm run build\` (scripts/build.mjs writes it) before running the compiled tests`);
  return evaluateGenerated(readFileSync(path, 'utf8'), folder);
}

export const PLAN_ROOT = 'file:///plans/test/';

/** The example plan's own files (plan.yaml and its chapters, not its data folder), by name. */
export function exampleFiles(): Record<string, string> {
  const folder = join(__dirname, '..', '..', '..', 'examples', 'anyshire');
  return Object.fromEntries(readdirSync(folder).filter((f) => /\.(md|yaml)$/.test(f)).map((f) => [f, readFileSync(join(folder, f), 'utf8')]));
}

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
