import * as vscode from 'vscode';
import { CloseAction, ErrorAction, State, type BaseLanguageClient, type ErrorHandler } from 'vscode-languageclient';

/** Makes a (not yet started) language client whose failures go to `errorHandler`; on the web, after loading the server's script. */
export type ClientFactory = (context: vscode.ExtensionContext, output: vscode.OutputChannel, errorHandler: ErrorHandler) => BaseLanguageClient | Promise<BaseLanguageClient>;

export const RESTART_ACTION = 'Restart server';
const OUTPUT_ACTION = 'Show output';
/** A server that crashes more often than this within the window is left stopped (and the user told). */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/**
 * The language server's lifecycle: start, restart after a crash, report a
 * failure in the output channel with a "Restart server" action, and start
 * again from scratch when asked — a failed start never leaves the extension
 * stuck. Every promise is settled here; callers get `true` or `false`.
 */
export class LanguageServer implements vscode.Disposable {
  private client: BaseLanguageClient | undefined;
  private starting: Promise<boolean> | undefined;
  private disposed = false;
  private readonly running = new vscode.EventEmitter<BaseLanguageClient>();
  /** Fires each time a server is up: after the first start, a restart, or the client's own restart after a crash. */
  readonly onDidStart = this.running.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
    private readonly createClient: ClientFactory,
  ) {}

  /** The client while its server runs. */
  get current(): BaseLanguageClient | undefined {
    return this.client?.isRunning() ? this.client : undefined;
  }

  /** Starts the server unless it runs or is starting; `false` when the start failed (already reported). */
  start(): Promise<boolean> {
    if (this.disposed) return Promise.resolve(false);
    if (this.current) return Promise.resolve(true);
    this.starting ??= this.startFresh().finally(() => (this.starting = undefined));
    return this.starting;
  }

  /** Stops whatever runs (or failed) and starts a new server. */
  async restart(): Promise<boolean> {
    if (this.starting) await this.starting;
    await this.stopCurrent();
    return this.start();
  }

  dispose(): void {
    this.disposed = true;
    this.running.dispose();
    void this.stopCurrent();
  }

  private async startFresh(): Promise<boolean> {
    await this.stopCurrent();
    const state = { initialized: false, restarts: [] as number[] };
    let client: BaseLanguageClient;
    try {
      client = await this.createClient(this.context, this.output, this.errorHandler(state));
    } catch (error) {
      this.reportFailure(`the language server did not start: ${describe(error)}`);
      return false;
    }
    if (this.disposed) {
      client.dispose(2000).catch(() => undefined);
      return false;
    }
    this.client = client;
    client.onDidChangeState(({ newState }) => {
      if (newState !== State.Running || this.client !== client) return;
      state.initialized = true;
      this.running.fire(client);
    });
    try {
      await client.start();
      // When the server exits during initialization, start() may resolve without a running server.
      if (!client.isRunning()) throw new Error('the server process exited while starting (see the output channel)');
      return true;
    } catch (error) {
      if (this.client === client) this.client = undefined;
      this.reportFailure(`the language server did not start: ${describe(error)}`);
      // A client whose start failed cannot be started again: it is dropped (its stop may never settle).
      client.dispose(2000).catch(() => undefined);
      return false;
    }
  }

  private async stopCurrent(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      await client.dispose(2000);
    } catch (error) {
      this.output.appendLine(`[info] the previous language server did not stop cleanly: ${describe(error)}`);
    }
  }

  /** Restarts a crashed server (the client re-opens the open documents), up to MAX_RESTARTS within the window. */
  private errorHandler(state: { initialized: boolean; restarts: number[] }): ErrorHandler {
    return {
      error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: () => {
        // A server that never got going is reported by start(), once.
        if (!state.initialized) return { action: CloseAction.DoNotRestart, handled: true };
        const now = Date.now();
        state.restarts = [...state.restarts.filter((at) => now - at < RESTART_WINDOW_MS), now];
        if (state.restarts.length > MAX_RESTARTS) {
          this.reportFailure(`the language server stopped ${state.restarts.length} times in 3 minutes and was left stopped`);
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        this.output.appendLine('[info] the language server stopped unexpectedly; restarting it');
        return { action: CloseAction.Restart, handled: true };
      },
    };
  }

  private reportFailure(text: string): void {
    this.output.appendLine(`[error] ${text}`);
    vscode.window.showErrorMessage(`Planwright: ${text}.`, RESTART_ACTION, OUTPUT_ACTION).then(
      (choice) => {
        if (choice === RESTART_ACTION) void this.restart();
        else if (choice === OUTPUT_ACTION) this.output.show(true);
      },
      (error: unknown) => this.output.appendLine(`[error] could not show the message: ${describe(error)}`),
    );
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
