import * as vscode from 'vscode';
import { LanguageClient, type ErrorHandler } from 'vscode-languageclient/browser';
import { clientOptions } from '../client-options';
import { serveWorkspaceFiles } from './file-service';

/** The browser's Worker (the client is type-checked without the DOM library). */
declare const Worker: new (url: string) => object;

/**
 * A client for the language server bundled for the browser (dist/web/server.js), run in a web worker.
 * The worker has no file system: the client answers its requests for the workspace's files.
 */
export async function createWebLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, errorHandler: ErrorHandler): Promise<LanguageClient> {
  const worker = await startWorker(context.extensionUri);
  // The documents of the workspace's own schemes (vscode-vfs on vscode.dev, vscode-remote in code-server).
  const schemes = [...new Set((vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme))];
  const client = new PlanwrightWebClient('planwright', 'Planwright', clientOptions(output, errorHandler, schemes.length > 0 ? schemes : [undefined]), worker);
  serveWorkspaceFiles(client);
  return client;
}

/**
 * The worker is made from the server script's text rather than its URL: VS Code's web-worker extension host
 * refuses worker URLs of extensions served by a remote host (vscode-remote:), while fetch reaches them; and
 * the text carries the extension's URI, under which the server names the built-in catalogs.
 */
async function startWorker(extensionUri: vscode.Uri): Promise<object> {
  const main = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js').toString(true);
  const response = await fetch(main);
  if (!response.ok) throw new Error(`could not load ${main}: HTTP ${response.status}`);
  const script = `self.planwrightExtensionUri = ${JSON.stringify(`${extensionUri.toString()}/`)};\n${await response.text()}`;
  return new Worker(URL.createObjectURL(new Blob([script], { type: 'application/javascript' })));
}

/** Errors go to the output channel only, as on the desktop (see server-client.ts). */
class PlanwrightWebClient extends LanguageClient {
  override error(message: string, data?: unknown): void {
    super.error(message, data, false);
  }
}
