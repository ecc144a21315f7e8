import * as vscode from 'vscode';
import { see, WORKBENCH } from './screen';

export { codeOf, codesAt, fileUri, folder, lineOf, when } from './workspace';

/**
 * Resolves once the language server runs and its coverage is on the screen (the status
 * bar entry). The extension is activated by VS Code, never by the tests.
 */
export async function serverRunning(): Promise<void> {
  await see({ selector: WORKBENCH.statusBarItem, text: /LTP \d+\/\d+/, timeoutMs: 60_000 });
}

/**
 * Runs `body`, then leaves the file as it was: its editor reverted and closed, and its
 * bytes on disk put back should an edit have been saved.
 */
export async function restoring<T>(uri: vscode.Uri, body: () => Promise<T>): Promise<T> {
  const original = await vscode.workspace.fs.readFile(uri);
  try {
    return await body();
  } finally {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document && !document.isClosed) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    const now = await vscode.workspace.fs.readFile(uri);
    if (Buffer.compare(Buffer.from(now), Buffer.from(original)) !== 0) await vscode.workspace.fs.writeFile(uri, original);
  }
}
