import * as vscode from 'vscode';

// Workspace and diagnostics helpers of the real-VS-Code suites, free of Node built-ins so the
// web-worker suite (test/vscode/web, bundled for the browser) uses them as the desktop suite does.

/** The workspace folder the suite runs in: a copy of examples/anyshire. */
export function folder(): vscode.Uri {
  const first = vscode.workspace.workspaceFolders?.[0];
  if (!first) throw new Error('the tests need the example plan open as the workspace folder');
  return first.uri;
}

export function fileUri(path: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(), path);
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
