import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/**
 * A client for the bundled language server (dist/server.js) over IPC, for Markdown and YAML files; the server
 * picks out plan files. $PLANWRIGHT_SERVER_MODULE, read at each start, names another server module to run
 * instead (a development build of the server).
 */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, errorHandler: ErrorHandler): LanguageClient {
  const module = process.env['PLANWRIGHT_SERVER_MODULE'] || context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', pattern: '**/*.catalog.yaml' },
    ],
    // File watching is registered by the server (dynamically, as for any client), not a second time here.
    outputChannel: output,
    errorHandler,
    // A failed initialization is reported once, by LanguageServer, with a "Restart server" action.
    initializationFailedHandler: () => false,
    // The code lens command this extension runs itself (peek references); other clients get one the server runs.
    initializationOptions: { clientCommands: ['planwright.showReferences'] },
    // Diagnostics for unopened files come from workspace pull diagnostics.
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  return new PlanwrightClient('planwright', 'Planwright', serverOptions, clientOptions);
}

/**
 * Errors go to the output channel only: the library's own pop-ups ("couldn't create connection to server",
 * "Server initialization failed", each with just "Go to output") would bury the one message that matters,
 * which LanguageServer shows with a "Restart server" action.
 */
class PlanwrightClient extends LanguageClient {
  override error(message: string, data?: unknown): void {
    super.error(message, data, false);
  }
}
