import * as assert from 'node:assert/strict';
import { lines, manifest, PLAN_ROOT, projectOf, SHARED_LOCAL_CATALOG, testEngine } from '../helpers/engine';

const PLAN = manifest('catalogs: [local.catalog.yaml]');

function localCatalogFindings(files: Record<string, string>, unreadable?: string) {
  const project = projectOf(files);
  if (unreadable !== undefined) project.setUnreadable(`${PLAN_ROOT}local.catalog.yaml`, unreadable);
  return project
    .analyzeAll()
    .flatMap((a) => a.findings)
    .filter((f) => f.ruleId === 'local-catalog')
    .map((f) => ({ uri: f.uri.slice(PLAN_ROOT.length), line: f.range.start.line, message: f.message, related: f.related?.map((r) => r.message) }));
}

/** The exact wording of local-catalog findings: an unreadable file, an unusable one, and a clash with a built-in id. */
describe('local-catalog: exact messages', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  it('an unreadable catalog file: the reason without its "cannot read the file" prefix', () => {
    assert.deepEqual(localCatalogFindings({ 'plan.yaml': PLAN, 'local.catalog.yaml': '' }, 'cannot read the file: it is not UTF-8 text'), [
      { uri: 'plan.yaml', line: 18, message: 'catalog file `local.catalog.yaml` could not be read: it is not UTF-8 text', related: undefined },
    ]);
  });

  it('an unreadable catalog file: a reason with the phrase further on is kept whole', () => {
    assert.deepEqual(
      localCatalogFindings({ 'plan.yaml': PLAN, 'local.catalog.yaml': '' }, 'no permission (cannot read the file: EACCES)').map((f) => f.message),
      ['catalog file `local.catalog.yaml` could not be read: no permission (cannot read the file: EACCES)'],
    );
  });

  it('a catalog file that cannot be used', () => {
    assert.deepEqual(
      localCatalogFindings({ 'plan.yaml': PLAN, 'local.catalog.yaml': lines('nonsense: 1', '') }).map((f) => f.message),
      ['catalog file `local.catalog.yaml` could not be used: fix the problems reported in it'],
    );
  });

  it('a clash names the built-in commitment in its related information', () => {
    assert.deepEqual(
      localCatalogFindings({ 'plan.yaml': PLAN, 'local.catalog.yaml': SHARED_LOCAL_CATALOG.replace('id: local-housing', 'id: mh-liaison') }).map((f) => f.related),
      [['ltp-2019 commitment']],
    );
  });
});
