import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, type ClientCapabilities, type Connection } from 'vscode-languageserver';

/**
 * Registers for configuration changes and for file events, each only when the
 * client offers dynamic registration for it (VS Code does). Other clients
 * (eglot 1.9, Neovim 0.7) warn about a registration they cannot take; they
 * still send `workspace/didChangeConfiguration` when their settings change.
 */
export function registerWithClient(connection: Connection, capabilities: ClientCapabilities): void {
  const workspace = capabilities.workspace;
  const log = connection.console;
  if (workspace?.configuration && workspace.didChangeConfiguration?.dynamicRegistration) {
    connection.client
      .register(DidChangeConfigurationNotification.type, undefined)
      .catch((error: unknown) => log.error(`registering for configuration changes failed: ${error instanceof Error ? error.message : String(error)}`));
  }
  const unwatched = 'the client does not watch files for the server; changes on disk are seen when files are opened';
  if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,yaml,yml}' }] })
      .catch(() => log.info(unwatched));
  } else {
    log.info(unwatched);
  }
}
