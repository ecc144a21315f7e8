/**
 * Requests the Planwright server answers beyond LSP, declared once for the
 * server and the VS Code client. Plain JSON shapes.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { DashboardResult, LocationView } from '../../core/src/index';

export type { AreaView, CoverageItemView, CoverageStatusView, DashboardResult, LocationView, PlanCoverageView, TrajectoryView } from '../../core/src/index';

export interface DashboardParams {
  /** Limit to the plan holding this file; all plans when absent. */
  readonly uri?: string;
}

/** Every plan's coverage and trajectories: the data of the coverage tree, the status bar and the dashboard. */
export const DashboardRequest = new RequestType<DashboardParams, DashboardResult, void>('planwright/dashboard');

export interface InsertResponseParams {
  /** The commitment to answer. */
  readonly id: string;
  /** The chapter to add the response skeleton to. */
  readonly chapter: string;
}

/** The edit that adds a response skeleton to a chapter (the client applies it), or null. */
export interface InsertResponseResult {
  readonly uri: string;
  readonly range: LocationView['range'];
  readonly newText: string;
}

export const InsertResponseRequest = new RequestType<InsertResponseParams, InsertResponseResult | null, void>('planwright/insertResponse');

export interface CompareParams {
  /** The branch, tag or commit to compare the workspace's plans with. */
  readonly base: string;
}

/** The diff as Markdown, or why there is none (not a repository, unknown revision). */
export type CompareResult = { readonly markdown: string } | { readonly error: string };

export const CompareRequest = new RequestType<CompareParams, CompareResult, void>('planwright/compare');

export interface GitRefsResult {
  readonly refs: readonly { readonly name: string; readonly kind: 'branch' | 'tag' | 'remote' }[];
}

/** The workspace repository's branches and tags, for the "Compare with…" picker. */
export const GitRefsRequest = new RequestType<Record<string, never>, GitRefsResult, void>('planwright/gitRefs');

// --- workspace files read through the client (the server in a web worker has no file system) ---

export interface ListFilesParams {
  /** The workspace folders to list (URIs). */
  readonly folders: readonly string[];
}

/** Every Markdown and YAML file under the folders, skipping `node_modules` and hidden folders, as the loader does. */
export interface ListFilesResult {
  readonly uris: readonly string[];
}

export const ListFilesRequest = new RequestType<ListFilesParams, ListFilesResult, void>('planwright/listFiles');

export interface ReadFileParams {
  readonly uri: string;
  /** Larger files are not read: the answer gives their size instead. */
  readonly maxBytes: number;
}

/** A file's bytes (base64, so the server decodes them as the loader does), or why there are none. */
export type ReadFileResult =
  | { readonly kind: 'bytes'; readonly base64: string }
  | { readonly kind: 'tooLarge'; readonly size: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'folder' }
  | { readonly kind: 'link' }
  | { readonly kind: 'error'; readonly message: string };

export const ReadFileRequest = new RequestType<ReadFileParams, ReadFileResult, void>('planwright/readFile');
