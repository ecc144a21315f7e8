import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codesAt, fileUri, serverRunning, when } from './util';

describe('Planwright in VS Code: diagnostics', () => {
  it('runs in the real VS Code extension host', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
  });

  it('reports problems in files that are not open', async () => {
    await serverRunning();
    const finance = fileUri('data/finance.yaml');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === finance.toString()), 'finance.yaml is not open');
    await when(vscode.languages.onDidChangeDiagnostics, () => codesAt(finance).includes('finance-balance'), 'finance-balance on the unopened finance.yaml');
    const diagnostic = vscode.languages.getDiagnostics(finance).find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'finance-balance');
    assert.equal(diagnostic?.source, 'planwright');
    assert.match(diagnostic?.message ?? '', /a gap of £12m/);
    assert.equal(diagnostic?.range.start.line, 13);
  });

  it('reports problems in an open file, with a link to the rule page', async () => {
    await serverRunning();
    const uri = fileUri('04-mental-health.md');
    await vscode.window.showTextDocument(uri);
    await when(vscode.languages.onDidChangeDiagnostics, () => codesAt(uri).includes('unknown-commitment'), 'unknown-commitment in the open chapter');
    const diagnostic = vscode.languages.getDiagnostics(uri).find((d) => typeof d.code === 'object' && d.code.value === 'unknown-commitment');
    assert.ok(diagnostic && typeof diagnostic.code === 'object');
    assert.match(diagnostic.code.target.toString(), /docs\/rules\/unknown-commitment\.md$/);
    assert.deepEqual([diagnostic.range.start.line, diagnostic.range.start.character], [59, 4]);
  });

  it('clears the problems of an edit once the edit is reverted and the file closed', async () => {
    await serverRunning();
    const uri = fileUri('08-prevention.md');
    const editor = await vscode.window.showTextDocument(uri);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(!codesAt(uri).includes('unknown-commitment'), '08-prevention.md has an unknown commitment before the edit');
    await editor.edit((edit) => edit.insert(end, '\n```commitment\nid: prev-no-such-thing\nstatus: on-track\n```\n'));
    await when(vscode.languages.onDidChangeDiagnostics, () => codesAt(uri).includes('unknown-commitment'), 'unknown-commitment on the added block');
    // VS Code drops the answer of the pull it makes on closing: the workspace report must bring the file's own problems back.
    // The edited file is made the active editor again first: the command acts on whichever editor is active.
    await vscode.window.showTextDocument(editor.document);
    const active = vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? 'none';
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await when(vscode.languages.onDidChangeDiagnostics, () => !codesAt(uri).includes('unknown-commitment'), 'the edit’s unknown-commitment to clear once it is reverted and closed').catch((error: unknown) => {
      // What was there instead, for a failure seen twice on a loaded machine (the output channel's log is in test-results).
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const state = document ? `still open (${document.isDirty ? 'dirty' : 'not dirty'}, ${document.getText().includes('prev-no-such-thing') ? 'edit still there' : 'edit gone'})` : 'no longer open';
      throw new Error(`${error instanceof Error ? error.message : String(error)}; diagnostics: ${codesAt(uri).join(', ') || 'none'}; active tab when reverting: ${active}; document ${state}`);
    });
  });
});
