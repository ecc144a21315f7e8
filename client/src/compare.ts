import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CompareRequest, GitRefsRequest } from '../../server/src/protocol';

const OTHER = 'Another commit…';

/**
 * "Compare with…": the user picks a branch or tag (or types a commit); the
 * server compares the workspace's plans with that revision and the Markdown
 * diff opens beside the editor. `base` skips the picker (for tests).
 * Returns the document shown, or undefined when cancelled or on an error.
 */
export async function compareWith(client: BaseLanguageClient, base?: string): Promise<vscode.TextDocument | undefined> {
  let revision = base;
  if (revision === undefined) {
    const { refs } = await client.sendRequest(GitRefsRequest, {});
    const picked = await vscode.window.showQuickPick([...refs.map((r) => ({ label: r.name, description: r.kind })), { label: OTHER, description: 'a commit id or any git revision' }], {
      title: 'Compare the plans with…',
      placeHolder: 'a branch, tag or commit',
      ignoreFocusOut: true, // see insertResponse: a webview as the active editor would close the pick at once
    });
    if (!picked) return undefined;
    revision = picked.label === OTHER ? await vscode.window.showInputBox({ title: 'Compare the plans with a commit', prompt: 'A commit id, or any revision git understands (e.g. HEAD~3)', ignoreFocusOut: true }) : picked.label;
  }
  if (!revision) return undefined;
  const result = await client.sendRequest(CompareRequest, { base: revision });
  if ('error' in result) {
    void vscode.window.showErrorMessage(`Planwright: ${result.error}`);
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  return document;
}
