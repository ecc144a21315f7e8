import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { lines, manifest } from '../helpers/engine';
import { BIN, buildCli, REPO, TempFolders } from './cli-harness';

/**
 * The bundles carry schema validators compiled at build time, so they run
 * where generating code from strings is not allowed (a web worker under a
 * content security policy without 'unsafe-eval'). Node's
 * --disallow-code-generation-from-strings stands in for that: ajv compiling
 * at run time would throw there.
 */
describe('CLI bundle: precompiled schema validators', function () {
  this.timeout(120_000);
  const temp = new TempFolders();
  before(() => buildCli());
  after(() => temp.cleanup());

  const run = (nodeOptions: readonly string[], folder: string) =>
    spawnSync(process.execPath, [...nodeOptions, BIN, 'check', folder, '--format', 'json', '--exit-zero'], { cwd: REPO, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1796385600' } });

  it('checks a plan with schema problems without generating code, with the same findings', () => {
    const folder = temp.withFiles({
      'plan/plan.yaml': manifest('unknown-key: 1'),
      'plan/a.md': lines(
        '# Mental health',
        '',
        '```commitment',
        'id: MH_Liaison',
        'status: ontrack',
        'trajectory: { 2020: 50 }',
        '```',
        '',
        '```milestones',
        '- { what: Open the hub, by: 2021-02-30 }',
        '```',
        '',
      ),
    });
    const plan = join(folder, 'plan');
    const normal = run([], plan);
    const strict = run(['--disallow-code-generation-from-strings'], plan);
    assert.equal(strict.stderr, '');
    assert.equal(strict.status, 0);
    assert.equal(strict.stdout, normal.stdout);
    const messages = (JSON.parse(strict.stdout) as { findings: { ruleId: string; message: string }[] }).findings.filter((f) => f.ruleId === 'schema').map((f) => f.message);
    // The unknown key, the id's capitals, the status, the year key and the date that does not exist.
    for (const fragment of ['unknown-key', 'MH_Liaison', 'ontrack', '`2020`', '2021-02-30']) {
      assert.ok(messages.some((message) => message.includes(fragment)), `a schema finding about ${fragment} in:\n${messages.join('\n')}`);
    }
  });
});
