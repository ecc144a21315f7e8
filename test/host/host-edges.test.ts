import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadEngine, loadProject, readBuiltinCatalogs, readSchemaFiles, readText, watchdog } from '../../host/src/index';
import { TempFolders } from '../cli/cli-harness';
import { lines, manifest, testEngine } from '../helpers/engine';

/** The edges of the host adapters the loader tests leave: nested watched work, errors with a code, other read errors, the engine's own files, the report date a project is loaded with. */

describe('host adapters: edges', function () {
  this.timeout(60_000);
  const temp = new TempFolders();
  after(() => temp.cleanup());

  it('stops endless work nested in watched work at the outer call', () => {
    const dog = watchdog(200);
    assert.deepEqual(
      dog.run(() =>
        dog.run(() => {
          for (;;) {
            // spin
          }
        }),
      ),
      { done: false },
    );
    assert.deepEqual(dog.run(() => 1), { done: true, value: 1 }, 'the watchdog works again afterwards');
  });

  it('lets an error with a code of its own through (only the timeout is a timeout)', () => {
    const failing = Object.assign(new Error('no such file'), { code: 'ENOENT' });
    assert.throws(() => watchdog(1000).run(() => { throw failing; }), { message: 'no such file' });
  });

  it('gives the system\'s message for a read error it has no words for', () => {
    const folder = temp.make();
    const read = readText(join(folder, 'x'.repeat(300)));
    assert.equal(read.ok, false);
    assert.match(read.ok ? '' : read.reason, /^cannot read the file: ENAMETOOLONG: name too long/);
  });

  it('builds the engine from the package\'s schemas, catalogs and plain-language word list', () => {
    const engine = loadEngine();
    assert.ok(engine.builtinCatalogs.has('ltp-2019'));
  });

  it('reads the built-in catalogs and schemas in name order, whatever order the folder lists them in', () => {
    const names = ['m', 'c', 'x', 'a', 'q', 'b', 'z', 'k'];
    const root = temp.withFiles(Object.fromEntries(names.flatMap((n) => [[`catalogs/${n}.catalog.yaml`, n], [`schemas/${n}.schema.json`, '{}']])));
    const sorted = [...names].sort();
    assert.deepEqual(readBuiltinCatalogs(root).map((c) => c.text), sorted);
    assert.deepEqual(Object.keys(readSchemaFiles(root)), sorted.map((n) => `${n}.schema.json`));
  });

  it('loads a project with the report date, so waivers expire against it', () => {
    const chapter = lines('# Mental health', '', '<!-- planwright-disable unknown-organisation: joins later (until: 2020-03-31) -->', '```commitment', 'id: mh-liaison', 'status: at-risk', 'lead: nobody-we-know', '```', '');
    const base = temp.withFiles({ 'p/plan.yaml': manifest(), 'p/a.md': chapter });
    const saved = process.env['PLANWRIGHT_TODAY'];
    const expired = (today: string) => {
      process.env['PLANWRIGHT_TODAY'] = today;
      try {
        const [analysis] = loadProject(testEngine(), [join(base, 'p')]).project.analyzeAll();
        return analysis?.findings.filter((f) => f.ruleId === 'waiver-expired').length;
      } finally {
        if (saved === undefined) delete process.env['PLANWRIGHT_TODAY'];
        else process.env['PLANWRIGHT_TODAY'] = saved;
      }
    };
    assert.equal(expired('2020-01-15'), 0);
    assert.equal(expired('2020-04-01'), 1);
  });
});
