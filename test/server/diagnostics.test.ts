import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlanProject } from '../../core/src/index';
import { toDiagnostic } from '../../server/src/convert';
import { diagnosticsByUri, diagnosticsOf } from '../../server/src/diagnostics';
import { testEngine } from '../helpers/engine';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

/** The three example plans in one project, as a workspace holds them. */
function examples(): PlanProject {
  const project = new PlanProject(testEngine(), { today: '2026-12-04' });
  for (const plan of ['anyshire', 'northvale', 'riverside']) {
    for (const file of readdirSync(join(EXAMPLES, plan), { recursive: true }).map(String)) {
      if (/\.(md|ya?ml)$/.test(file)) project.setFile(`file:///plans/${plan}/${file}`, readFileSync(join(EXAMPLES, plan, file), 'utf8'));
    }
  }
  return project;
}

describe('diagnostics of an analysis', () => {
  it('are every finding of each file, converted, in the findings’ order', () => {
    const project = examples();
    let files = 0;
    for (const root of project.roots()) {
      const analysis = project.analyze(root);
      const uris = new Set([...analysis.context.documents.map((d) => d.uri), ...analysis.findings.map((f) => f.uri)]);
      for (const uri of uris) {
        assert.deepEqual(diagnosticsOf(analysis, uri), analysis.findings.filter((f) => f.uri === uri).map(toDiagnostic), uri);
        files++;
      }
      assert.equal([...diagnosticsByUri(analysis).values()].reduce((n, list) => n + list.length, 0), analysis.findings.length);
    }
    assert.ok(files > 20, `${files} files`);
    assert.ok(project.roots().some((root) => project.analyze(root).findings.length > 0), 'some plan has findings');
  });

  it('are converted once per analysis: after an edit, only the edited plan’s are new', () => {
    const project = examples();
    const before = new Map(project.roots().map((root) => [root, diagnosticsByUri(project.analyze(root))]));
    const edited = project.roots().find((root) => root.includes('/northvale/'));
    assert.ok(edited);
    const chapter = project.fileUris().find((uri) => uri.startsWith(edited) && uri.endsWith('.md'));
    assert.ok(chapter);
    project.setFile(chapter, `${project.document(chapter)?.text ?? ''}\nSee [[no-such-commitment]].\n`);
    for (const root of project.roots()) {
      const after = diagnosticsByUri(project.analyze(root));
      if (root === edited) {
        assert.notEqual(after, before.get(root));
        assert.ok(after.get(chapter)?.some((d) => d.code === 'unknown-commitment' && d.message.includes('no-such-commitment')), 'the edit’s finding is there');
      } else {
        assert.equal(after, before.get(root), `${root}: the same diagnostics, not converted again`);
      }
    }
  });

  it('of a file without findings are empty', () => {
    const project = examples();
    const root = project.roots()[0] ?? '';
    assert.deepEqual(diagnosticsOf(project.analyze(root), 'file:///plans/nowhere.md'), []);
  });
});
