import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXPECTED } from './expected';
import { exactly, see } from './screen';
import { fileUri, restoring, serverRunning } from './util';

/** Markup that would run, load or navigate if plan text ever became HTML. */
const ACTIVE = ['[onerror]', '[onload]', '[onclick]', '[onmouseover]', '[onfocus]', 'a[href^="javascript:" i]', 'a[href^="data:" i]', '[src^="javascript:" i]', 'script', 'img', 'iframe', 'object', 'embed'];
/** Where Planwright's own markup is: the preview's cards and [[references]]. */
const PLANWRIGHT_MARKUP = ['.planwright-card', '.planwright-ref'];
/** Each hostile handler or script, were it to run, marks the page. */
const RAN = 'document.documentElement.dataset.ran = 1';

/** A chapter written by someone hostile: raw HTML, scripts, handlers, script and data links, attribute break-outs. */
const HOSTILE_CHAPTER = [
  `# Hostile chapter <script>${RAN}</script>`,
  '',
  `<script>${RAN}</script>`,
  `<img src="x" onerror="${RAN}">`,
  '<a href="javascript:alert(1)">a script link</a> [a Markdown script link](javascript:alert(2)) [a data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgzKTwvc2NyaXB0Pg==)',
  `<div onclick="${RAN}">raw HTML with a handler</div> <svg><script>${RAN}</script></svg> <iframe srcdoc="<script>parent.${RAN}</script>"></iframe>`,
  '',
  'See [[mh-talking-therapies]] and [[mh-x"><img src=x onerror=alert(5)>]].',
  '',
  '```commitment',
  'id: \'mh-talking-therapies" onmouseover="alert(6)\'',
  'status: \'on-track"><script>alert(7)</script>\'',
  'summary: "<script>alert(8)</script> <img src=x onerror=alert(9)> [x](javascript:alert(10)) \\" onmouseover=\\"alert(11)"',
  'trajectory: { 2019/20: 1000, 2020/21: 2000 }',
  '```',
  '',
  '```commitment',
  'id: mh-talking-therapies',
  'status: on-track',
  'summary: "</p></div><script>alert(12)</script>"',
  '```',
  '',
].join('\n');
const HOSTILE_SUMMARIES = ['<script>alert(8)</script> <img src=x onerror=alert(9)> [x](javascript:alert(10)) " onmouseover="alert(11)', '</p></div><script>alert(12)</script>'];
const HOSTILE_TITLE = '<img src=x onerror=alert(1)></h1><script>alert(2)</script>" onmouseover="alert(3)';

/** Nothing inside `within` can run, load or navigate. */
async function inert(webview: string, within: string[]): Promise<void> {
  const selector = within.flatMap((scope) => ACTIVE.map((active) => `${scope} ${active}`)).join(', ');
  const active = await see({ webview, selector, state: 'detached', attributes: ['href', 'src'] });
  assert.deepEqual(active, [], `nothing in ${within.join(', ')} can run, load or navigate`);
}

/** None of the hostile handlers or scripts ran. */
async function notRun(webview: string): Promise<void> {
  assert.deepEqual(await see({ webview, selector: 'html[data-ran]', state: 'detached' }), [], 'a hostile script ran');
}

