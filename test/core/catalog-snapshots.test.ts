import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogSnapshotsModule, jsLiteral } from '../../core/src/catalog/snapshot-module';
import { parseCatalog } from '../../core/src/catalog/parse-catalog';
import { catalogFromSnapshot, snapshotFor, textDigest, type CatalogSnapshot } from '../../core/src/catalog/snapshot';
import { Engine, type EngineOptions, type PrecompiledValidators, type SchemaFiles, type SourceText, type WordListSnapshot } from '../../core/src/index';
import { SchemaSet } from '../../core/src/schema/schema-set';
import { packageRoot, readBuiltinCatalogs, readSchemaFiles } from '../../host/src/index';
import { buildGenerated } from '../helpers/engine';
import { evaluateGenerated } from '../helpers/generated-module';

/** Built-in catalogs read at build time: the engine must see exactly what parsing the files gives. */
describe('catalog snapshots', function () {
  this.timeout(60_000);
  let schemas: SchemaFiles;
  let sources: SourceText[];
  let snapshots: readonly CatalogSnapshot[];
  let validators: PrecompiledValidators;

  /** The file name of a catalog's URI, as the build names its snapshot. */
  const nameOf = (source: SourceText): string => source.uri.slice(source.uri.lastIndexOf('/') + 1);
  const snapshotsOf = (files: readonly SourceText[]): readonly CatalogSnapshot[] => {
    const exported = evaluateGenerated(catalogSnapshotsModule(files.map((file) => ({ name: nameOf(file), text: file.text })), schemas), 'catalog')['precompiledCatalogs'];
    assert.ok(Array.isArray(exported));
    return exported as CatalogSnapshot[];
  };

  // The build's own snapshots and validators (as the bundles carry them) for the tests of their use:
  // generating them here, outside any test, would parse every catalog where no test sees it.
  before(() => {
    schemas = readSchemaFiles();
    sources = readBuiltinCatalogs();
    snapshots = buildGenerated('catalog')['precompiledCatalogs'] as CatalogSnapshot[];
    validators = buildGenerated('schema')['precompiledValidators'] as PrecompiledValidators;
  });

  it('give every built-in catalog exactly as parseCatalog reads its file', () => {
    assert.ok(sources.length >= 2, 'the built-in catalogs are found');
    const generated = snapshotsOf(sources);
    assert.equal(generated.length, sources.length);
    const set = new SchemaSet(schemas);
    for (const source of sources) {
      const snapshot = snapshotFor(generated, source.text);
      assert.ok(snapshot, `a snapshot of ${source.uri}`);
      assert.deepStrictEqual(catalogFromSnapshot(snapshot, source.uri), parseCatalog(source.uri, source.text, set, true).catalog);
    }
  });

  it('are used by the engine only with the build validators, and give the same catalogs', () => {
    const parsed = new Engine({ schemas, builtinCatalogs: sources, catalogSnapshots: snapshots });
    const fromSnapshots = new Engine({ schemas, validators, builtinCatalogs: sources, catalogSnapshots: snapshots });
    assert.deepStrictEqual(fromSnapshots.builtinCatalogs, parsed.builtinCatalogs);
    // Mark every snapshot: only the engine with the build's validators shows the marks.
    const marked = snapshots.map((snapshot) => ({ ...snapshot, catalog: { ...snapshot.catalog, title: `snapshot of ${snapshot.catalog.id}` } }));
    const titles = (engine: Engine) => [...engine.builtinCatalogs.values()].map((catalog) => catalog.title);
    assert.ok(titles(new Engine({ schemas, validators, builtinCatalogs: sources, catalogSnapshots: marked })).every((title) => title.startsWith('snapshot of ')));
    assert.ok(titles(new Engine({ schemas, builtinCatalogs: sources, catalogSnapshots: marked })).every((title) => !title.startsWith('snapshot of ')));
  });

  it('are the built-in catalogs where there are no files (a web worker), named under the given folder', () => {
    const folder = 'planwright-extension:/catalogs/';
    const renamed = sources.map((source) => ({ uri: `${folder}${nameOf(source)}`, text: source.text }));
    const parsed = new Engine({ schemas, builtinCatalogs: renamed });
    const fromSnapshots = new Engine({ schemas, validators, builtinCatalogs: { snapshotsIn: folder }, catalogSnapshots: snapshots });
    assert.deepStrictEqual(fromSnapshots.builtinCatalogs, parsed.builtinCatalogs);
    assert.throws(() => new Engine({ schemas, builtinCatalogs: { snapshotsIn: folder }, catalogSnapshots: snapshots }), /need the catalog snapshots and validators of the same build/);
  });

  it('are not used for a catalog file whose text changed since the build', () => {
    const [first, ...rest] = sources;
    assert.ok(first);
    const changed = { ...first, text: first.text.replace(/^(\s+title:\s*).*$/m, '$1A changed title') };
    assert.notEqual(changed.text, first.text);
    const engine = new Engine({ schemas, validators, builtinCatalogs: [changed, ...rest], catalogSnapshots: snapshots });
    assert.ok([...engine.builtinCatalogs.values()].some((catalog) => catalog.title === 'A changed title'));
  });

  it('leave out a catalog with problems, so the engine still reports them', () => {
    const [first] = sources;
    assert.ok(first);
    const broken = { ...first, text: first.text.replace(/^(\s+id:\s*)(\S+)/m, '$1Not An Id') };
    assert.deepEqual(snapshotsOf([broken]), []);
    assert.throws(() => new Engine({ schemas, validators, builtinCatalogs: [broken], catalogSnapshots: snapshots }), /built-in catalog .* is invalid at line \d+/);
  });

  describe('the word list', () => {
    let wordList: SourceText;
    const wordListOf = (text: string): unknown => evaluateGenerated(catalogSnapshotsModule([], schemas, text), 'catalog')['precompiledWordList'];

    before(() => {
      const path = join(packageRoot(), 'catalogs', 'plain-language.yaml');
      wordList = { uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') };
    });

    it('is read ahead of time exactly as the engine reads the file', () => {
      const parsed = new Engine({ schemas, builtinCatalogs: [], plainLanguage: wordList });
      assert.ok(parsed.jargon.length >= 10, 'the word list has terms');
      assert.deepStrictEqual(wordListOf(wordList.text), { digest: textDigest(wordList.text), terms: parsed.jargon });
    });

    it('is used only with the build validators and while the text is unchanged', () => {
      const marked: WordListSnapshot = { digest: textDigest(wordList.text), terms: [{ term: 'snapshot term', instead: 'x' }] };
      const terms = (options: Partial<EngineOptions>) => new Engine({ schemas, builtinCatalogs: [], plainLanguage: wordList, wordListSnapshot: marked, ...options }).jargon.map((entry) => entry.term);
      assert.deepEqual(terms({ validators }), ['snapshot term']);
      assert.ok(!terms({}).includes('snapshot term'), 'without the build validators the file is read');
      const changed = { ...wordList, text: `${wordList.text}\n  - { term: a changed list, instead: y }\n` };
      const read = terms({ validators, plainLanguage: changed });
      assert.ok(!read.includes('snapshot term') && read.includes('a changed list'), 'a changed file is read');
      assert.deepEqual(terms({ validators, plainLanguage: undefined }), [], 'no word list, no terms');
    });

    it('is left out when the list has a problem, so the engine still reports it', () => {
      const broken = wordList.text.replace(/^words:/m, 'wordz:');
      assert.notEqual(broken, wordList.text);
      assert.equal(wordListOf(broken), undefined);
      assert.equal(evaluateGenerated(catalogSnapshotsModule([], schemas), 'catalog')['precompiledWordList'], undefined, 'no word list given');
      assert.throws(() => new Engine({ schemas, validators, builtinCatalogs: [], plainLanguage: { ...wordList, text: broken } }), /word list .* is invalid at line \d+/);
    });
  });

  describe('textDigest', () => {
    const cases: readonly [string, string][] = [
      ['', ' '],
      ['ab', 'ba'],
      ['catalog:\n  id: a\n', 'catalog:\n  id: b\n'],
      ['é', 'e\u0301'],
    ];
    for (const [a, b] of cases) {
      it(`tells ${JSON.stringify(a)} from ${JSON.stringify(b)}`, () => {
        assert.notEqual(textDigest(a), textDigest(b));
      });
    }
  });

  describe('jsLiteral', () => {
    const values: readonly [string, unknown][] = [
      ['undefined kept as a property', { a: undefined, b: [undefined, null] }],
      ['a Map of objects', new Map([['x', { value: { kind: 'percent', value: 92 } }]])],
      ['strings that need escaping', { 'key "quoted"': 'line\nbreak \u2028 and </script>' }],
      ['numbers', [0, -0, 1.5, -2e-7, 1e21]],
    ];
    for (const [name, value] of values) {
      it(`writes ${name} so that it evaluates to an equal value`, () => {
        // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the literal is the point
        const copy = (new Function(`return ${jsLiteral(value)};`) as () => unknown)();
        assert.deepStrictEqual(copy, value);
      });
    }
    for (const [name, value] of [['a class instance', new Date(0)], ['NaN', Number.NaN], ['a function', () => 1]] as const) {
      it(`refuses ${name}`, () => assert.throws(() => jsLiteral(value), /cannot write/));
    }
  });
});
