import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const REPO = join(__dirname, '..', '..', '..');

/** A `$/progress` notification's value (work-done progress). */
export interface ProgressValue {
  kind: 'begin' | 'report' | 'end';
  title?: string;
  message?: string;
  percentage?: number;
}

interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { code?: string; message: string; severity?: number; range: { start: { line: number; character: number } } }[];
}

/**
 * A minimal LSP client over stdio for protocol tests: spawns the built
 * server (bin/planwright-language-server --stdio), records what it pushes,
 * and waits for notifications by event, never by sleeping.
 */
export class LspClient {
  readonly connection: MessageConnection;
  readonly published = new Map<string, PublishedDiagnostics>();
  /** Every publishDiagnostics notification's uri, in order. */
  readonly publishLog: string[] = [];
  readonly logs: string[] = [];
  refreshes = 0;
  /** What the client answers for the `planwright` section of workspace/configuration (a test sets real values). */
  settings: Record<string, unknown> = {};
  /** How many workspace/configuration requests the server sent. */
  configurationRequests = 0;
  /** Runs when the server asks for configuration, before the answer is sent (a test can act in between). */
  beforeConfigurationAnswer: (() => Promise<void>) | undefined;
  /** The methods the server registered for (client/registerCapability), in order. */
  readonly registrations: string[] = [];
  /** Tokens of the work-done progress the server created (window/workDoneProgress/create), in order. */
  readonly progressCreated: (string | number)[] = [];
  /** Every `$/progress` notification, in order. */
  readonly progress: { token: string | number; value: ProgressValue }[] = [];
  /** Runs on every `$/progress` notification, as it arrives (a test can act in between). */
  onProgress: ((token: string | number, value: ProgressValue) => void) | undefined;
  private readonly process: ChildProcess;
  private readonly waiters: { test: () => boolean; resolve: () => void }[] = [];

  /** Starts the server; `env` adds to the server's environment. */
  constructor(env: Record<string, string> = {}) {
    this.process = spawn(process.execPath, [join(REPO, 'bin', 'planwright-language-server'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    this.process.stderr?.on('data', (chunk: Buffer) => this.logs.push(`stderr: ${chunk.toString()}`));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      this.published.set(params.uri, params);
      this.publishLog.push(params.uri);
      this.poke();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      this.poke();
    });
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string }[] }) => {
      this.registrations.push(...params.registrations.map((r) => r.method));
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', (params: { token: string | number }) => {
      this.progressCreated.push(params.token);
      this.poke();
      return null;
    });
    this.connection.onUnhandledProgress((params: { token: string | number; value: ProgressValue }) => {
      this.progress.push(params);
      this.onProgress?.(params.token, params.value);
      this.poke();
    });
    this.connection.onRequest('workspace/configuration', async (params: { items: { section?: string }[] }) => {
      this.configurationRequests++;
      await this.beforeConfigurationAnswer?.();
      return params.items.map((item) => (item.section === 'planwright' ? this.settings : null));
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.poke();
      return null;
    });
    this.connection.listen();
  }

  /** Initializes with one workspace folder; resolves once the server has read it (or at once, with `waitForRead` false). */
  async initialize(folder: string, capabilities: object, initializationOptions?: object, waitForRead = true): Promise<{ capabilities: Record<string, unknown> }> {
    const uri = pathToFileURL(folder).href;
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'plans' }],
      capabilities,
      ...(initializationOptions ? { initializationOptions } : {}),
    });
    await this.connection.sendNotification('initialized', {});
    if (waitForRead) await this.until(() => this.logs.some((line) => line.startsWith('Planwright: read')));
    return result;
  }

  request<R>(method: string, params: object): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  notify(method: string, params: object): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Resolves when `test` holds, checked after every message from the server; rejects after `ms`. */
  until(test: () => boolean, ms = 10_000): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting; server log:\n${this.logs.join('\n')}`)), ms);
      this.waiters.push({ test, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  async close(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.process.kill();
    }
  }

  private poke(): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.test()) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }
}

/** A private copy of an example plan, so tests can change files on disk. */
export function copyExample(name: string): { folder: string; cleanup: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'planwright-lsp-'));
  const folder = join(base, name);
  cpSync(join(REPO, 'examples', name), folder, { recursive: true });
  return { folder, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

export function uriOf(folder: string, file: string): string {
  return pathToFileURL(join(folder, file)).href;
}

/** Client capabilities of a pull-capable client (like VS Code) and of a push-only one (like Neovim 0.7). */
export const PULL_CAPABILITIES = {
  textDocument: { diagnostic: { dynamicRegistration: false }, hover: { contentFormat: ['markdown'] }, completion: {} },
  workspace: { diagnostics: { refreshSupport: true }, configuration: true },
};
export const PUSH_CAPABILITIES = { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { workspaceFolders: true } };
