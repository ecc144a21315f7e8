import * as assert from 'node:assert/strict';
import { PlanProject } from '../../core/src/index';
import { lines, manifest, SHARED_LOCAL_CATALOG, testEngine } from '../helpers/engine';

/**
 * PlanProject as an editor drives it: files come, change, go and become unreadable; which
 * plan each file belongs to; which analyses a change keeps and which it drops.
 */

const block = (id: string, status = 'on-track', ...rest: string[]) => lines('```commitment', `id: ${id}`, `status: ${status}`, ...rest, '```', '');
const A = 'file:///plans/a/';
const B = 'file:///plans/b/';

function project(files: Readonly<Record<string, string>>): PlanProject {
  const result = new PlanProject(testEngine());
  for (const [uri, text] of Object.entries(files)) result.setFile(uri, text);
  return result;
}
/** The commitments a plan's analysis has responses to. */
const answered = (p: PlanProject, root: string) => p.analyze(root).context.responses.map((r) => r.id?.value ?? '').sort();

describe('a project of plans as files come and go', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  it('roots are the folders holding plan.yaml, sorted, whatever order the files came in; a file belongs to its nearest root', () => {
    const p = project({ [`${B}plan.yaml`]: manifest(), [`${A}sub/plan.yaml`]: manifest(), [`${A}plan.yaml`]: manifest(), 'file:///plans/notes.md': '# no plan here' });
    assert.deepEqual(p.roots(), [A, `${A}sub/`, B]);
    assert.deepEqual([p.rootOf(`${A}sub/deep/mh.md`), p.rootOf(`${A}mh.md`), p.rootOf('file:///plans/notes.md')], [`${A}sub/`, A, undefined]);
    assert.deepEqual(p.analyzeAll().map((analysis) => analysis.root), [A, `${A}sub/`, B]);
  });

  it('an unchanged text keeps every analysis; a chapter changed drops only its own plan\'s', () => {
    const p = project({ [`${A}plan.yaml`]: manifest(), [`${A}mh.md`]: block('mh-liaison'), [`${B}plan.yaml`]: manifest(), [`${B}mh.md`]: block('mh-liaison') });
    const [a, b] = [p.analyze(A), p.analyze(B)];
    p.setFile(`${A}mh.md`, block('mh-liaison'));
    p.setFile(`${A}mh.md`, `\uFEFF${block('mh-liaison')}`);
    assert.equal(p.analyze(A), a, 'the same text (a byte-order mark aside) is no change');
    p.setFile(`${A}mh.md`, block('mh-liaison', 'at-risk'));
    assert.deepEqual([p.isAnalyzed(A), p.isAnalyzed(B)], [false, true]);
    assert.equal(p.analyze(B), b);
    assert.notEqual(p.analyze(A), a);
  });

  it('a plan.yaml or a catalog changed drops every analysis (footprints and shared catalogs reach across plans)', () => {
    const catalog = 'file:///plans/shared/region.catalog.yaml';
    const files = { [`${A}plan.yaml`]: manifest('catalogs: [../shared/region.catalog.yaml]'), [`${B}plan.yaml`]: manifest('catalogs: [../shared/region.catalog.yaml]'), [`${B}local.md`]: block('local-housing'), [catalog]: SHARED_LOCAL_CATALOG };
    const p = project(files);
    assert.deepEqual(answered(p, B), ['local-housing']);
    assert.equal(p.analyze(B).findings.filter((f) => f.ruleId === 'unknown-commitment').length, 0);
    p.setFile(catalog, SHARED_LOCAL_CATALOG.replace('local-housing', 'local-homes'));
    assert.deepEqual([p.isAnalyzed(A), p.isAnalyzed(B)], [false, false]);
    assert.equal(p.analyze(B).findings.filter((f) => f.ruleId === 'unknown-commitment').length, 1, 'the renamed commitment is now unknown');
    p.analyze(A);
    p.setFile(`${A}plan.yaml`, manifest('catalogs: [../shared/region.catalog.yaml]', { population: 2 }));
    assert.deepEqual([p.isAnalyzed(A), p.isAnalyzed(B)], [false, false]);
  });

  it('a new file joins its plan at once, a deleted one leaves it; deleting a file never read changes nothing', () => {
    const p = project({ [`${A}plan.yaml`]: manifest(), [`${A}mh.md`]: block('mh-liaison') });
    assert.deepEqual(answered(p, A), ['mh-liaison']);
    p.setFile(`${A}cancer.md`, block('cancer-62-day'));
    assert.deepEqual(answered(p, A), ['cancer-62-day', 'mh-liaison']);
    p.deleteFile(`${A}mh.md`);
    assert.deepEqual([answered(p, A), p.hasFile(`${A}mh.md`), p.fileUris()], [['cancer-62-day'], false, [`${A}plan.yaml`, `${A}cancer.md`]]);
    const analysis = p.analyze(A);
    p.deleteFile(`${A}never.md`);
    assert.equal(p.analyze(A), analysis);
    p.deleteFile(`${A}plan.yaml`);
    assert.deepEqual([p.roots(), p.rootOf(`${A}cancer.md`)], [[], undefined]);
  });

  it('releasing a plan (a run that checks each plan once) forgets its chapters\' and data files\' parses and its analysis, keeps plan.yaml, catalogs, unreadable files and the other plans, and analyses it again the same', () => {
    const catalog = `${A}region.catalog.yaml`;
    const p = project({ [`${A}plan.yaml`]: manifest('catalogs: [region.catalog.yaml]'), [`${A}mh.md`]: block('mh-liaison', 'wobbly'), [`${A}finance.yaml`]: 'finance: [', [catalog]: SHARED_LOCAL_CATALOG, [`${B}plan.yaml`]: manifest(), [`${B}mh.md`]: block('mh-liaison') });
    p.setUnreadable(`${A}scan.md`, 'scan.md is binary, not text');
    const a = p.analyze(A);
    const b = p.analyze(B);
    const documents = (root: string) => ['plan.yaml', 'mh.md', 'finance.yaml', 'region.catalog.yaml', 'scan.md'].map((name) => p.document(`${root}${name}`));
    const before = documents(A);
    p.release(A);
    assert.equal(p.isAnalyzed(A), false);
    assert.equal(p.analyze(B), b, 'the other plan is kept');
    const after = documents(A);
    assert.deepEqual(
      before.map((document, i) => document === after[i]),
      [true, false, false, true, false],
      'plan.yaml and the catalog are the same objects; the chapter, the data file and the unreadable one are read again',
    );
    assert.deepEqual(after[4]?.problems.map((problem) => problem.message), ['scan.md is binary, not text']);
    const again = p.analyze(A);
    assert.notEqual(again, a);
    assert.deepEqual(again.findings, a.findings);
    assert.deepEqual(again.coverage.counts, a.coverage.counts);
  });

  it('a file that cannot be read is part of its plan as an empty document of its kind, with the reason as a finding', () => {
    const p = project({ [`${A}plan.yaml`]: manifest('catalogs: [region.catalog.yaml]'), [`${A}mh.md`]: block('mh-liaison') });
    const kinds: [string, string][] = [
      ['scan.md', 'chapter'],
      ['finance.yaml', 'data'],
      ['region.catalog.yaml', 'catalog'],
    ];
    for (const [name] of kinds) p.setUnreadable(`${A}${name}`, `${name} is binary, not text`);
    p.setUnreadable(`${A}mh.md`, 'the file is not UTF-8');
    assert.deepEqual(
      kinds.map(([name]) => p.document(`${A}${name}`)?.kind),
      kinds.map(([, kind]) => kind),
    );
    const unreadable = p.analyze(A).findings.filter((f) => f.ruleId === 'unreadable-file');
    assert.deepEqual(
      unreadable.map((f) => [f.uri.slice(A.length), f.message, f.range.start.line]),
      [
        ['finance.yaml', 'finance.yaml is binary, not text', 0],
        ['mh.md', 'the file is not UTF-8', 0],
        ['region.catalog.yaml', 'region.catalog.yaml is binary, not text', 0],
        ['scan.md', 'scan.md is binary, not text', 0],
      ],
    );
    assert.deepEqual(answered(p, A), [], 'the response in the file now unreadable is gone');
    p.setUnreadable(`${A}plan.yaml`, 'plan.yaml is binary, not text');
    assert.equal(p.document(`${A}plan.yaml`)?.kind, 'manifest');
  });

  it('a local catalog outside the plan folder has its own problems reported with the plan', () => {
    const catalog = 'file:///plans/shared/region.catalog.yaml';
    const p = project({ [`${A}plan.yaml`]: manifest('catalogs: [../shared/region.catalog.yaml]'), [catalog]: SHARED_LOCAL_CATALOG.replace('kind: transformation', 'kind: wishful') });
    assert.deepEqual(p.localCatalogs(A), [{ uri: catalog, found: true }]);
    assert.deepEqual(
      p.analyze(A).findings.filter((f) => f.uri === catalog).map((f) => f.ruleId),
      ['schema'],
    );
    assert.deepEqual(project({ [`${A}plan.yaml`]: manifest('catalogs: [gone.catalog.yaml]') }).localCatalogs(A), [{ uri: `${A}gone.catalog.yaml`, found: false }]);
    // Unreadable, it is reported once, at its entry in plan.yaml, and not again as a file of the plan.
    p.setUnreadable(catalog, 'the file is binary, not text');
    assert.deepEqual(
      p.analyze(A).findings.filter((f) => f.uri === catalog || f.message.includes('binary')).map((f) => [f.uri.slice('file:///plans/'.length), f.ruleId]),
      [['a/plan.yaml', 'local-catalog']],
    );
  });

  it('the report date reaches the rules; setting the same date again keeps the analyses, a new one drops them', () => {
    const p = new PlanProject(testEngine(), { today: '2026-12-04' });
    p.setFile(`${A}plan.yaml`, manifest());
    const analysis = p.analyze(A);
    assert.equal(analysis.context.today, '2026-12-04');
    p.setToday('2026-12-04');
    assert.equal(p.analyze(A), analysis);
    p.setToday(undefined);
    assert.equal('today' in p.analyze(A).context, false);
  });

  it('a plan without a period has no years; its waived findings are kept aside in the order of findings', () => {
    // Two rules waived in two chapters: the rules run one after the other, so their findings come a, b, a, b.
    const chapter = lines(
      '<!-- planwright-disable unknown-organisation: agreed with the region -->',
      block('mh-liaison', 'on-track', 'lead: nobody-we-know'),
      '<!-- planwright-disable plain-language: the board wrote it -->',
      'We will leverage the new money.',
      '',
    );
    const p = project({ [`${A}plan.yaml`]: manifest().replace(/ {2}period: .*\n/, ''), [`${A}b.md`]: chapter, [`${A}a.md`]: chapter });
    const analysis = p.analyze(A);
    assert.deepEqual(analysis.context.years, []);
    assert.deepEqual(
      analysis.suppressed.map((f) => `${f.uri.slice(A.length)}:${f.range.start.line} ${f.ruleId}`),
      ['a.md:4 unknown-organisation', 'a.md:8 plain-language', 'b.md:4 unknown-organisation', 'b.md:8 plain-language'],
    );
  });
});
