import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fileRole, PlanProject, type AnalysisLimits, type Engine } from '../../core/src/index';
import { PlanLoader, reportDate, type LoadOptions } from '../../host/src/index';
import { manifestsFirst, type PlanWorkspace } from './plan-workspace';

/**
 * The plan files the server knows: everything under the workspace folders,
 * read by host's PlanLoader exactly as the command line reads them (same
 * files, same refusals, same limits), with open editor buffers taking
 * precedence over the disk.
 */
export class ServerWorkspace implements PlanWorkspace {
  readonly project: PlanProject;
  private readonly open = new Set<string>();
  private folders: string[] = [];
  private loader: PlanLoader;

  constructor(engine: Engine, limits?: AnalysisLimits, private options: LoadOptions = {}) {
    this.project = new PlanProject(engine, { today: reportDate(), ...(limits ? { limits } : {}) });
    this.loader = new PlanLoader([], options);
  }

  /** Changes the size limit (a setting); files already read are read again by the next load. */
  setOptions(options: LoadOptions): void {
    this.options = options;
    this.loader = new PlanLoader(this.folders, options);
  }

  /**
   * Adds workspace folders and lists the plan files under every folder (plan.yaml
   * files first, so exclusions and plan roots are known before the rest). The
   * indexer reads them with `readFile`, in slices (server/src/indexer.ts).
   */
  addFolders(folderUris: readonly string[]): string[] {
    const added = folderUris.filter((uri) => uri.startsWith('file:')).map(folderPath);
    this.folders = [...new Set([...this.folders, ...added])];
    this.loader = new PlanLoader(this.folders, this.options);
    return manifestsFirst(this.loader.list(this.project).map((path) => pathToFileURL(path).href));
  }

  /** Reads one listed file from disk, unless an editor has it open (the buffer wins). */
  readFile(uri: string): void {
    if (!this.open.has(uri)) this.loader.read(this.project, fileURLToPath(uri));
  }

  /** Reads the local catalogs the given plans name that were not among the listed files. */
  readLocalCatalogs(roots: readonly string[]): void {
    this.loader.readLocalCatalogs(this.project, roots);
  }

  /** Whether an editor has the file open. */
  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  openUris(): string[] {
    return [...this.open];
  }

  /** A workspace folder was closed: its files (other than open editors) are no longer part of the workspace, nor is anything read from it. */
  forgetFolder(folderUri: string): void {
    const prefix = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
    if (folderUri.startsWith('file:')) {
      const path = folderPath(folderUri);
      this.folders = this.folders.filter((folder) => folder !== path);
      this.loader = new PlanLoader(this.folders, this.options);
    }
    for (const uri of this.project.fileUris()) {
      if (uri.startsWith(prefix) && !this.open.has(uri)) this.project.deleteFile(uri);
    }
  }

  isPlanFile(uri: string): boolean {
    return fileRole(uri) !== 'other';
  }

  openDocument(uri: string, text: string): void {
    this.open.add(uri);
    this.changeDocument(uri, text);
    this.project.prepareEdits(uri);
  }

  changeDocument(uri: string, text: string): void {
    this.project.setFile(uri, text);
    this.manifestChanged(uri);
  }

  /** A closed buffer may have been discarded: the disk is the truth again. */
  closeDocument(uri: string): void {
    this.open.delete(uri);
    this.project.endEdits(uri);
    this.readFromDisk(uri);
  }

  /** A watched file changed on disk (ignored while the editor has it open). */
  fileChanged(uri: string, deleted: boolean): void {
    if (this.open.has(uri) || !this.isPlanFile(uri)) return;
    if (deleted) this.project.deleteFile(uri);
    else this.readFromDisk(uri);
  }

  private readFromDisk(uri: string): void {
    if (!this.isPlanFile(uri)) return;
    if (!uri.startsWith('file:')) {
      this.project.deleteFile(uri); // An untitled or virtual buffer exists only while open.
      return;
    }
    this.loader.read(this.project, fileURLToPath(uri));
    this.manifestChanged(uri);
  }

  /** A plan.yaml changed: only its own plan can name new local catalogs (its manifest is read, nothing analysed). */
  private manifestChanged(uri: string): void {
    if (fileRole(uri) !== 'manifest') return;
    const root = this.project.rootOf(uri);
    if (root) this.loader.readLocalCatalogs(this.project, [root]);
  }
}

/** A folder's path without a trailing separator, so a folder added as `…/plans/` and removed as `…/plans` is the same folder. */
function folderPath(uri: string): string {
  return resolve(fileURLToPath(uri));
}
