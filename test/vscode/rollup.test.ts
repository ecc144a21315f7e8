import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as vscode from 'vscode';
import { exactly, see } from './screen';
import { fileUri, folder, serverRunning } from './util';

const NEIGHBOUR_PLAN = [
  'plan:',
  '  title: Neighbouring system plan',
  '  framework: ltp-2019',
  '  period: { start: 2019/20, end: 2023/24 }',
  '  clinical-lead: Dr T. Test',
  'footprint:',
  '  population: 563000',
  '  organisations:',
  '    - { id: neighbour-ccg, name: NHS Neighbour CCG, type: ccg }',
  '    - { id: anyshire-mh, name: Anyshire and Wessex Partnership NHS Foundation Trust, type: mental-health-provider }',
  'engagement:',
  '  - { with: public, how: listening events }',
  '',
].join('\n');

const NEIGHBOUR_CHAPTER = ['# Mental health', '', '```commitment', 'id: mh-talking-therapies', 'status: on-track', 'lead: anyshire-mh', 'trajectory: { 2022/23: 3000, 2023/24: 4000 }', '```', ''].join('\n');

function git(...args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', '-c', 'commit.gpgsign=false', ...args], { cwd: folder().fsPath, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe('Planwright in VS Code: several plans', function () {
  this.timeout(120_000);
  after(async () => {
    await vscode.workspace.fs.delete(fileUri('neighbour'), { recursive: true, useTrash: false });
  });

  it('the dashboard shows the roll-up (matrix and national sums) once the workspace holds two plans', async () => {
    await serverRunning();
    await vscode.workspace.fs.writeFile(fileUri('neighbour/plan.yaml'), Buffer.from(NEIGHBOUR_PLAN));
    await vscode.workspace.fs.writeFile(fileUri('neighbour/mental-health.md'), Buffer.from(NEIGHBOUR_CHAPTER));
    // Opened, so the server reads them now rather than whenever the file watcher reports them.
    for (const file of ['neighbour/plan.yaml', 'neighbour/mental-health.md']) await vscode.workspace.openTextDocument(fileUri(file));
    await vscode.commands.executeCommand('planwright.refreshCoverage');
    await vscode.commands.executeCommand('planwright.openDashboard');
    const webview = 'Plan dashboard';
    await see({ webview, selector: 'h1', text: exactly('Roll-up: 2 plans on ltp-2019'), timeoutMs: 90_000 });
    const headings = (await see({ webview, selector: 'h2' })).map((h) => h.text.trim());
    assert.ok(headings.includes('Commitments × plans, weakest first'), headings.join(' | '));
    assert.ok(headings.includes('Count targets: the plans summed'), headings.join(' | '));
    await see({ webview, selector: 'th', text: exactly('Neighbouring system plan') });
    // Anyshire's trust leads talking therapies in both plans with different trajectories.
    await see({ webview, selector: 'li', text: /anyshire-mh leads mh-talking-therapies in .* with different trajectories/ });
    assert.deepEqual(await see({ webview, selector: 'body [style]', state: 'detached' }), [], 'no inline styles in the page under the nonce-only CSP');
  });

  it('"Compare with…" shows the diff against a revision', async () => {
    assert.equal(folder().scheme, 'file', 'the test workspace is a folder on disk, where git can run');
    await serverRunning();
    for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-qm', 'draft']]) {
      const result = git(...args);
      assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
    }
    const chapter = fileUri('neighbour/mental-health.md');
    const document = await vscode.workspace.openTextDocument(chapter);
    const editor = await vscode.window.showTextDocument(document);
    const line = document.getText().split('\n').findIndex((l) => l.startsWith('trajectory:'));
    await editor.edit((edit) => edit.replace(document.lineAt(line).range, 'trajectory: { 2022/23: 3000, 2023/24: 4500 }'));
    const diff = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('planwright.compareWith', 'HEAD');
    const text = diff?.getText() ?? '';
    assert.match(text, /^## Plan changes since `HEAD`/m);
    assert.match(text, /2023\/24: 4,000 → 4,500/);
    await document.save();
  });
});
