import * as assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ONE_PASS_YAML_CACHE_BYTES } from '../../core/src/index';
import { Parser } from 'yaml';
import { parseYaml } from '../../core/src/parse/yaml';
import { lines } from '../helpers/engine';
import { EXAMPLES, TempFolders } from './cli-harness';
import { runInProcess } from './in-process';
import { git } from '../helpers/git';

/** A YAML text estimated (forty bytes a character) above the one-pass bound, so that bound cannot keep its parse. */
const huge = (tag: string) => `id: ${tag}\nnotes: ${'x'.repeat(ONE_PASS_YAML_CACHE_BYTES / 40)}\n`;

/**
 * A run that reads each plan once (check, coverage, rollup) holds the YAML
 * parse cache to a small bound, so plans already reported do not stay alive
 * through it; one that reads the plans twice (check --fix, diff) keeps every
 * parse for the second reading. Either way the bound is given back after.
 */
describe('CLI in-process: the parse cache during a run', function () {
  this.timeout(120_000);
  const temp = new TempFolders();
  after(() => temp.cleanup());

  const plan = () => {
    const folder = temp.make();
    cpSync(join(EXAMPLES, 'anyshire'), join(folder, 'anyshire'), { recursive: true });
    return folder;
  };

  for (const command of ['check', 'coverage', 'rollup']) {
    it(`${command} drops a large parse made before it (the one-pass bound), then restores the bound`, async () => {
      const folder = plan();
      const text = huge(`one-pass-${command}`);
      const before = parseYaml(text);
      assert.equal(parseYaml(text), before, 'cached before the run');
      const result = await runInProcess([command, 'anyshire'], folder);
      assert.notEqual(result.status, 2, result.stderr);
      const after = parseYaml(text);
      assert.notEqual(after, before, 'the run held the cache to a bound the parse does not fit');
      assert.equal(parseYaml(text), after, 'the full bound is back');
    });
  }

  it('the one-pass bound still reads a block that two plans share once', async () => {
    // An anchor keeps the block from the plain reader, so the library's parser reads its text (counted here).
    const marker = `shared note ${Date.now()}`;
    const block = lines('# Shared', '', '```commitment', 'id: mh-perinatal', 'status: on-track', `summary: &note ${marker}`, '```', '');
    const folder = plan();
    cpSync(join(folder, 'anyshire'), join(folder, 'anyshire-2'), { recursive: true });
    for (const root of ['anyshire', 'anyshire-2']) writeFileSync(join(folder, root, '99-shared.md'), block);
    const prototype = Parser.prototype as unknown as { parse: (this: Parser, source: string, incomplete?: boolean) => Generator<unknown> };
    const parse = prototype.parse;
    let reads = 0;
    prototype.parse = function* (source, incomplete) {
      if (source.includes(marker)) reads++;
      yield* parse.call(this, source, incomplete);
    };
    try {
      const result = await runInProcess(['check', 'anyshire', 'anyshire-2'], folder);
      assert.notEqual(result.status, 2, result.stderr);
    } finally {
      prototype.parse = parse;
    }
    assert.equal(reads, 1);
  });

  it('check --fix keeps the parses it made before fixing, and those before it', async () => {
    const folder = plan();
    const text = huge('fix');
    const before = parseYaml(text);
    const result = await runInProcess(['check', 'anyshire', '--fix'], folder);
    assert.notEqual(result.status, 2, result.stderr);
    assert.equal(parseYaml(text), before);
  });

  it('diff keeps them too (it reads the plans again at the base revision)', async () => {
    const folder = plan();
    git(folder, 'init', '-q');
    git(folder, 'add', '.');
    git(folder, 'commit', '-q', '-m', 'plan');
    const text = huge('diff');
    const before = parseYaml(text);
    const result = await runInProcess(['diff', 'anyshire', '--base', 'HEAD'], folder);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(parseYaml(text), before);
  });
});
