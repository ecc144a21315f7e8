import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { PlanProject } from '../../core/src/index';
import { manifest, testEngine } from '../helpers/engine';
import { analyzeSoundly, findingsKey } from '../helpers/soundness';

/**
 * Property-based tests over the whole engine: arbitrary text, and random
 * mutations of the example plans. Seeded and bounded, so a failure prints a
 * seed and path that reproduce it exactly.
 */
const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const SEED = 20_240_614;

function planFiles(name: string): Record<string, string> {
  const root = join(EXAMPLES, name);
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(md|ya?ml)$/.test(entry) && entry !== 'README.md') files[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return files;
}

const EXAMPLE_PLANS = { anyshire: planFiles('anyshire'), riverside: planFiles('riverside') };

function projectWith(plans: Readonly<Record<string, Readonly<Record<string, string>>>>, order: (paths: string[]) => string[] = (p) => p): PlanProject {
  const project = new PlanProject(testEngine());
  const entries: [string, string][] = [];
  for (const [plan, files] of Object.entries(plans)) for (const [path, text] of Object.entries(files)) entries.push([`file:///fuzz/${plan}/${path}`, text]);
  const byUri = new Map(entries);
  for (const uri of order(entries.map(([uri]) => uri))) project.setFile(uri, byUri.get(uri) ?? '');
  return project;
}

/** Pieces of text that matter to the readers: fences, YAML indicators, Markdown containers, line breaks, odd characters. */
const PIECES = [
  '\n', '\r\n', '\r', '\u0000', '\t', ' ', '  ', '```', '```commitment\n', '```finance\n', '~~~', '---\n', '...', '# ', '> ', '- ', '* ', '1. ',
  ':', ': ', '? ', '[', ']', '{', '}', ',', '&a ', '*a', '<<: ', '!tag ', '"', "'", '|', '>', '#', '%YAML 1.2\n',
  '[[', ']]', '[[mh-liaison]]', '`', '<!--', '-->', '<!-- planwright-disable schema: why -->', '<script>', '&amp;',
  'id: mh-liaison\n', 'status: on-track\n', 'trajectory: { 2019/20: 1 }\n', '2019/21', '1e309', '.nan', '-0', '75%',
  'é', '\u{1F600}', '\uD800', '\uFEFF', '\u2028', 'x', 'word ',
];

const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(pieceText, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme-ascii', maxLength: 300 }));

/** An edit to a text: replace `remove` characters at a position (taken modulo the length) with `insert`. */
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: fc.oneof(fc.constantFrom(...PIECES), pieceText) });
type Edit = { at: number; remove: number; insert: string };

function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text;
  for (const { at, remove, insert } of edits) {
    const offset = at % (result.length + 1);
    result = result.slice(0, offset) + insert + result.slice(offset + remove);
  }
  return result;
}

/** A mutated copy of one example plan: a few files, each with a few edits. */
const mutatedPlan = fc
  .record({
    plan: fc.constantFrom(...(Object.keys(EXAMPLE_PLANS) as (keyof typeof EXAMPLE_PLANS)[])),
    changes: fc.array(fc.record({ file: fc.nat(), edits: fc.array(edit, { minLength: 1, maxLength: 6 }) }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ plan, changes }) => {
    const files = { ...EXAMPLE_PLANS[plan] };
    const paths = Object.keys(files).sort();
    for (const change of changes) {
      const path = paths[change.file % paths.length] as string;
      files[path] = applyEdits(files[path] ?? '', change.edits);
    }
    return { plan, files };
  });

describe('fuzzing the engine (fast-check, seeded)', function () {
  this.timeout(120_000);
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  it('arbitrary text as a chapter, a YAML file, a catalog and plan.yaml: never throws, every range inside its document', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (chapter, yaml, plan) => {
        const project = projectWith({
          good: { 'plan.yaml': manifest('catalogs: [local.catalog.yaml]'), 'a.md': chapter, 'data/x.yaml': yaml, 'local.catalog.yaml': yaml },
          bad: { 'plan.yaml': plan, 'b.md': chapter },
        });
        analyzeSoundly(project);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('mutations of the example plans: never throws, every range inside its document', () => {
    fc.assert(
      fc.property(mutatedPlan, ({ plan, files }) => {
        analyzeSoundly(projectWith({ [plan]: files }));
      }),
      { seed: SEED + 1, numRuns: 30 },
    );
  });

  it('results are deterministic and independent of the order files arrive in', () => {
    fc.assert(
      fc.property(mutatedPlan, fc.infiniteStream(fc.nat()), ({ plan, files }, randoms) => {
        const plans = { [plan]: files, other: EXAMPLE_PLANS.riverside };
        const first = findingsKey(analyzeSoundly(projectWith(plans)));
        const shuffled = (paths: string[]) => {
          const copy = [...paths];
          for (let i = copy.length - 1; i > 0; i--) {
            const j = (randoms.next().value as number) % (i + 1);
            [copy[i], copy[j]] = [copy[j] as string, copy[i] as string];
          }
          return copy;
        };
        assert.equal(findingsKey(analyzeSoundly(projectWith(plans, shuffled))), first, 'shuffled file order changed the result');
        assert.equal(findingsKey(analyzeSoundly(projectWith(plans, (p) => [...p].reverse()))), first, 'reversed file order changed the result');
      }),
      { seed: SEED + 2, numRuns: 15 },
    );
  });

  it('an edited file analysed again in the same project gives what a fresh project gives', () => {
    fc.assert(
      fc.property(mutatedPlan, ({ plan, files }) => {
        const project = projectWith({ [plan]: EXAMPLE_PLANS[plan] });
        analyzeSoundly(project);
        for (const [path, text] of Object.entries(files)) project.setFile(`file:///fuzz/${plan}/${path}`, text);
        assert.equal(findingsKey(analyzeSoundly(project)), findingsKey(analyzeSoundly(projectWith({ [plan]: files }))));
      }),
      { seed: SEED + 3, numRuns: 15 },
    );
  });
});
