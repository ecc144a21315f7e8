import type { Position, Range } from '../text/positions';

/** Plain shapes of the editor features, structurally compatible with LSP; the server converts the enums. */
export interface Location {
  readonly uri: string;
  readonly range: Range;
}

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface FileEdit extends TextEdit {
  readonly uri: string;
}

export type CompletionKind = 'commitment' | 'block-type' | 'key' | 'value' | 'organisation' | 'year' | 'rule' | 'framework' | 'area';

export interface Completion {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  /** Markdown. Left out, with `commitment` set, when the documentation is asked for later (`CompletionOptions`). */
  readonly documentation?: string;
  /** The text to insert, replacing `range`. */
  readonly insertText: string;
  readonly range: Range;
  readonly sortText?: string;
  /** The catalog commitment a commitment item names, whose documentation `completionDocumentation` gives. */
  readonly commitment?: string;
}

export interface CompletionOptions {
  /**
   * Leave out the commitments' documentation (a few kilobytes of Markdown each, ~6 ms for a catalog's
   * worth): the client asks for it item by item (LSP `completionItem/resolve`).
   */
  readonly documentationLater?: boolean;
}

export interface Hover {
  readonly markdown: string;
  readonly range: Range;
}

export interface CodeAction {
  readonly title: string;
  readonly edits: readonly FileEdit[];
  readonly isPreferred?: boolean;
}

export interface DocumentSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: 'chapter' | 'heading' | 'block' | 'response' | 'organisation';
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children: DocumentSymbol[];
}

export interface WorkspaceSymbol {
  readonly name: string;
  readonly kind: 'commitment' | 'response';
  readonly containerName?: string;
  readonly location: Location;
}

export interface CodeLens {
  readonly range: Range;
  readonly title: string;
  /** Locations to show when the lens is clicked (e.g. the responses to a catalog entry). */
  readonly locations?: readonly Location[];
}

export interface FoldingRange {
  readonly startLine: number;
  readonly endLine: number;
}

/** A short note shown after a value (an LSP inlay hint). */
export interface InlayHint {
  readonly position: Position;
  readonly label: string;
  /** Markdown. */
  readonly tooltip?: string;
}

/** A range that opens a URL (an LSP document link). */
export interface DocumentLink {
  readonly range: Range;
  readonly target: string;
  readonly tooltip?: string;
}

/** Where a rename can start: the id's range and its current text; or why it cannot. */
export type PrepareRenameResult = { readonly range: Range; readonly placeholder: string } | { readonly error: string };

/** The edits of a rename across the plan's files; or why it is refused. */
export type RenameResult = { readonly edits: readonly FileEdit[] } | { readonly error: string };
