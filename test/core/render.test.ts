import * as assert from 'node:assert/strict';
import { dashboardHtml, escapeHtml, language, renderCommitmentCard, renderMarkdownSafe, renderReference, trajectorySvg } from '../../core/src/index';
import { lines, manifest, projectOf } from '../helpers/engine';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';

describe('rendering plan text as HTML', () => {
  it('escapes every character that could start markup', () => {
    assert.equal(escapeHtml(HOSTILE), '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;');
  });

  it('renders a commitment card with the catalog title, status, figures and a chart, and plan text inert', () => {
    const html = renderCommitmentCard(lines('id: mh-liaison', 'status: at-risk', `summary: ${JSON.stringify(HOSTILE)}`, 'trajectory: { 2019/20: 40%, 2020/21: 55% }'), () => ({
      title: 'Mental health liaison',
      kind: 'foundational',
      status: 'partial',
      target: '≥ 70% by 2023/24',
      fairShare: '',
      gap: 'short by 21%',
      required: { year: '2023/24', value: 70, label: 'target' },
    }));
    assert.match(html, /class="planwright-card planwright-status-at-risk"/);
    assert.match(html, /Mental health liaison/);
    assert.match(html, /<svg class="pw-chart"/);
    assert.match(html, /target 70% \(2023\/24\)/);
    assert.doesNotMatch(html, /<script|<img/);
  });

  it('shows broken YAML as escaped text, and an unknown id plainly', () => {
    assert.match(renderCommitmentCard('id: [unclosed <b>', () => undefined), /<pre class="planwright-block planwright-invalid"><code>id: \[unclosed &lt;b&gt;/);
    assert.match(renderCommitmentCard('id: nope\nstatus: "<x>"', () => undefined), /<code>nope<\/code> is not in the plan's catalogs/);
    assert.doesNotMatch(renderCommitmentCard('id: nope\nstatus: "<x>"', () => undefined), /<x>/);
  });

  it('links [[references]] only to http(s) sources', () => {
    const info = { title: 'T', kind: 'foundational', status: 'met', target: '', fairShare: '', gap: '' };
    assert.match(renderReference('pc-networks', { ...info, source: 'https://example.org/a' }), /<a class="planwright-ref" href="https:\/\/example.org\/a"/);
    assert.doesNotMatch(renderReference('pc-networks', { ...info, source: 'javascript:alert(1)' }), /href=/);
    assert.match(renderReference('nope', undefined), /planwright-ref-unknown/);
  });

  it('draws charts without scripts or inline styles', () => {
    const svg = trajectorySvg({ title: HOSTILE, unit: 'number', points: [{ year: '2019/20', value: 1 }, { year: '2020/21', value: 3 }], required: { year: '2020/21', value: 2, label: 'fair share' } });
    assert.doesNotMatch(svg, /<script|<style|style=/);
    assert.match(svg, /aria-label="&lt;script&gt;/);
  });

  it('builds the dashboard under a strict CSP, escaping plan titles', () => {
    const project = projectOf({ 'plan.yaml': manifest().replace('title: Test plan', `title: ${JSON.stringify(HOSTILE)}`), 'a.md': lines('```commitment', 'id: mh-liaison', 'status: on-track', 'trajectory: { 2019/20: 50%, 2020/21: 60%, 2021/22: 70%, 2022/23: 70%, 2023/24: 70% }', '```') });
    const html = dashboardHtml(language.dashboardView(project), { cspSource: 'vscode-resource:', nonce: 'n0nce' });
    assert.match(html, /content="default-src 'none'; img-src vscode-resource: data:; style-src 'nonce-n0nce'; script-src 'nonce-n0nce';"/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<script nonce="n0nce">/);
    assert.match(html, /&lt;script&gt;alert\(1\)/);
  });

  it('the dashboard counts every status in the shared words, answered apart from met', () => {
    const chapter = lines('```commitment', 'id: mh-liaison', 'status: on-track', 'trajectory: { 2023/24: 70% }', '```', '', '```commitment', 'id: mh-investment-standard', 'status: at-risk', '```', '');
    const project = projectOf({ 'plan.yaml': manifest('').replace('  clinical-lead:', '  status: submitted\n  as-at: 2019-09-27\n  clinical-lead:'), 'a.md': chapter });
    const html = dashboardHtml(language.dashboardView(project), { cspSource: 'vscode-resource:', nonce: 'n0nce' });
    assert.match(html, /<td>Mental health<\/td><td><svg[^]*?<\/svg><\/td><td>1 met, 1 answered, 0 partial, \d+ missing, 0 not applicable<\/td>/);
    assert.match(html, /<title>answered: 1<\/title>/);
    assert.match(html, /Plan status submitted, as at 2019-09-27\./);
  });

  it('renders prose Markdown through rehype-sanitize', async () => {
    const html = await renderMarkdownSafe(`**bold** ${HOSTILE} [x](javascript:alert(3))`);
    assert.match(html, /<strong>bold<\/strong>/);
    assert.doesNotMatch(html, /<script|onerror|javascript:/);
  });
});
