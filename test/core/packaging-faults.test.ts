import * as assert from 'node:assert/strict';
import { catalogListing } from '../../core/src/catalog/listing';
import { parseCatalog } from '../../core/src/catalog/parse-catalog';
import { Engine, type SchemaFiles } from '../../core/src/index';
import { foundationalSummary } from '../../core/src/report';
import { SchemaSet } from '../../core/src/schema/schema-set';
import { readSchemaFiles } from '../../host/src/index';
import { lines } from '../helpers/engine';

/**
 * What ships with Planwright and must read cleanly (the built-in catalogs, the plain-language word
 * list): a fault there stops the engine with the file and the line named. And the small texts every
 * summary and catalog listing is made of.
 */
describe('packaging faults and the catalog listing', function () {
  this.timeout(60_000);
  let schemas: SchemaFiles;
  before(() => {
    schemas = readSchemaFiles();
  });

  const CATALOG = lines(
    'catalog: { id: region-extras, title: Regional extras, version: "1", period: { start: 2024/25, end: 2028/29 } }',
    'areas: [{ id: prevention, title: Prevention and inequalities }]',
    'commitments:',
    '  - id: rx-smoking',
    '    area: prevention',
    '    kind: foundational',
    '    title: Smoking cessation in every acute trust',
    '    summary: Offer treatment to every smoker admitted.',
    '    source: { title: Regional plan }',
    '    guidance: Describe the offer.',
    '  - id: rx-housing',
    '    area: housing',
    '    kind: foundational',
    '    title: Housing support on discharge',
    '    summary: A housing officer in every discharge team.',
    '    source: { title: Regional plan }',
    '    guidance: Describe the team.',
    '',
  );

  it('names a broken built-in catalog and the line of its first problem', () => {
    const text = CATALOG.replace('    kind: foundational\n    title: Smoking', '    kind: fundamental\n    title: Smoking');
    const expected = parseCatalog('file:///x/extras.yaml', text, new SchemaSet(schemas), true).document.problems[0];
    assert.equal(expected?.range.start.line, 5, 'the kind is on the sixth line');
    assert.throws(
      () => new Engine({ schemas, builtinCatalogs: [{ uri: 'file:///x/extras.yaml', text }] }),
      (error: Error) => error.message === `built-in catalog file:///x/extras.yaml is invalid at line 6: ${expected.message}`,
    );
  });

  it('names a built-in catalog with no header, at line 1', () => {
    const text = 'areas: []\ncommitments: []\n';
    assert.throws(
      () => new Engine({ schemas, builtinCatalogs: [{ uri: 'file:///x/headless.yaml', text }] }),
      (error: Error) => error.message === 'built-in catalog file:///x/headless.yaml is invalid at line 1: the catalog is missing `catalog`',
    );
  });

  it('names a broken word list and the line of its first problem', () => {
    const text = lines('source: { title: Reviewers list }', 'words:', '  - term: footprint', '    instead: area', '  - term: leverage', '    instead: [use]', '');
    assert.throws(
      () => new Engine({ schemas, builtinCatalogs: [], plainLanguage: { uri: 'file:///x/plain-language.yaml', text } }),
      (error: Error) => error.message === 'word list file:///x/plain-language.yaml is invalid at line 6: `instead` is a list; it must be text',
    );
  });

  it("lists each commitment with its area's title, or the area's id where the catalog has no such area", () => {
    const catalog = parseCatalog('file:///x/extras.yaml', CATALOG, new SchemaSet(schemas), false).catalog;
    assert.ok(catalog);
    assert.deepEqual(
      catalogListing(catalog).commitments.map((c) => [c.id, c.area, c.areaTitle]),
      [
        ['rx-smoking', 'prevention', 'Prevention and inequalities'],
        ['rx-housing', 'housing', 'housing'],
      ],
    );
  });

  it('writes the foundational figure as answered of total, then met', () => {
    assert.equal(foundationalSummary({ answered: 29, total: 31, met: 28 }), '29/31 answered, 28 met');
  });
});
