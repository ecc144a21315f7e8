import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fileUri, planwright, when } from './util';

describe('Planwright in VS Code: coverage tree, status bar and previews', () => {
  it('lists each commitment with its status in the coverage data', async () => {
    const api = await planwright();
    const items = api.coverage().flatMap((plan) => plan.areas.flatMap((area) => area.items));
    assert.equal(items.find((i) => i.id === 'uec-nhs-111')?.status, 'missing');
    assert.equal(items.find((i) => i.id === 'mh-talking-therapies')?.status, 'partial');
    assert.equal(items.find((i) => i.id === 'cancer-62-day')?.status, 'met');
  });

  it('shows areas with counts and commitments with status icons in the tree, and filters them', async () => {
    const api = await planwright();
    const tree = api.coverageTree();
    const mentalHealth = tree.find((i) => i.depth === 0 && i.label.startsWith('Mental health ('));
    assert.ok(mentalHealth, `areas: ${tree.filter((i) => i.depth === 0).map((i) => i.label).join(', ')}`);
    const talking = tree.find((i) => i.label === 'Widen access to talking therapies');
    assert.equal(talking?.icon, 'warning');
    assert.equal(talking?.contextValue, 'commitment-partial');
    assert.match(talking?.description ?? '', /1 response/);
    const missing = tree.filter((i) => i.contextValue === 'commitment-missing');
    assert.ok(missing.length >= 1 && missing.every((i) => i.icon === 'error'));
    await vscode.commands.executeCommand('planwright.filterProblems');
    const problems = api.coverageTree().filter((i) => i.depth === 1);
    assert.ok(problems.length > 0 && problems.every((i) => i.contextValue === 'commitment-missing' || i.contextValue === 'commitment-partial'));
    await vscode.commands.executeCommand('planwright.showAllStatuses');
    assert.equal(api.coverageTree().length, tree.length);
  });

  it('shows foundational coverage in the status bar', async () => {
    const api = await planwright();
    assert.match(api.statusBarText(), /^\$\(checklist\) LTP \d+\/31 · \d+ met$/);
  });

  it('inserts a response skeleton for a missing commitment from the tree', async () => {
    const api = await planwright();
    const plan = api.coverage()[0];
    assert.ok(plan);
    const item = plan.areas.flatMap((a) => a.items).find((i) => i.id === 'uec-nhs-111');
    assert.ok(item);
    const chapter = fileUri('03-urgent-and-emergency-care.md').toString();
    const inserted = await vscode.commands.executeCommand<boolean>('planwright.insertResponse', { kind: 'item', plan, item }, chapter);
    assert.equal(inserted, true);
    await when(api.onDidRefresh, () => api.coverage()[0]?.areas.flatMap((a) => a.items).find((i) => i.id === 'uec-nhs-111')?.status !== 'missing', 'uec-nhs-111 to be answered');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(chapter));
    assert.match(document.getText(), /```commitment\nid: uec-nhs-111\nstatus: not-started\n/);
  });

  it('renders commitment blocks as cards and [[refs]] as links in the Markdown preview, with plan text inert', async () => {
    await planwright();
    const markdown = [
      'See [[mh-talking-therapies]] and [[no-such-thing]].',
      '',
      '```commitment',
      'id: mh-talking-therapies',
      'status: on-track',
      'summary: "<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))"',
      'trajectory: { 2019/20: 1000, 2020/21: 2000, 2021/22: 3100 }',
      '```',
    ].join('\n');
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
    assert.match(html, /class="planwright-card planwright-status-on-track"/);
    assert.match(html, /<svg class="pw-chart"/);
    assert.match(html, /<a class="planwright-ref" href="https:\/\/[^"]+"[^>]*>Widen access to talking therapies|class="planwright-ref"[^>]*>[^<]*talking therapies/i);
    assert.match(html, /planwright-ref-unknown/);
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<img src=x/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  it('opens the dashboard under a strict Content-Security-Policy', async () => {
    const api = await planwright();
    await vscode.commands.executeCommand('planwright.openDashboard');
    const html = api.dashboardHtml() ?? '';
    assert.match(html, /Content-Security-Policy" content="default-src 'none';/);
    assert.match(html, /script-src 'nonce-[A-Za-z0-9+/=]+'/);
    assert.match(html, /Coverage by area/);
    assert.match(html, /<svg class="pw-chart"/);
    assert.doesNotMatch(html, /\b(?:src|href)="https?:/, 'no remote resources');
  });
});
