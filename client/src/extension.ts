import type * as vscode from 'vscode';
import { activatePlanwright, type PlanwrightApi } from './activate';
import { createLanguageClient } from './server-client';

/** VS Code on the desktop: the language server runs as a Node process and reads the plans from disk. */
export function activate(context: vscode.ExtensionContext): PlanwrightApi {
  return activatePlanwright(context, { createClient: createLanguageClient });
}

export function deactivate(): void {
  // The client is stopped through the extension context's subscriptions.
}
