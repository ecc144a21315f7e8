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
  /** When the server stopped unexpectedly, within the last RESTART_WINDOW_MS. */
  private crashes: number[] = [];
  /** Too many crashes: the server is left stopped (and the user was told once) until restarted by hand. */
  private leftStopped = false;
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

  /** Stops whatever runs (or failed) and starts a new server, with a fresh allowance of restarts after crashes. */
  restart(): Promise<boolean> {
    this.crashes = [];
    this.leftStopped = false;
    return this.replace();
  }

  dispose(): void {
    this.disposed = true;
    this.running.dispose();
    void this.stopCurrent();
  }

  private async replace(): Promise<boolean> {
    if (this.starting) await this.starting;
    await this.stopCurrent();
    return this.start();
  }

  private async startFresh(): Promise<boolean> {
    await this.stopCurrent();
    const state: HandlerState = { initialized: false };
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
    state.client = client;
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

  /**
   * Restarts a crashed server, up to MAX_RESTARTS within the window. A server
   * that exits is restarted by its client (which re-opens the open
   * documents). A connection that keeps failing before the exit is noticed
   * (writes to a server killed under load, or one that dropped its channel)
   * makes the client only stop: that client is replaced here.
   */
  private errorHandler(state: HandlerState): ErrorHandler {
    return {
      error: (_error, _message, count) => {
        if (count === undefined || count <= 3) return { action: ErrorAction.Continue };
        // Only the first report of the client in use: the rest come from a client being replaced.
        if (state.initialized && state.client === this.client && this.mayRestart('the connection to the language server failed')) void this.replace();
        return { action: ErrorAction.Shutdown, handled: true };
      },
      closed: () => {
        // A server that never got going is reported by start(), once.
        if (!state.initialized || !this.mayRestart('the language server stopped unexpectedly')) return { action: CloseAction.DoNotRestart, handled: true };
        return { action: CloseAction.Restart, handled: true };
      },
    };
  }

  /**
   * Counts a crash; whether the server may be started again (if not, the user is told once, with a
   * way to start it: the failing connection's further errors are not counted or shown again).
   */
  private mayRestart(what: string): boolean {
    if (this.leftStopped) return false;
    const now = Date.now();
    this.crashes = [...this.crashes.filter((at) => now - at < RESTART_WINDOW_MS), now];
    if (this.crashes.length > MAX_RESTARTS) {
      this.leftStopped = true;
      this.reportFailure(`${what} ${this.crashes.length} times in 3 minutes, so it was left stopped`);
      return false;
    }
    this.output.appendLine(`[info] ${what}; restarting it`);
    return true;
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

/** What the error handler of one client knows: whether its server got going, and the client (once made). */
interface HandlerState {
  initialized: boolean;
  client?: BaseLanguageClient;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
