import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Diagnostic,
  type WorkDoneProgressReporter,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { PlanProject } from '../../core/src/index';
import { throwIfCancelled } from './cancelled';
import { toDiagnostic } from './convert';
import { yieldToEventLoop } from './indexer';

export interface WorkspaceDiagnosticsDeps {
  readonly project: PlanProject;
  /** Whether an editor has the document open (its diagnostics come from textDocument/diagnostic). */
  readonly isOpen: (uri: string) => boolean;
  /** The `planwright.diagnostics.unopenedFiles` setting of the file's folder. */
  readonly unopenedFiles: (uri: string) => Promise<boolean>;
  /** The result id of a report (server/src/report-ids.ts). */
  readonly idOf: (diagnostics: readonly Diagnostic[]) => string;
}

/**
 * The workspace diagnostic report: every closed plan file, plan by plan.
 *
 * A document the client pulled through textDocument/diagnostic is reported
 * in full once it is closed, whatever result id the client sends for it.
 * The client then shows what it last pulled while the document was open
 * (VS Code drops the answer of the pull it makes on closing), and the id it
 * sends is its workspace state's, from before the document was opened: an
 * "unchanged" answer would keep an edit's diagnostics on a file that was
 * reverted and closed. Closed, it is reported in full with its findings, or
 * with none when unopened files are not checked, and stays marked until a
 * workspace report is answered after its last document pull (a report the
 * client receives while the document is still tracked as open is not shown).
 */
export class WorkspaceDiagnostics {
  /** Documents answered by textDocument/diagnostic and not since reported in full by a workspace report. */
  private readonly pulled = new Set<string>();

  constructor(private readonly deps: WorkspaceDiagnosticsDeps) {}

  /** textDocument/diagnostic was answered for the document. */
  pulledAsDocument(uri: string): void {
    this.pulled.add(uri);
  }

  /** Answers workspace/diagnostic, giving the event loop a turn between plans; abandoned when cancelled. */
  async report(params: WorkspaceDiagnosticParams, token: CancellationToken, progress: WorkDoneProgressReporter): Promise<WorkspaceDiagnosticReport> {
    const { project, isOpen, unopenedFiles, idOf } = this.deps;
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    const resent: string[] = [];
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
          if (isOpen(uri)) continue; // Open files are reported by textDocument/diagnostic.
          const checked = await unopenedFiles(uri);
          const wasPulled = this.pulled.has(uri);
          if (!checked && !wasPulled) continue;
          throwIfCancelled(token);
          const diagnostics = checked ? analysis.findings.filter((f) => f.uri === uri).map(toDiagnostic) : [];
          const resultId = idOf(diagnostics);
          if (wasPulled) resent.push(uri);
          items.push(
            !wasPulled && previous.get(uri) === resultId
              ? { kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId }
              : { kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: diagnostics },
          );
        }
      }
    } finally {
      progress.done();
    }
    for (const uri of resent) this.pulled.delete(uri);
    return { items };
  }
}
