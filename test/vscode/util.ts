import * as vscode from 'vscode';
import { see, WORKBENCH } from './screen';

/** The workspace folder the suite runs in: a copy of examples/anyshire. */
export function folder(): vscode.Uri {
  const first = vscode.workspace.workspaceFolders?.[0];
  if (!first) throw new Error('the tests need the example plan open as the workspace folder');
  return first.uri;
}

export function fileUri(path: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(), path);
}

/**
 * Resolves once the language server runs and its coverage is on the screen (the status
 * bar entry). The extension is activated by VS Code, never by the tests.
 */
export async function serverRunning(): Promise<void> {
  await see({ selector: WORKBENCH.statusBarItem, text: /LTP \d+\/\d+/, timeoutMs: 60_000 });
}

/** Resolves when `test` holds, re-checking on every `event`; no sleeping. */
export function when<T>(event: vscode.Event<T>, test: () => boolean, what: string, ms = 30_000): Promise<void> {
  if (test()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const subscription = event(() => {
      if (!test()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
  });
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

export function codesAt(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map(codeOf);
}

export async function lineOf(uri: vscode.Uri, prefix: string): Promise<number> {
  const document = await vscode.workspace.openTextDocument(uri);
  for (let line = 0; line < document.lineCount; line++) if (document.lineAt(line).text.startsWith(prefix)) return line;
  throw new Error(`no line starting with ${prefix} in ${uri.path}`);
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
