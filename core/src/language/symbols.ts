import { COVERAGE_STATUS_LABELS } from '../coverage/coverage';
import { evidenceFrom } from '../coverage/evidence';
import { verdictOf } from '../coverage/verdict';
import { targetContextOf } from '../targets/assess';
import type { PlanProject } from '../project';
import type { Range } from '../text/positions';
import { documentContext } from './context';
import { occurrences } from './occurrences';
import type { CodeLens, DocumentSymbol, FoldingRange, WorkspaceSymbol } from './types';

/** The outline: chapter headings nested by level, with each block under its heading, named by commitment id. */
export function documentSymbols(project: PlanProject, uri: string): DocumentSymbol[] {
  const document = project.document(uri);
  if (!document) return [];
  const roots: DocumentSymbol[] = [];
  const stack: { level: number; symbol: DocumentSymbol }[] = [];
  type Entry = { line: number; level?: number; symbol: DocumentSymbol };
  const entries: Entry[] = [
    ...document.headings.map((h) => ({ line: h.range.start.line, level: h.level, symbol: symbol(h.text || '(untitled)', 'heading', h.range, h.range) })),
    ...document.blocks.map((b) => {
      const response = document.responses.find((r) => r.range.start.line === b.range.start.line);
      const name = response?.id ? response.id.value : b.type;
      return { line: b.range.start.line, symbol: symbol(name, 'block', b.range, response?.id?.range ?? b.typeRange, b.type) };
    }),
    ...(document.kind === 'data' ? document.responses.filter((r) => r.id).map((r) => ({ line: r.range.start.line, symbol: symbol(r.id?.value ?? '', 'response', r.range, r.id?.range ?? r.range, 'response') })) : []),
  ].sort((a, b) => a.line - b.line);
  for (const entry of entries) {
    if (entry.level !== undefined) {
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= entry.level) stack.pop();
      (stack[stack.length - 1]?.symbol.children ?? roots).push(entry.symbol);
      stack.push({ level: entry.level, symbol: entry.symbol });
    } else {
      (stack[stack.length - 1]?.symbol.children ?? roots).push(entry.symbol);
    }
  }
  return roots;
}

function symbol(name: string, kind: DocumentSymbol['kind'], range: Range, selectionRange: Range, detail?: string): DocumentSymbol {
  return { name, kind, range, selectionRange, children: [], ...(detail ? { detail } : {}) };
}

/** Commitments of every plan's catalogs and every response, filtered by a case-insensitive query. */
export function workspaceSymbols(project: PlanProject, query: string): WorkspaceSymbol[] {
  const q = query.toLowerCase();
  const matches = (text: string) => q === '' || text.toLowerCase().includes(q);
  const found: WorkspaceSymbol[] = [];
  const seen = new Set<string>();
  for (const analysis of project.analyzeAll()) {
    for (const commitment of analysis.context.catalogs.commitments()) {
      if (seen.has(commitment.id) || !(matches(commitment.id) || matches(commitment.title))) continue;
      seen.add(commitment.id);
      found.push({ name: commitment.id, kind: 'commitment', containerName: commitment.title, location: { uri: commitment.uri, range: commitment.idRange } });
    }
    for (const response of analysis.context.responses) {
      if (!response.id || !matches(response.id.value)) continue;
      found.push({ name: response.id.value, kind: 'response', containerName: analysis.context.manifest?.title?.value ?? analysis.root, location: { uri: response.uri, range: response.id.range } });
    }
  }
  return found;
}

/**
 * Above each response: its coverage status and why, in the words of every
 * other report ("met: meets 85% by 2023/24", "answered: no measurable
 * national target"). In a catalog: how many responses each entry has.
 */
export function codeLenses(project: PlanProject, uri: string): CodeLens[] {
  const context = documentContext(project, uri);
  if (!context) return catalogLenses(project, uri);
  const plan = context.analysis.context;
  const evidence = evidenceFrom(plan, context.analysis.findings);
  return context.document.responses.flatMap((response) => {
    const commitment = response.id ? plan.catalogs.commitment(response.id.value) : undefined;
    if (!commitment) return [];
    if (response.status?.value === 'not-applicable') {
      const title = response.reason ? `${COVERAGE_STATUS_LABELS['not-applicable']}: ${response.reason.value}` : `${COVERAGE_STATUS_LABELS.missing}: marked not-applicable without a reason`;
      return [{ range: response.range, title }];
    }
    const verdict = verdictOf(response, commitment, targetContextOf(plan), evidence);
    return [{ range: response.range, title: `${COVERAGE_STATUS_LABELS[verdict.status]}: ${verdict.reason}` }];
  });
}

function catalogLenses(project: PlanProject, uri: string): CodeLens[] {
  const analyses = project.analyzeAll();
  for (const catalog of project.engine.builtinCatalogs.values()) {
    if (catalog.uri !== uri) continue;
    return catalog.commitments.map((commitment) => {
      const locations = analyses.flatMap((a) => a.context.documents.flatMap((d) => occurrences(d).filter((o) => o.kind === 'commitment' && o.value === commitment.id).map((o) => ({ uri: d.uri, range: o.range }))));
      const responses = analyses.reduce((n, a) => n + (a.context.responsesById.get(commitment.id)?.length ?? 0), 0);
      return { range: commitment.idRange, title: `${responses} response${responses === 1 ? '' : 's'}`, locations };
    });
  }
  return [];
}

/** Folding for fenced blocks and front matter. */
export function foldingRanges(project: PlanProject, uri: string): FoldingRange[] {
  const document = project.document(uri);
  if (!document) return [];
  return document.blocks.filter((b) => b.range.end.line > b.range.start.line).map((b) => ({ startLine: b.range.start.line, endLine: b.range.end.line }));
}