describe('Planwright in VS Code: the Markdown preview and the dashboard', () => {
  before(serverRunning);
  // The webviews are closed for the tests after these: a webview whose page is replaced (the dashboard,
  // after every analysis) can take the focus, and commands that act on the active editor then act on it.
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('renders commitment blocks as cards with their status and chart', async () => {
    const uri = fileUri('04-mental-health.md');
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    const webview = 'Preview 04-mental-health.md';
    const titles = await see({ webview, selector: '.planwright-card .planwright-title', text: /\S/ });
    const badges = await see({ webview, selector: '.planwright-card .planwright-badge' });
    assert.deepEqual(
      titles.map((t, i) => [t.text, badges[i]?.text]),
      EXPECTED.mentalHealthCards,
    );
    const charts = await see({ webview, selector: '.planwright-card svg.pw-chart', state: 'attached' });
    assert.ok(charts.length > 0, 'the cards chart their trajectories');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('opens the dashboard with the plan’s coverage and trajectories, under a strict nonce-based policy', async () => {
    await vscode.commands.executeCommand('planwright.openDashboard');
    const webview = 'Plan dashboard';
    await see({ webview, selector: 'h1', text: exactly(EXPECTED.dashboard.title) });
    const paragraphs = await see({ webview, selector: 'p', text: /Foundational commitments/ });
    assert.equal(paragraphs.find((p) => p.text.startsWith('Foundational'))?.text.replace(/\s+/g, ' '), EXPECTED.dashboard.foundational);
    const rows = await see({ webview, selector: 'table tr' });
    assert.deepEqual(
      rows.map((r) => r.text.split('\t').map((cell) => cell.trim()).filter(Boolean)),
      EXPECTED.dashboard.areas,
    );
    const figures = await see({ webview, selector: 'figure', state: 'attached' });
    assert.equal(figures.length, EXPECTED.dashboard.trajectories);
    const [csp] = await see({ webview, selector: 'meta[http-equiv="Content-Security-Policy"]', state: 'attached', attributes: ['content'] });
    const policy = csp?.attributes['content'] ?? '';
    assert.match(policy, /^default-src 'none';/);
    const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
    assert.ok(nonce, policy);
    assert.match(policy, new RegExp(`style-src 'nonce-${nonce.replace(/[+/=]/g, '\\$&')}'`));
    const ours = await see({ webview, selector: `script[nonce="${nonce}"]`, state: 'attached' });
    assert.equal(ours.length, 1, 'one script, the dashboard’s own');
    await inert(webview, ['body h1', 'body table', 'body figure', 'body p']);
  });

  it('keeps a hostile plan title inert in the dashboard', async () => {
    const uri = fileUri('plan.yaml');
    await restoring(uri, async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    const line = document.getText().split('\n').findIndex((l) => l.startsWith('  title: '));
    assert.ok(line >= 0);
    await editor.edit((edit) => edit.replace(document.lineAt(line).range, `  title: '${HOSTILE_TITLE}'`));
      await vscode.commands.executeCommand('planwright.openDashboard');
      const webview = 'Plan dashboard';
      await see({ webview, selector: 'h1', text: /onmouseover/, timeoutMs: 30_000 });
      const [title] = await see({ webview, selector: 'h1' });
      assert.equal(title?.text, HOSTILE_TITLE);
      await inert(webview, ['body h1', 'body table', 'body figure', 'body p']);
      assert.deepEqual(await see({ webview, selector: 'script:has-text("alert")', state: 'detached' }), []);
    });
  });

  // Last: the hostile chapter adds responses to the plan until it is deleted.
  it('keeps hostile plan text inert in the preview', async () => {
    const uri = fileUri('hostile.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(HOSTILE_CHAPTER));
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
      const webview = 'Preview hostile.md';
      const summaries = await see({ webview, selector: '.planwright-card .planwright-summary', text: /alert\(12\)/ });
      assert.deepEqual(summaries.map((s) => s.text), HOSTILE_SUMMARIES, 'plan text shows as text');
      const cards = await see({ webview, selector: '.planwright-card', attributes: ['class', 'data-commitment'] });
      assert.deepEqual(cards.map((c) => c.attributes['class']), ['planwright-card planwright-status-unknown', 'planwright-card planwright-status-on-track']);
      assert.equal(cards[0]?.attributes['data-commitment'], 'mh-talking-therapies" onmouseover="alert(6)');
      await inert(webview, PLANWRIGHT_MARKUP);
      // Raw HTML in the prose is VS Code's to render: its preview policy keeps it from running.
      const [csp] = await see({ webview, selector: 'meta[http-equiv="Content-Security-Policy"]', state: 'attached', attributes: ['content'] });
      assert.match(csp?.attributes['content'] ?? '', /script-src 'nonce-[^']+'/);
      assert.doesNotMatch(csp?.attributes['content'] ?? '', /unsafe-inline'[^;]*;[^;]*$|script-src[^;]*unsafe-inline/);
      await see({ webview, selector: 'img[src$="x"]', state: 'attached' }); // the raw image is there (and failed to load)
      await notRun(webview);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });
});
