import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codesAt, fileUri, lineOf, restoring, serverRunning, when } from './util';

describe('Planwright in VS Code: language features', () => {
  before(async () => {
    await serverRunning();
  });

  it('hovers a commitment with its fair share', async () => {
    const uri = fileUri('04-mental-health.md');
    const line = await lineOf(uri, 'id: mh-talking-therapies');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 8));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /fair share:\*\* 42,194 /);
  });

  it('completes statuses and commitment ids', async () => {
    const uri = fileUri('04-mental-health.md');
    const line = await lineOf(uri, 'status: on-track');
    const items = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, 8));
    const labels = items.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('at-risk'), `labels: ${labels.slice(0, 20).join(', ')}`);
  });

  it('applies the did-you-mean quick fix', async () => {
    const uri = fileUri('04-mental-health.md');
    await restoring(uri, async () => {
    await vscode.window.showTextDocument(uri);
    await when(vscode.languages.onDidChangeDiagnostics, () => codesAt(uri).includes('unknown-commitment'), 'the unknown id');
    const diagnostic = vscode.languages.getDiagnostics(uri).find((d) => typeof d.code === 'object' && d.code.value === 'unknown-commitment');
    assert.ok(diagnostic);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Change to `mh-perinatal`');
    assert.ok(fix?.edit, `actions: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await when(vscode.languages.onDidChangeDiagnostics, () => !codesAt(uri).includes('unknown-commitment'), 'the fixed id to clear');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.ok(document.getText().includes('id: mh-perinatal\n'));
    });
  });

  it('shows code lenses comparing trajectories with fair shares', async () => {
    const uri = fileUri('04-mental-health.md');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.includes('partial: 29,000 in 2023/24 against fair share 42,194: short by 31%'), `lenses: ${titles.join(' | ')}`);
  });

  it('offers the snippets for the standard sections', async () => {
    const uri = fileUri('08-prevention.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const end = new vscode.Position(document.lineCount, 0);
    await editor.edit((edit) => edit.insert(end, '\npw-comm'));
    const position = new vscode.Position(document.lineCount - 1, 7);
    const items = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
    const labels = items.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.some((l) => l.startsWith('pw-commitment')), `labels: ${labels.slice(0, 30).join(', ')}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
