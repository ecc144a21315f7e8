import * as assert from 'node:assert/strict';
import { dashboardHtml, language, renderCommitmentCard, renderMarkdownSafe, renderReference, type CardInfo } from '../../core/src/index';
import { projectOf, testEngine } from '../helpers/engine';
import { hostilePlanFiles } from '../helpers/hostile-plan';
import { HOSTILE, assertInert } from '../helpers/inert-html';

/**
 * The core's renderers given a plan whose every text field is hostile
 * markup, parsed with parse5 as a browser would: nothing active survives,
 * and the hostile text is still shown as text.
 */
describe('renderers keep hostile plan text inert (parsed with parse5)', function () {
  this.timeout(60_000);
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  it('the dashboard: only its own nonce\'d script, no handler, no script URL', () => {
    const project = projectOf(hostilePlanFiles());
    const view = language.dashboardView(project);
    assert.ok(view.plans[0]?.trajectories.length, 'the hostile plan has charts');
    const html = dashboardHtml(view, { cspSource: 'vscode-webview-resource:', nonce: 'n0nce' });
    const text = assertInert(html, { scriptNonce: 'n0nce', allow: ['meta'] });
    assert.match(text, /<script>alert\("pwned"\)<\/script>/, 'the hostile title is shown as text');
  });

  const hostileInfo: CardInfo = {
    title: HOSTILE,
    kind: HOSTILE,
    status: HOSTILE,
    target: HOSTILE,
    fairShare: HOSTILE,
    gap: HOSTILE,
    source: 'https://example.org/"><script>alert("pwned")</script>',
    required: { year: '2023/24', value: 1, label: HOSTILE },
  };

  it('preview cards: hostile block text and catalog text', () => {
    const yaml = ['id: local-housing', `status: ${JSON.stringify(HOSTILE)}`, `summary: ${JSON.stringify(HOSTILE)}`, 'trajectory: { 2019/20: 1e309, 2020/21: .nan, 2021/22: -0, 2022/23: 5 }', `baseline: { year: ${JSON.stringify(HOSTILE)}, value: 3 }`].join('\n');
    const text = assertInert(renderCommitmentCard(yaml, () => hostileInfo), {}, true);
    assert.match(text, /onerror/, 'the hostile summary is shown as text');
    assertInert(renderCommitmentCard(HOSTILE, () => hostileInfo), {}, true);
    assertInert(renderCommitmentCard(`id: ${JSON.stringify(HOSTILE)}`, () => undefined), {}, true);
  });

  it('[[references]]: a javascript: or data: source never becomes a link', () => {
    for (const source of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'https://example.org/" onclick="alert(1)']) {
      assertInert(renderReference(HOSTILE, { ...hostileInfo, source }), {}, true);
    }
    assertInert(renderReference(HOSTILE, undefined), {}, true);
  });

  it('plan prose rendered as Markdown', async () => {
    const text = assertInert(await renderMarkdownSafe(`${HOSTILE}\n\n${HOSTILE.split(' ').join('\n\n')}`), {}, true);
    assert.match(text, /pwned/, 'the prose is shown');
  });

  it('the checker itself rejects each kind of active content', () => {
    for (const html of [
      '<script>x</script>',
      '<img src=x onerror=alert(1)>',
      '<a href=" java\tscript:alert(1)">x</a>',
      '<a href="data:text/html,x">x</a>',
      '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
      '<div style="background:url(x)">x</div>',
      '<p onclick="x">x</p>',
      '<iframe></iframe>',
      '<script nonce="other">x</script>',
    ]) {
      assert.throws(() => assertInert(html, { scriptNonce: 'n0nce' }, true), assert.AssertionError, html);
    }
    assert.doesNotThrow(() => assertInert('<script nonce="n0nce">ok()</script><p>&lt;script&gt;</p>', { scriptNonce: 'n0nce' }, true));
  });
});
