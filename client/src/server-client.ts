import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ErrorHandler, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions } from './client-options';

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
  return new PlanwrightClient('planwright', 'Planwright', serverOptions, clientOptions(output, errorHandler, ['file']));
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
