import type { Diagnostic } from 'vscode-languageserver';
import type { PlanAnalysis } from '../../core/src/index';
import { remember } from '../../core/src/cache/remember';
import { toDiagnostic } from './convert';

const NONE: readonly Diagnostic[] = [];
/** Converted diagnostics by analysis: an analysis is cached per plan until one of its files changes. */
const converted = new WeakMap<PlanAnalysis, ReadonlyMap<string, readonly Diagnostic[]>>();

/**
 * A plan analysis's findings as LSP diagnostics, by file, in the findings'
 * order. Converted once per analysis: after an edit, every plan but the
 * edited one is answered from the same arrays (a workspace pull or a push
 * round then costs nothing for them, and their result ids are found at once,
 * the arrays being the very ones given before).
 */
export function diagnosticsByUri(analysis: PlanAnalysis): ReadonlyMap<string, readonly Diagnostic[]> {
  return remember(converted, analysis, () => {
    const byUri = new Map<string, Diagnostic[]>();
    for (const finding of analysis.findings) {
      const list = byUri.get(finding.uri);
      if (list) list.push(toDiagnostic(finding));
      else byUri.set(finding.uri, [toDiagnostic(finding)]);
    }
    return byUri;
  });
}

/** One file's diagnostics in a plan analysis (none when it has no findings). */
export function diagnosticsOf(analysis: PlanAnalysis, uri: string): readonly Diagnostic[] {
  return diagnosticsByUri(analysis).get(uri) ?? NONE;
}
