import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ServerDeps } from '../../server/src/server';
import { IN_PROCESS, startInProcessServer, type InProcessServer } from './in-process-server';

export const REPO = join(__dirname, '..', '..', '..');

/** A `$/progress` notification's value (work-done progress). */
export interface ProgressValue {
  kind: 'begin' | 'report' | 'end';
  title?: string;
  message?: string;
  percentage?: number;
  cancellable?: boolean;
}

interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { code?: string; message: string; severity?: number; range: { start: { line: number; character: number } } }[];
}

/**
 * A minimal LSP client for protocol tests: spawns the built server
 * (bin/planwright-language-server --stdio), records what it pushes, and
 * waits for notifications by event, never by sleeping. With
 * PLANWRIGHT_LSP_IN_PROCESS=1 the server runs in this process instead
 * (test/protocol/in-process-server.ts), so mutation testing's per-test
 * coverage sees it; a test that gives the server its own `deps` always runs
 * it in-process.
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
  /** Settings for one scope (a workspace folder's URI), answered instead of `settings` when the server asks for that scope. */
  readonly scopedSettings = new Map<string, Record<string, unknown>>();
  /** How many workspace/configuration requests the server sent. */
  configurationRequests = 0;
  /** The scope of every item asked for with one, in order. */
  readonly configurationScopes: string[] = [];
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
  private readonly server: { kind: 'child'; process: ChildProcess } | { kind: 'in-process'; server: InProcessServer };
  private readonly waiters: { test: () => boolean; resolve: () => void }[] = [];

  /** Starts the server; `env` adds to the server's environment; `deps` replace what the server reads and runs with. */
  constructor(env: Record<string, string> = {}, deps?: ServerDeps) {
    if (IN_PROCESS || deps) {
      const server = startInProcessServer(env, deps);
      this.server = { kind: 'in-process', server };
      this.connection = createMessageConnection(new StreamMessageReader(server.fromServer), new StreamMessageWriter(server.toServer));
    } else {
      const child = spawn(process.execPath, [join(REPO, 'bin', 'planwright-language-server'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
      child.stderr.on('data', (chunk: Buffer) => this.logs.push(`stderr: ${chunk.toString()}`));
      this.server = { kind: 'child', process: child };
      this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    }
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
    this.connection.onRequest('workspace/configuration', async (params: { items: { section?: string; scopeUri?: string }[] }) => {
      this.configurationRequests++;
      for (const item of params.items) if (item.scopeUri !== undefined) this.configurationScopes.push(item.scopeUri);
      await this.beforeConfigurationAnswer?.();
      return params.items.map((item) => (item.section === 'planwright' ? ((item.scopeUri !== undefined ? this.scopedSettings.get(item.scopeUri) : undefined) ?? this.settings) : null));
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
      // In-process, no process id: the server would watch it with a timer that outlives the test.
      processId: this.server.kind === 'child' ? process.pid : null,
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

  /** Shuts the server down; the child process is also told to exit (in-process, `exit` would end the test's own process). */
  async close(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      if (this.server.kind === 'child') await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      if (this.server.kind === 'child') this.server.process.kill();
      else this.server.server.dispose();
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

/** Starts a server with `capabilities` on a copy of the example plan (`prepare` sees the client first), runs `check`, and closes it. */
export async function withServer(capabilities: object, check: (client: LspClient, folder: string) => Promise<void>, prepare?: (client: LspClient) => void): Promise<void> {
  const example = copyExample('anyshire');
  const client = new LspClient();
  prepare?.(client);
  try {
    await client.initialize(example.folder, capabilities);
    await check(client, example.folder);
  } finally {
    await client.close();
    example.cleanup();
  }
}
