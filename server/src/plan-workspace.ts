import { fileRole, type PlanProject } from '../../core/src/index';
import type { CompareResult, GitRefsResult } from './protocol';

/**
 * The plan files the server knows, however they are read: from the disk by
 * host's PlanLoader (server/src/workspace.ts) or through the client's
 * `vscode.workspace.fs` in a web worker (server/src/web/client-workspace.ts).
 * Open editor buffers always win over what is read. A method may answer
 * later (a read through the client): the indexer and the server wait for it
 * before they report.
 */
export interface PlanWorkspace {
  readonly project: PlanProject;
  /** Changes the size limit (a setting); files already read are read again by the next index. */
  setOptions(options: { readonly maxFileBytes?: number }): void;
  /**
   * Adds workspace folders and lists the plan files (URIs) under every folder,
   * plan.yaml files first, so exclusions and plan roots are known before the
   * rest. The indexer (server/src/indexer.ts) reads them with `readFile`.
   */
  addFolders(folderUris: readonly string[]): readonly string[] | Promise<readonly string[]>;
  /** Reads one listed file, unless an editor has it open (the buffer wins). */
  readFile(uri: string): void | Promise<void>;
  /** Reads the local catalogs the given plans name that were not among the listed files. */
  readLocalCatalogs(roots: readonly string[]): void | Promise<void>;
  /** The documents an editor has open. */
  openUris(): string[];
  /** A workspace folder was closed: its files (other than open editors) leave the workspace. */
  forgetFolder(folderUri: string): void;
  isPlanFile(uri: string): boolean;
  openDocument(uri: string, text: string): void | Promise<void>;
  changeDocument(uri: string, text: string): void | Promise<void>;
  /** A closed buffer may have been discarded: the stored file is the truth again. */
  closeDocument(uri: string): void | Promise<void>;
  /** A watched file changed (ignored while the editor has it open). */
  fileChanged(uri: string, deleted: boolean): void | Promise<void>;
}

/** Comparing the plans with a git revision: only where git and the disk are at hand. */
export interface Revisions {
  compare(project: PlanProject, folders: readonly string[], base: string): CompareResult;
  refs(folders: readonly string[]): GitRefsResult;
}

/** What a server without git says when asked to compare (VS Code for the Web). */
export const NO_REVISIONS = {
  error: 'comparing with a git revision needs git and the files on disk, which VS Code for the Web does not have: use VS Code on the desktop, or `planwright diff` on the command line',
} as const satisfies CompareResult;

/** The order the indexer reads listed files in: every plan.yaml first, so plan roots and exclusions are known before the rest. */
export function manifestsFirst(uris: readonly string[]): string[] {
  const isManifest = (uri: string): boolean => fileRole(uri) === 'manifest';
  return [...uris.filter(isManifest), ...uris.filter((uri) => !isManifest(uri))];
}
