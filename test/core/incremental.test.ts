import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { PlanProject } from '../../core/src/index';
import * as shiftModule from '../../core/src/parse/shift';
import { testEngine } from '../helpers/engine';

const EXAMPLE = join(__dirname, '..', '..', '..', 'examples', 'anyshire');
const ROOT = 'file:///plans/incremental/';
const CHAPTER = `${ROOT}04-mental-health.md`;

function fresh(files: Record<string, string>): PlanProject {
  const project = new PlanProject(testEngine());
  for (const [path, text] of Object.entries(files)) project.setFile(ROOT + path, text);
  return project;
}

/** A fresh project with the chapter open for editing, as the language server has it (kept checks, blocks readied to move). */
function edited(files: Record<string, string>): PlanProject {
  const project = fresh(files);
  project.prepareEdits(CHAPTER);
  return project;
}

/** Findings and parsed items as plain JSON, for comparing two ways of reaching the same text. */
function snapshot(project: PlanProject): string {
  const analysis = project.analyze(ROOT);
  const document = project.document(CHAPTER);
  return JSON.stringify({ findings: analysis.findings, responses: document?.responses, blocks: document?.blocks, suppressions: document?.suppressions });
}

describe('incremental re-parsing (reused blocks, moved by line)', function () {
  this.timeout(60_000);
  const files = {
    'plan.yaml': readFileSync(join(EXAMPLE, 'plan.yaml'), 'utf8'),
    '04-mental-health.md': readFileSync(join(EXAMPLE, '04-mental-health.md'), 'utf8'),
  };

  it('gives the same findings and ranges as a fresh parse after any sequence of edits', () => {
    const edit = fc.record({
      at: fc.nat(),
      text: fc.constantFrom('x', '\n', '\n\n', 'Some prose.\n', 'We will leverage our stakeholders.\n', '```commitment\nid: mh-liaison\nstatus: on-track\n```\n', '  ', ''),
      remove: fc.nat({ max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const project = edited(files);
        project.analyze(ROOT);
        let text = files['04-mental-health.md'];
        for (const { at, text: insert, remove } of edits) {
          const offset = at % (text.length + 1);
          text = text.slice(0, offset) + insert + text.slice(offset + remove);
          project.setFile(CHAPTER, text);
          project.analyze(ROOT);
        }
        assert.equal(snapshot(project), snapshot(fresh({ ...files, '04-mental-health.md': text })));
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same findings as a fresh analysis when plan.yaml and the report date change between chapter edits', () => {
    const manifest = files['plan.yaml'];
    const variants = [
      manifest,
      manifest.replace('population: 1250000', 'population: 2500000'),
      manifest.replace(/population: 1250000\n/, ''),
      manifest.replace('end: 2023/24', 'end: 2021/22'),
      manifest.replace('framework: ltp-2019', 'framework: planning-2016'),
      `${manifest}\nrules: { trajectory-target: error, trajectory-period: off }\n`,
      // The footprint without wessex-council, which a response names as a partner; then with a misspelt id.
      manifest.replace(/^ *- \{ id: wessex-council.*\n/m, ''),
      manifest.replace('id: anyshire-mh,', 'id: anyshire-mh-trust,'),
    ];
    assert.ok(new Set(variants).size === variants.length, 'every variant changes plan.yaml');
    const step = fc.oneof(
      fc.record({ at: fc.nat(), text: fc.constantFrom('x', '\n', '2019/20: 5\n', '  '), remove: fc.nat({ max: 3 }) }),
      fc.record({ manifest: fc.nat(variants.length - 1) }),
      fc.record({ today: fc.constantFrom(undefined, '2019-01-01', '2030-01-01') }),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        const project = edited(files);
        project.analyze(ROOT);
        let text = files['04-mental-health.md'];
        let plan = manifest;
        let today: string | undefined;
        for (const change of steps) {
          if ('manifest' in change) {
            plan = variants[change.manifest] ?? manifest;
            project.setFile(`${ROOT}plan.yaml`, plan);
          } else if ('today' in change) {
            today = change.today;
            project.setToday(today);
          } else {
            const offset = change.at % (text.length + 1);
            text = text.slice(0, offset) + change.text + text.slice(offset + change.remove);
            project.setFile(CHAPTER, text);
          }
          project.analyze(ROOT);
        }
        const again = fresh({ 'plan.yaml': plan, '04-mental-health.md': text });
        again.setToday(today);
        assert.equal(snapshot(project), snapshot(again));
      }),
      { numRuns: 60 },
    );
  });

  it('readies an open chapter\'s blocks to move (prepareEdits), so the first line typed above them finds no plan of positions', () => {
    const shift = shiftModule as { shiftPlan: typeof shiftModule.shiftPlan };
    const original = shift.shiftPlan;
    let blockPlans = 0;
    shift.shiftPlan = (value) => {
      if (typeof value === 'object' && value !== null && 'items' in value && 'problems' in value) blockPlans++;
      return original(value);
    };
    try {
      for (const prepared of [false, true]) {
        const project = fresh(files);
        project.analyze(ROOT);
        if (prepared) project.prepareEdits(CHAPTER);
        const blocks = project.document(CHAPTER)?.blocks.length ?? 0;
        assert.ok(blocks > 3);
        const before = blockPlans;
        project.setFile(CHAPTER, `\n${files['04-mental-health.md']}`);
        project.analyze(ROOT);
        // A block added to the chapter after prepareEdits gets its plan when read.
        project.setFile(CHAPTER, `\n\n${files['04-mental-health.md']}\n\`\`\`commitment\nid: mh-liaison\nstatus: on-track\n\`\`\`\n`);
        project.analyze(ROOT);
        assert.equal(blockPlans - before, prepared ? 1 : blocks, prepared ? 'only the new block, when read' : 'every block, at its first move');
        assert.equal(snapshot(project), snapshot(fresh({ ...files, '04-mental-health.md': project.document(CHAPTER)?.text ?? '' })));
      }
    } finally {
      shift.shiftPlan = original;
    }
  });

  it('moves a reused block\'s findings when lines are added above it', () => {
    const project = fresh(files);
    const before = project.analyze(ROOT).findings.find((f) => f.ruleId === 'unknown-commitment');
    assert.ok(before);
    project.setFile(CHAPTER, `\n\n\n${files['04-mental-health.md']}`);
    const after = project.analyze(ROOT).findings.find((f) => f.ruleId === 'unknown-commitment');
    assert.deepEqual(after?.range, { start: { line: before.range.start.line + 3, character: 4 }, end: { line: before.range.end.line + 3, character: before.range.end.character } });
  });
});
