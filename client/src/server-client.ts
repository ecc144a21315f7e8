import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Starts the bundled language server (dist/server.js) over IPC for Markdown and YAML files; the server picks out plan files. */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
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
    // Diagnostics for unopened files come from workspace pull diagnostics.
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  return new LanguageClient('planwright', 'Planwright', serverOptions, clientOptions);
}
