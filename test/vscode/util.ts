import * as vscode from 'vscode';
import type { PlanwrightApi } from '../../client/src/extension';

/** The workspace folder the suite runs in: a copy of examples/anyshire. */
export function folder(): vscode.Uri {
  const first = vscode.workspace.workspaceFolders?.[0];
  if (!first) throw new Error('the tests need the example plan open as the workspace folder');
  return first.uri;
}

export function fileUri(path: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(), path);
}

let api: PlanwrightApi | undefined;

/** The activated extension's API, once its server is up and the first coverage is in. */
export async function planwright(): Promise<PlanwrightApi> {
  if (api) return api;
  const extension = vscode.extensions.getExtension<PlanwrightApi>('planwright.planwright');
  if (!extension) throw new Error('the Planwright extension is not loaded');
  const exports = await extension.activate();
  await exports.ready;
  api = exports;
  return api;
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

export function codesAt(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
}

export async function lineOf(uri: vscode.Uri, prefix: string): Promise<number> {
  const document = await vscode.workspace.openTextDocument(uri);
  for (let line = 0; line < document.lineCount; line++) if (document.lineAt(line).text.startsWith(prefix)) return line;
  throw new Error(`no line starting with ${prefix} in ${uri.path}`);
}
