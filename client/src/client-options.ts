import type * as vscode from 'vscode';
import type { DocumentSelector, ErrorHandler, LanguageClientOptions } from 'vscode-languageclient';

/**
 * The language client's options, the same on the desktop and on the web
 * but for which documents it serves: files on disk on the desktop, any
 * workspace scheme on the web (vscode-vfs, vscode-remote, …).
 */
export function clientOptions(output: vscode.OutputChannel, errorHandler: ErrorHandler, schemes: readonly (string | undefined)[]): LanguageClientOptions {
  return {
    documentSelector: planDocuments(schemes),
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
}

/** Markdown, YAML and catalog files in each scheme (`undefined`: any scheme); the server picks out plan files. */
function planDocuments(schemes: readonly (string | undefined)[]): DocumentSelector {
  return schemes.flatMap((scheme) => {
    const where = scheme ? { scheme } : {};
    return [
      { ...where, language: 'markdown' },
      { ...where, language: 'yaml' },
      { ...where, pattern: '**/*.catalog.yaml' },
    ];
  });
}
