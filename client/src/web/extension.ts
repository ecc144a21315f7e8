import type * as vscode from 'vscode';
import { NO_REVISIONS } from '../../../server/src/plan-workspace';
import { activatePlanwright, type PlanwrightApi } from '../activate';
import { createWebLanguageClient } from './server-client';

/**
 * VS Code for the Web (vscode.dev, github.dev): the language server runs in a web worker and reads the
 * plans through the editor. Comparing with a git revision needs git and a disk, so it is not offered.
 */
export function activate(context: vscode.ExtensionContext): PlanwrightApi {
  return activatePlanwright(context, { createClient: createWebLanguageClient, compareUnavailable: NO_REVISIONS.error });
}

export function deactivate(): void {
  // The client is stopped through the extension context's subscriptions.
}
