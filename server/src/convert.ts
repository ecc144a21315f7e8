import {
  CompletionItemKind,
  DiagnosticSeverity,
  SymbolKind,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol as LspDocumentSymbol,
  type TextEdit,
} from 'vscode-languageserver';
import { ruleDocsUrl, type Completion, type DocumentSymbol, type Finding, type Severity } from '../../core/src/index';
import type { FileEdit } from '../../core/src/language/types';

/** The kind of the one action applying every preferred fix of a file. */
export const FIX_ALL = 'source.fixAll.planwright';

/** Edits across files as a workspace edit's `changes`, grouped by file. */
export function toChanges(edits: readonly FileEdit[]): Record<string, TextEdit[]> {
  const changes: Record<string, TextEdit[]> = {};
  for (const edit of edits) (changes[edit.uri] ??= []).push({ range: edit.range, newText: edit.newText });
  return changes;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding): Diagnostic {
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: 'planwright',
    message: finding.message,
    data: { ruleId: finding.ruleId, ...finding.data },
    ...(finding.related ? { relatedInformation: finding.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message })) } : {}),
  };
}

/** Back from a diagnostic the client sends with a code action request to the finding it came from. */
export function toFinding(uri: string, diagnostic: Diagnostic): Finding | undefined {
  const data = diagnostic.data as ({ ruleId?: string } & Finding['data']) | undefined;
  const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : data?.ruleId;
  if (diagnostic.source !== 'planwright' || !ruleId) return undefined;
  const severity = (Object.keys(SEVERITY) as Severity[]).find((s) => SEVERITY[s] === diagnostic.severity) ?? 'warning';
  return { ruleId, severity, message: diagnostic.message, uri, range: diagnostic.range, ...(data ? { data } : {}) };
}

const COMPLETION_KIND: Record<Completion['kind'], CompletionItemKind> = {
  commitment: CompletionItemKind.Reference,
  'block-type': CompletionItemKind.Keyword,
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  organisation: CompletionItemKind.Module,
  year: CompletionItemKind.Constant,
  rule: CompletionItemKind.Keyword,
  framework: CompletionItemKind.Module,
  area: CompletionItemKind.Folder,
};

/**
 * An LSP completion item. A commitment item without its documentation carries, as `data`, what
 * `completionItem/resolve` needs to give it: the file and the commitment's id.
 */
export function toCompletionItem(completion: Completion, uri: string): CompletionItem {
  return {
    label: completion.label,
    kind: COMPLETION_KIND[completion.kind],
    ...(completion.detail ? { detail: completion.detail } : {}),
    ...(completion.documentation ? { documentation: { kind: 'markdown', value: completion.documentation } } : {}),
    ...(completion.commitment !== undefined && completion.documentation === undefined ? { data: { uri, commitment: completion.commitment } } : {}),
    textEdit: { range: completion.range, newText: completion.insertText },
    filterText: completion.label,
    ...(completion.sortText ? { sortText: completion.sortText } : {}),
  };
}

const SYMBOL_KIND: Record<DocumentSymbol['kind'], SymbolKind> = {
  chapter: SymbolKind.File,
  heading: SymbolKind.String,
  block: SymbolKind.Object,
  response: SymbolKind.Object,
  organisation: SymbolKind.Module,
};

export function toDocumentSymbol(symbol: DocumentSymbol): LspDocumentSymbol {
  return {
    name: symbol.name,
    kind: SYMBOL_KIND[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    ...(symbol.detail ? { detail: symbol.detail } : {}),
    children: symbol.children.map(toDocumentSymbol),
  };
}
