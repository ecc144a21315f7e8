import {
  CodeActionKind,
  DocumentDiagnosticReportKind,
  FileChangeType,
  ResponseError,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type InitializeResult,
  type TextEdit,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { language, type Engine, type Finding } from '../../core/src/index';
import { registerCompletion } from './completion';
import { FIX_ALL, toChanges, toDocumentSymbol, toFinding } from './convert';
import { diagnosticsByUri, diagnosticsOf } from './diagnostics';
import { NO_REVISIONS, type PlanWorkspace, type Revisions } from './plan-workspace';
import { CompareRequest, DashboardRequest, GitRefsRequest, InsertResponseRequest } from './protocol';
import { ReportIds } from './report-ids';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from './settings';

import { throwIfCancelled } from './cancelled';
import { WorkspaceIndexer, yieldToEventLoop, type IndexProgress } from './indexer';
import { PullDiagnostics } from './pull-diagnostics';
import { registerEditorFeatures } from './editor-features';
import { isRecord } from './is-record';
import { registerWithClient } from './registrations';

export interface ServerDeps {
  readonly engine: Engine;
  /**
   * How plan files are read: from the disk (server/src/main.ts, with the
   * analysis limits) or through the client (server/src/web/main.ts).
   */
  readonly workspace: (engine: Engine) => PlanWorkspace;
  /** Comparing with a git revision; absent where there is no git (the web), and then said so. */
  readonly revisions?: Revisions;
}

/**
 * Wires the Planwright engine to an LSP connection. Every handler looks the
 * document up, calls the core, and converts the answer; analysis lives in
 * core/. State lives in this closure, one per connection.
 */
export function startServer(connection: Connection, deps: ServerDeps): void {
  const workspace = deps.workspace(deps.engine);
  const project = workspace.project;
  const indexer = new WorkspaceIndexer(workspace);
  const documents = new TextDocuments(TextDocument);
  const log = connection.console;

  let pullDiagnostics = false;
  let refreshSupport = false;
  let configurationSupport = false;
  let workspaceFoldersSupport = false;
  let clientCapabilities: ClientCapabilities = {};
  let folders: string[] = [];
  const settingsCache = new Map<string, Promise<Settings>>();
  /** Workspace updates still reading files (through the client, on the web): answers wait for them, so none comes from a stale file. */
  let updating: Promise<unknown> = Promise.resolve();

  /**
   * Runs a handler, turning any failure into a logged error and an empty
   * answer: the server never dies of a request. While the workspace is
   * indexed, a request about a document waits only until that document's
   * plan has been read (and that plan is read next); any other request waits
   * for the whole index. A request the client cancelled is answered as
   * cancelled, whether that happened before the handler started, while it
   * waited or ran (long handlers check the token), or before its answer was
   * ready.
   */
  const guard = <P, R, X extends unknown[] = []>(name: string, fallback: R, handler: (params: P, token: CancellationToken, ...extra: X) => R | Promise<R>) =>
    async (params: P, token: CancellationToken, ...extra: X): Promise<R> => {
      try {
        const uri = documentOf(params);
        await (uri === undefined ? indexer.untilIndexed(token) : indexer.untilReadFor(uri, token));
        await updating;
        throwIfCancelled(token);
        const result = await handler(params, token, ...extra);
        throwIfCancelled(token);
        return result;
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        log.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fallback;
      }
    };

  /** The workspace folder holding a file (the innermost), or the file itself outside every folder. */
  const folderOf = (uri: string): string => {
    let best: string | undefined;
    for (const folder of folders) {
      const prefix = folder.endsWith('/') ? folder : `${folder}/`;
      if ((uri === folder || uri.startsWith(prefix)) && (!best || folder.length > best.length)) best = folder;
    }
    return best ?? uri;
  };

  /** Settings are asked for once per workspace folder (not per file) until the client says they changed. */
  const settingsFor = (uri: string): Promise<Settings> => {
    if (!configurationSupport) return Promise.resolve(DEFAULT_SETTINGS);
    const scope = folderOf(uri);
    let cached = settingsCache.get(scope);
    if (!cached) {
      cached = connection.workspace.getConfiguration({ scopeUri: scope, section: 'planwright' }).then(normaliseSettings, () => DEFAULT_SETTINGS);
      settingsCache.set(scope, cached);
    }
    return cached;
  };

  const findingsFor = (uri: string): Finding[] => {
    const root = project.rootOf(uri);
    return root ? project.analyze(root).findings.filter((f) => f.uri === uri) : [];
  };

  const features = registerEditorFeatures(connection, { project, guard, settingsFor });
  const completion = registerCompletion(connection, { project, guard });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = (clientCapabilities = params.capabilities);
    pullDiagnostics = Boolean(capabilities.textDocument?.diagnostic);
    refreshSupport = Boolean(capabilities.workspace?.diagnostics?.refreshSupport);
    configurationSupport = Boolean(capabilities.workspace?.configuration);
    workspaceFoldersSupport = Boolean(capabilities.workspace?.workspaceFolders);
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'planwright', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
        ...completion.initialize(params),
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL] },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        ...features.initialize(params),
        foldingRangeProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'planwright', version: '0.1.0' },
    };
  });

  /**
   * Set by the shutdown request: background work still running (an index, a
   * push round) then sends nothing more, as the client may have closed the
   * connection.
   */
  let shutDown = false;
  connection.onShutdown(() => {
    shutDown = true;
    if (pushTimer) clearTimeout(pushTimer);
    pushTimer = undefined;
  });

  /** Logs a failed background task; the server carries on. */
  const report = (what: string) => (error: unknown) => {
    if (!shutDown) log.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  };

  /** The window-wide settings (the file size limit), read before the workspace is. */
  const applyWindowSettings = async (): Promise<boolean> => {
    const settings = configurationSupport ? await connection.workspace.getConfiguration('planwright').then(normaliseSettings, () => DEFAULT_SETTINGS) : DEFAULT_SETTINGS;
    if (settings.maxFileBytes === maxFileBytes) return false;
    maxFileBytes = settings.maxFileBytes;
    workspace.setOptions({ maxFileBytes });
    return true;
  };
  let maxFileBytes = DEFAULT_SETTINGS.maxFileBytes;

  /** Progress shown while the workspace is indexed: work-done progress the server starts, when the client supports it. */
  const indexProgress = async (): Promise<IndexProgress> => {
    const started = Date.now();
    const reporter = await connection.window.createWorkDoneProgress().catch(() => undefined);
    return {
      begin: (message) => reporter?.begin('Planwright: indexing plans', 0, message, false),
      report: (percentage, message) => reporter?.report(percentage, message),
      filesRead: (files, plans) => log.info(`Planwright: read ${files} plan files in ${Date.now() - started} ms; ${plans} plan(s)`),
      end: () => {
        reporter?.done();
        log.info(`Planwright: indexed the workspace in ${Date.now() - started} ms`);
      },
    };
  };

  connection.onInitialized(() => {
    registerWithClient(connection, clientCapabilities);
    if (workspaceFoldersSupport) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const removed of event.removed) workspace.forgetFolder(removed.uri);
        indexer
          .index(event.added.map((f) => f.uri), indexProgress)
          .then(changed)
          .catch(report('reading the added workspace folders'));
      });
    }
    indexer.index(folders, indexProgress, applyWindowSettings).then(changed, report('reading the workspace'));
  });

  // --- diagnostics: pull when the client can, push (with versions) when it cannot ---
  /** What was last pushed for each file, so only files whose diagnostics changed are sent again. */
  const published = new Map<string, string>();
  let pushTimer: ReturnType<typeof setTimeout> | undefined;
  /** Push rounds run one after another, so two rounds never interleave their publications. */
  let pushing: Promise<void> = Promise.resolve();

  /** Counts changes, so a push round can tell that a newer one is due and stop. */
  let changes = 0;
  const changed = (): void => {
    if (shutDown) return;
    changes++;
    if (pullDiagnostics) {
      if (refreshSupport) connection.languages.diagnostics.refresh();
      return;
    }
    // Push clients get every plan file's diagnostics again (unchanged roots come
    // from the analysis cache), batched after a burst of edits.
    if (pushTimer) clearTimeout(pushTimer);
    pushTimer = setTimeout(() => {
      pushTimer = undefined;
      pushing = pushing.then(pushAll).catch(report('publishing diagnostics'));
    }, 50);
  };

  /**
   * One push round: plan by plan, giving the event loop a turn between plans;
   * a round that a newer change has overtaken stops (the next round does it all).
   */
  const pushAll = async (): Promise<void> => {
    const round = changes;
    const seen = new Set<string>();
    for (const root of [...project.roots()]) {
      await yieldToEventLoop();
      if (changes !== round || shutDown) return;
      const analysis = project.analyze(root);
      // Every file of the plan, with or without findings, and any other file a finding names.
      const uris = new Set([...analysis.context.documents.map((document) => document.uri), ...diagnosticsByUri(analysis).keys()]);
      for (const uri of uris) {
        const diagnostics = diagnosticsOf(analysis, uri);
        const settings = await settingsFor(uri);
        if (shutDown) return;
        const open = documents.get(uri);
        if (!open && !settings.unopenedFiles) continue;
        const key = `${hashOf(diagnostics)}@${open?.version ?? ''}`;
        seen.add(uri);
        if (published.get(uri) === key) continue;
        published.set(uri, key);
        await connection.sendDiagnostics({ uri, diagnostics: [...diagnostics], ...(open ? { version: open.version } : {}) });
      }
    }
    for (const uri of [...published.keys()]) {
      if (seen.has(uri)) continue;
      published.delete(uri);
      await connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  };

  const pulls = new PullDiagnostics({
    project,
    openVersion: (uri) => documents.get(uri)?.version,
    unopenedFiles: async (uri) => (await settingsFor(uri)).unopenedFiles,
    idOf: hashOf,
  });
  connection.languages.diagnostics.on(
    guard<DocumentDiagnosticParams, DocumentDiagnosticReport>('textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] }, (params) => {
      const uri = params.textDocument.uri;
      const root = project.rootOf(uri);
      return pulls.document(uri, root ? diagnosticsOf(project.analyze(root), uri) : [], params.previousResultId);
    }),
  );

  connection.languages.diagnostics.onWorkspace(
    guard<WorkspaceDiagnosticParams, WorkspaceDiagnosticReport, [WorkDoneProgressReporter]>('workspace/diagnostic', { items: [] }, (params, token, progress) =>
      pulls.workspace(params, token, progress),
    ),
  );

  // --- documents and files ---
  /** Reports after a workspace update: at once when it was immediate (reading from disk), when done when it reads through the client. */
  const afterUpdate = (what: string, update: void | Promise<void>): void => {
    if (!update) {
      changed();
      return;
    }
    updating = Promise.all([updating, update.then(changed, report(what))]);
  };
  documents.onDidOpen((event) => {
    if (!workspace.isPlanFile(event.document.uri)) return;
    afterUpdate('opening a document', workspace.openDocument(event.document.uri, event.document.getText()));
  });
  documents.onDidChangeContent((event) => {
    if (!workspace.isPlanFile(event.document.uri)) return;
    afterUpdate('updating a document', workspace.changeDocument(event.document.uri, event.document.getText()));
  });
  documents.onDidClose((event) => {
    if (!workspace.isPlanFile(event.document.uri)) return;
    afterUpdate('closing a document', workspace.closeDocument(event.document.uri));
  });
  connection.onDidChangeWatchedFiles((params) => {
    const reads: Promise<void>[] = [];
    for (const change of params.changes) {
      const read = workspace.fileChanged(change.uri, change.type === FileChangeType.Deleted);
      if (read) reads.push(read);
    }
    if (params.changes.length > 0) afterUpdate('reading changed files', reads.length > 0 ? Promise.all(reads).then(() => undefined) : undefined);
  });
  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    features.settingsChanged();
    applyWindowSettings()
      .then(async (limitChanged) => {
        if (limitChanged) await indexer.index([], indexProgress);
        changed();
      })
      .catch(report('applying the new settings'));
  });

  // --- language features: look up, call the core, convert ---
  connection.onHover(
    guard('hover', null, async (params) => {
      const settings = await settingsFor(params.textDocument.uri);
      const found = language.hover(project, params.textDocument.uri, params.position, { guidance: settings.hoverGuidance });
      return found ? { contents: { kind: 'markdown' as const, value: found.markdown }, range: found.range } : null;
    }),
  );
  connection.onDefinition(guard('definition', [], (params) => language.definition(project, params.textDocument.uri, params.position)));
  connection.onReferences(guard('references', [], (params) => language.references(project, params.textDocument.uri, params.position, params.context.includeDeclaration)));
  connection.onCodeAction(
    guard('codeAction', [], (params) => {
      const uri = params.textDocument.uri;
      const only = params.context.only;
      const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
      const results: { title: string; kind: string; isPreferred?: boolean; diagnostics?: typeof params.context.diagnostics; edit: { changes: Record<string, TextEdit[]> } }[] = [];
      if (wants(CodeActionKind.QuickFix)) {
        const findings = params.context.diagnostics.flatMap((d) => toFinding(uri, d) ?? []);
        for (const action of language.codeActions(project, uri, findings)) {
          const diagnostics = params.context.diagnostics.filter((d) => action.edits.length > 0 && d.source === 'planwright');
          results.push({ title: action.title, kind: CodeActionKind.QuickFix, isPreferred: action.isPreferred ?? false, diagnostics, edit: { changes: toChanges(action.edits) } });
        }
      }
      // Fix-all is only offered when asked for by kind (on save, or the "Fix all" command), as other servers do.
      if (only && wants(FIX_ALL)) {
        const action = language.fixAll(project, findingsFor(uri));
        if (action) results.push({ title: action.title, kind: FIX_ALL, edit: { changes: toChanges(action.edits) } });
      }
      return results;
    }),
  );
  connection.onDocumentSymbol(guard('documentSymbol', [], (params) => language.documentSymbols(project, params.textDocument.uri).map(toDocumentSymbol)));
  connection.onWorkspaceSymbol(
    guard('workspaceSymbol', [], (params) =>
      language.workspaceSymbols(project, params.query).map((s) => ({
        name: s.name,
        kind: s.kind === 'commitment' ? SymbolKind.Interface : SymbolKind.Object,
        location: s.location,
        ...(s.containerName ? { containerName: s.containerName } : {}),
      })),
    ),
  );
  connection.onFoldingRanges(guard('foldingRange', [], (params) => language.foldingRanges(project, params.textDocument.uri)));
  connection.onRequest(
    InsertResponseRequest,
    guard('planwright/insertResponse', null, (params) => {
      const context = language.documentContext(project, params.chapter);
      const edit = context ? language.insertResponse(context, params.id, params.chapter)?.edits[0] : undefined;
      return edit ? { uri: edit.uri, range: edit.range, newText: edit.newText } : null;
    }),
  );
  connection.onRequest(DashboardRequest, guard('planwright/dashboard', { plans: [] }, (params) => language.dashboardView(project, params.uri)));
  const revisions = deps.revisions;
  connection.onRequest(CompareRequest, guard('planwright/compare', { error: 'the comparison failed: see the output channel' }, (params) => (revisions ? revisions.compare(project, folders, params.base) : NO_REVISIONS)));
  connection.onRequest(GitRefsRequest, guard('planwright/gitRefs', { refs: [] }, () => (revisions ? revisions.refs(folders) : { refs: [] })));

  documents.listen(connection);
}

/** The document a request is about (`textDocument.uri`, or a completion item's `data.uri`), if any. */
function documentOf(params: unknown): string | undefined {
  if (!isRecord(params)) return undefined;
  const document = isRecord(params['textDocument']) ? params['textDocument'] : isRecord(params['data']) ? params['data'] : undefined;
  return typeof document?.['uri'] === 'string' ? document['uri'] : undefined;
}

const reportIds = new ReportIds();

/** A short, stable id for a diagnostics report, so unchanged reports are answered as such. */
function hashOf(diagnostics: readonly Diagnostic[]): string {
  return reportIds.idOf(diagnostics);
}
