import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO } from './cli-harness';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, string>;
}

/** The composite action at the repository root, read as GitHub reads it. */
describe('GitHub Action (action.yml)', () => {
  const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { name: string; runs: { using: string; steps: Step[] }; inputs: Record<string, { default?: string }> };
  const steps = action.runs.steps;
  const index = (test: (step: Step) => boolean) => steps.findIndex(test);

  it('is a composite action that installs the npm package, then checks', () => {
    assert.equal(action.runs.using, 'composite');
    for (const step of steps.filter((s) => s.run)) assert.equal(step.shell, 'bash', `${step.name ?? ''} names its shell`);
    const install = index((s) => /npm install --global .*planwright@/.test(s.run ?? ''));
    const check = index((s) => s.id === 'check');
    assert.ok(install >= 0 && check > install);
  });

  it('uploads SARIF even when the check fails, then fails the job with the check', () => {
    const check = steps[index((s) => s.id === 'check')];
    assert.match(check?.run ?? '', /set \+e[\s\S]*planwright check [^\n]*--format sarif --output[\s\S]*exit-code=\$code/);
    const upload = index((s) => (s.uses ?? '').startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload > index((s) => s.id === 'check'));
    assert.match(steps[upload]?.if ?? '', /^always\(\)/);
    const last = steps[steps.length - 1];
    assert.match(last?.if ?? '', /^always\(\)/);
    assert.match(last?.run ?? '', /steps\.check\.outputs\.exit-code[\s\S]*exit 1/);
  });

  it('is the action the README workflow uses', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    assert.match(readme, /uses: planwright\/planwright@v\d/);
    for (const input of Object.keys(action.inputs)) assert.ok(readme.includes(input) || readFileSync(join(REPO, 'docs', 'ci.md'), 'utf8').includes(input), `input ${input} is documented`);
  });
});
