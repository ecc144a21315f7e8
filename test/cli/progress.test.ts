import * as assert from 'node:assert/strict';
import { run, type CliIO } from '../../cli/src/main';
import { TempFolders } from './cli-harness';
import { PLAN_YAML } from '../helpers/fixable-plan';

/** Runs the CLI in this process with stderr captured, as on a terminal (progress on) or not. */
async function runCaptured(args: string[], cwd: string, progress: boolean): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io: CliIO = { cwd, stdout: () => undefined, stderr: (text) => (stderr += text), color: false, progress };
  const code = await run(args, io);
  return { code, stderr };
}

describe('CLI: progress on long runs', function () {
  this.timeout(120_000);
  const temp = new TempFolders();
  after(() => temp.cleanup());

  const plans = (count: number) => {
    const files: Record<string, string> = {};
    for (let i = 0; i < count; i++) {
      files[`p${i}/plan.yaml`] = PLAN_YAML;
      files[`p${i}/a.md`] = '# Chapter\n';
    }
    return temp.withFiles(files);
  };

  it('on a terminal, reports parsing and checking plan by plan, then clears the line', async () => {
    const folder = plans(6);
    const { stderr } = await runCaptured(['check', folder, '--format', 'json'], folder, true);
    for (let i = 1; i <= 6; i++) assert.ok(stderr.includes(`planwright: parsing and checking plans ${i}/6…`), stderr);
    assert.ok(stderr.endsWith('\r\x1b[K'), JSON.stringify(stderr.slice(-20)));
  });

  const temp6 = () => plans(6);

  it('says nothing when stderr is not a terminal, or for a short run', async () => {
    assert.equal((await runCaptured(['check', temp6(), '--format', 'json'], '.', false)).stderr, '');
    assert.equal((await runCaptured(['check', plans(2), '--format', 'json'], '.', true)).stderr, '');
  });
});
