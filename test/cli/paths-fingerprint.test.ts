import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../../core/src/index';
import { displayPath, pathStyle } from '../../cli/src/paths';
import { updatedBaseline } from '../../cli/src/report/baseline';
import { Fingerprints } from '../../cli/src/report/fingerprint';
import { TempFolders } from './cli-harness';

const hash = (text: string) => createHash('sha256').update(`rule-x\0the message\0${text}`).digest('hex').slice(0, 20);
const finding = (uri: string, start: number, end = start): Finding => ({ ruleId: 'rule-x', severity: 'warning', message: 'the message', uri, range: { start: { line: start, character: 0 }, end: { line: end, character: 1 } } });

describe('CLI: how paths are printed (paths.ts)', () => {
  it('pathStyle keeps the paths given absolute, as file URIs without a trailing slash', () => {
    assert.deepEqual(pathStyle('/work', ['/plans/north/', 'south', '/plans/east/a.md']), { cwd: '/work', absolute: ['file:///plans/north', 'file:///plans/east/a.md'] });
  });

  const cases: { readonly uri: string; readonly style: string | { cwd: string; absolute: string[] }; readonly shown: string }[] = [
    { uri: 'untitled:Untitled-1', style: '/work', shown: 'untitled:Untitled-1' },
    { uri: 'file:///work/plans/a.md', style: '/work', shown: 'plans/a.md' },
    { uri: 'file:///other/a.md', style: '/work', shown: '../other/a.md' },
    { uri: 'file:///plans/north/a.md', style: { cwd: '/work', absolute: ['file:///plans/north'] }, shown: '/plans/north/a.md' },
    { uri: 'file:///plans/north', style: { cwd: '/work', absolute: ['file:///plans/north'] }, shown: '/plans/north' },
    // A sibling whose name only starts with the absolute path's name is not under it.
    { uri: 'file:///plans/northvale/a.md', style: { cwd: '/work', absolute: ['file:///plans/north'] }, shown: '../plans/northvale/a.md' },
  ];
  for (const { uri, style, shown } of cases) {
    it(`${uri} → ${shown}`, () => assert.equal(displayPath(uri, style), shown));
  }
});

describe('CLI: finding fingerprints (report/fingerprint.ts)', () => {
  const temp = new TempFolders();
  after(() => temp.cleanup());

  it('hash the rule, the message and the trimmed lines the finding spans, joined by line breaks (a BOM is not text)', () => {
    const folder = temp.make();
    const file = join(folder, 'a.md');
    writeFileSync(file, '\uFEFF  first line  \r\n\tsecond\nthird\n');
    const uri = pathToFileURL(file).href;
    const prints = new Fingerprints();
    assert.equal(prints.of(finding(uri, 0)), hash('first line'));
    assert.equal(prints.of(finding(uri, 0, 1)), hash('first line\nsecond'));
    assert.equal(prints.of(finding(uri, 2)), hash('third'));
    // Read once: a later change on disk does not change what this run fingerprints.
    writeFileSync(file, 'changed\n');
    assert.equal(prints.of(finding(uri, 0)), hash('first line'));
    assert.equal(new Fingerprints().of(finding(uri, 0)), hash('changed'));
  });

  it('a finding with no readable text (not a file, or a file gone) hashes no text', () => {
    const prints = new Fingerprints();
    assert.equal(prints.of(finding('untitled:Untitled-1', 0)), hash(''));
    assert.equal(prints.of(finding(pathToFileURL(join(temp.make(), 'gone.md')).href, 0)), hash(''));
  });

  it('a baseline lists files and entries sorted, whatever the order of the findings; a finding outside a file is keyed by its URI', () => {
    const folder = temp.make();
    const files = ['c.md', 'a.md', 'b.md'];
    for (const name of files) writeFileSync(join(folder, name), 'one\ntwo\nthree\nfour\n');
    const findings = files.flatMap((name) => [3, 0, 2, 1].map((line) => finding(pathToFileURL(join(folder, name)).href, line)));
    const baseline = updatedBaseline([...findings, finding('untitled:x', 0)], undefined, join(folder, 'baseline.json'), () => true);
    assert.deepEqual(Object.keys(baseline.files), ['a.md', 'b.md', 'c.md', 'untitled:x']);
    const prints = (baseline.files['a.md']?.['rule-x'] ?? []).map((e) => e.fingerprint);
    assert.deepEqual(prints, ['one', 'two', 'three', 'four'].map(hash).sort());
  });
});
