import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type WorkDoneProgressReporter,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { PlanProject } from '../../core/src/index';
import { throwIfCancelled } from './cancelled';
import { toDiagnostic } from './convert';
import { yieldToEventLoop } from './indexer';

export interface PullDiagnosticsDeps {
  readonly project: PlanProject;
  /** The version of the document an editor has open, if one has. */
  readonly openVersion: (uri: string) => number | undefined;
  /** The `planwright.diagnostics.unopenedFiles` setting of the file's folder. */
  readonly unopenedFiles: (uri: string) => Promise<boolean>;
  /** The id of a report's content (server/src/report-ids.ts). */
  readonly idOf: (diagnostics: readonly Diagnostic[]) => string;
}

/**
 * Pull diagnostics: the answers to textDocument/diagnostic and to
 * workspace/diagnostic, with result ids that keep what the client shows
 * right when a document is closed.
 *
 * A client (vscode-languageclient 9) shows a document's diagnostics from
 * its document pulls while its editor tab is open, and from workspace
 * reports otherwise: a full workspace report for a document whose tab is
 * open is not shown, but its result id is kept. When the tab closes, the
 * answer of the pull it then makes is dropped, and VS Code may keep the
 * document open (no didClose) long after. So the id the client sends back
 * in a workspace pull may not name what it shows, and an "unchanged"
 * answer would leave an edit's diagnostics on a file that was reverted and
 * closed. Ids say where they come from:
 *
 * - `d:` a document pull's; `w:` a workspace report's, sent when the client
 *   was not showing document-pull diagnostics for the file; `f:` a
 *   workspace report's that the client may not have shown.
 * - A workspace report is "unchanged" only when the id names what the
 *   client shows: `w:` with no document pull answered since it, or `d:`
 *   of the latest document pull answered, for the same content.
 * - Otherwise it is full: `f:` while the client may be showing document
 *   pulls (the id it sent is a `d:` one, or it sent none for a document it
 *   pulled), so it is sent again until the client sends the id back from a
 *   workspace report; `w:` then.
 *
 * Open documents are in workspace reports too (with their version), as the
 * server cannot see whether their tab is still open.
 */
export class PullDiagnostics {
  /** The id of the latest document pull answered, by document. */
  private readonly lastDocumentId = new Map<string, string>();
  /** Documents with a document pull answered since their last `w:` workspace report. */
  private readonly pulledSinceWorkspace = new Set<string>();

  constructor(private readonly deps: PullDiagnosticsDeps) {}

  /** Answers textDocument/diagnostic with the document's findings. */
  document(uri: string, diagnostics: readonly Diagnostic[], previousResultId: string | undefined): DocumentDiagnosticReport {
    const resultId = `d:${this.deps.idOf(diagnostics)}`;
    this.lastDocumentId.set(uri, resultId);
    this.pulledSinceWorkspace.add(uri);
    if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: [...diagnostics] };
  }

  /** Answers workspace/diagnostic, giving the event loop a turn between plans; abandoned when cancelled. */
  async workspace(params: WorkspaceDiagnosticParams, token: CancellationToken, progress: WorkDoneProgressReporter): Promise<WorkspaceDiagnosticReport> {
    const { project, openVersion, unopenedFiles } = this.deps;
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    const shownInFull: string[] = [];
    const roots = [...project.roots()];
    // Reported when the client gave a work-done token: one step per plan.
    progress.begin('Planwright: checking the workspace', 0, `${roots.length} plans`, false);
    try {
      for (const [index, root] of roots.entries()) {
        // Let requests, edits and a cancellation in between plans.
        await yieldToEventLoop();
        throwIfCancelled(token);
        progress.report(Math.floor((100 * index) / roots.length), `plan ${index + 1} of ${roots.length}`);
        const analysis = project.analyze(root);
        for (const document of analysis.context.documents) {
          const uri = document.uri;
          const version = openVersion(uri) ?? null;
          // A closed file is checked as the setting says; one the client had pulled is cleared when not.
          const checked = version !== null || (await unopenedFiles(uri));
          if (!checked && !this.lastDocumentId.has(uri)) continue;
          throwIfCancelled(token);
          const diagnostics = checked ? analysis.findings.filter((f) => f.uri === uri).map(toDiagnostic) : [];
          const report = this.workspaceItem(uri, diagnostics, previous.get(uri));
          if (report.resultId.startsWith('w:') && report.kind === DocumentDiagnosticReportKind.Full) shownInFull.push(uri);
          items.push({ ...report, uri, version });
        }
      }
    } finally {
      progress.done();
    }
    for (const uri of shownInFull) this.pulledSinceWorkspace.delete(uri);
    return { items };
  }

  private workspaceItem(uri: string, diagnostics: readonly Diagnostic[], previous: string | undefined): { kind: 'full'; resultId: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string } {
    const content = this.deps.idOf(diagnostics);
    const latestPull = this.lastDocumentId.get(uri);
    const unchanged =
      (previous === `w:${content}` && !this.pulledSinceWorkspace.has(uri)) || (previous === `d:${content}` && previous === latestPull);
    if (unchanged) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: previous };
    const mayShowPulls = previous === undefined ? latestPull !== undefined : previous.startsWith('d:');
    return { kind: DocumentDiagnosticReportKind.Full, resultId: `${mayShowPulls ? 'f' : 'w'}:${content}`, items: [...diagnostics] };
  }
}
