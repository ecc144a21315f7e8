import * as vscode from 'vscode';
import { dashboardHtml } from '../../core/src/render/dashboard';
import type { DashboardResult } from '../../server/src/protocol';

/** The plan dashboard webview: one panel, re-rendered when the data changes. */
export class DashboardPanel {
  private panel: vscode.WebviewPanel | undefined;
  /** The data the panel shows, as JSON: a refresh with the same data leaves the page alone. */
  private shown: string | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  show(data: DashboardResult): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('planwright.dashboard', 'Plan dashboard', vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.shown = undefined;
      });
      this.panel.webview.onDidReceiveMessage((message: { type?: string; uri?: string; line?: number }) => {
        if (message.type !== 'open' || typeof message.uri !== 'string' || !opensInEditor(message.uri)) return;
        const line = Number.isInteger(message.line) ? (message.line as number) : 0;
        vscode.window.showTextDocument(vscode.Uri.parse(message.uri), { selection: new vscode.Range(line, 0, line, 0), viewColumn: vscode.ViewColumn.One }).then(undefined, (error: unknown) => {
          void vscode.window.showErrorMessage(`Planwright: could not open ${message.uri}: ${error instanceof Error ? error.message : String(error)}`);
        });
      });
    } else {
      this.panel.reveal(undefined, true);
    }
    this.update(data);
  }

  /**
   * Re-renders the page when the data changed. Setting a webview's HTML reloads it: the reader loses
   * their scroll position, and the reloading frame can take the focus, closing a quick pick that is open
   * (the server refreshes the data after every analysis, mostly with nothing changed).
   */
  update(data: DashboardResult): void {
    if (!this.panel) return;
    const json = JSON.stringify(data);
    if (json === this.shown) return;
    this.shown = json;
    this.panel.webview.html = dashboardHtml(data, { cspSource: this.panel.webview.cspSource, nonce: nonce() });
  }
}

/** A fresh nonce from the platform's cryptographic random source (Node and browsers alike). */
function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The dashboard opens plan files only: on disk, or (on the web) inside a workspace folder. */
function opensInEditor(uri: string): boolean {
  return uri.startsWith('file:') || vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(uri)) !== undefined;
}
