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
import { diagnosticsOf } from './diagnostics';
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
 * closed. Ids say where they come from, and workspace ids how many
 * document pulls of the file had been answered when they were given (`n`):
 *
 * - `d:` a document pull's. The client sends it while the tab is open, and
 *   shows that pull's content.
 * - `u:…:n` a workspace report's "unchanged" to a client that sent the
 *   latest document pull's id, for the same content: it showed that content.
 * - `w:…:n` a workspace report's in full to a client that sent no `d:` id:
 *   it was not showing document pulls, so it shows the report.
 * - `f:` a workspace report's in full to a client that sent a `d:` id (or
 *   none, for a file it pulled): it may not show it. Never matched, so the
 *   report is sent again until the client sends back a workspace id.
 *
 * A `w:` or `u:` id stands (the report is "unchanged") only for the same
 * content and while no document pull has been answered since it was given:
 * the answer of a later pull may have been shown, or dropped.
 *
 * Open documents are in workspace reports too (with their version), as the
 * server cannot see whether their tab is still open.
 */
export class PullDiagnostics {
  /** The id of the latest document pull answered, by document. */
  private readonly lastDocumentId = new Map<string, string>();
  /** How many document pulls have been answered, by document. */
  private readonly documentPulls = new Map<string, number>();

  constructor(private readonly deps: PullDiagnosticsDeps) {}

  /** Answers textDocument/diagnostic with the document's findings. */
  document(uri: string, diagnostics: readonly Diagnostic[], previousResultId: string | undefined): DocumentDiagnosticReport {
    const resultId = `d:${this.deps.idOf(diagnostics)}`;
    this.lastDocumentId.set(uri, resultId);
    this.documentPulls.set(uri, (this.documentPulls.get(uri) ?? 0) + 1);
    if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: [...diagnostics] };
  }

  /** Answers workspace/diagnostic, giving the event loop a turn between plans; abandoned when cancelled. */
  async workspace(params: WorkspaceDiagnosticParams, token: CancellationToken, progress: WorkDoneProgressReporter): Promise<WorkspaceDiagnosticReport> {
    const { project, openVersion, unopenedFiles } = this.deps;
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
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
          if (!checked && !this.documentPulls.has(uri)) continue;
          throwIfCancelled(token);
          const diagnostics = checked ? diagnosticsOf(analysis, uri) : [];
          items.push({ ...this.workspaceItem(uri, diagnostics, previous.get(uri)), uri, version });
        }
      }
    } finally {
      progress.done();
    }
    return { items };
  }

  private workspaceItem(uri: string, diagnostics: readonly Diagnostic[], previous: string | undefined): { kind: 'full'; resultId: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string } {
    const content = this.deps.idOf(diagnostics);
    const pulls = this.documentPulls.get(uri) ?? 0;
    if (previous === `w:${content}:${pulls}` || previous === `u:${content}:${pulls}`) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: previous };
    if (previous === `d:${content}` && previous === this.lastDocumentId.get(uri)) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: `u:${content}:${pulls}` };
    const mayShowPulls = previous === undefined ? pulls > 0 : previous.startsWith('d:');
    return { kind: DocumentDiagnosticReportKind.Full, resultId: mayShowPulls ? `f:${content}` : `w:${content}:${pulls}`, items: [...diagnostics] };
  }
}
