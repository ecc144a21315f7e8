import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

/**
 * Runs git in `folder` as a fixed test author (branch main, no signing, no
 * user configuration needed), failing the test when git fails; its stdout.
 */
export function git(folder: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: folder, encoding: 'utf8' });
  assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}
