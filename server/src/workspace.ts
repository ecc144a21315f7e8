import { fileURLToPath, pathToFileURL } from 'node:url';
import { fileRole, PlanProject, type Engine } from '../../core/src/index';
import { insidePlans, listPlanFiles, readText, reportDate } from '../../host/src/index';

/** Where the server's file contents come from, so tests can stand in for the disk. */
export interface FileSource {
  list(folderPath: string): string[];
  read(path: string): { ok: true; text: string } | { ok: false; reason: string };
}

export const diskFiles: FileSource = { list: listPlanFiles, read: readText };

/**
 * The plan files the server knows: everything under the workspace folders,
 * read from disk, with open editor buffers taking precedence over the disk.
 */
export class ServerWorkspace {
  readonly project: PlanProject;
  private readonly open = new Set<string>();

  constructor(engine: Engine, private readonly files: FileSource = diskFiles) {
    this.project = new PlanProject(engine, { today: reportDate() });
  }

  /** Reads every plan file under the folders (files outside any plan are not read), yielding between batches so requests are still served. */
  async loadFolders(folderUris: readonly string[], isCancelled: () => boolean = () => false): Promise<number> {
    let count = 0;
    for (const folder of folderUris) {
      if (!folder.startsWith('file:')) continue;
      for (const path of insidePlans(this.files.list(fileURLToPath(folder)))) {
        if (isCancelled()) return count;
        const uri = pathToFileURL(path).href;
        if (!this.open.has(uri)) this.readFromDisk(uri);
        if (++count % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    }
    return count;
  }

  /** A workspace folder was closed: its files (other than open editors) are no longer part of the workspace. */
  forgetFolder(folderUri: string): void {
    const prefix = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
    for (const uri of this.project.fileUris()) {
      if (uri.startsWith(prefix) && !this.open.has(uri)) this.project.deleteFile(uri);
    }
  }

  isPlanFile(uri: string): boolean {
    return fileRole(uri) !== 'other';
  }

  openDocument(uri: string, text: string): void {
    this.open.add(uri);
    this.project.setFile(uri, text);
  }

  changeDocument(uri: string, text: string): void {
    this.project.setFile(uri, text);
  }

  /** A closed buffer may have been discarded: the disk is the truth again. */
  closeDocument(uri: string): void {
    this.open.delete(uri);
    this.readFromDisk(uri);
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  /** A watched file changed on disk (ignored while the editor has it open). */
  fileChanged(uri: string, deleted: boolean): void {
    if (this.open.has(uri) || !this.isPlanFile(uri)) return;
    if (deleted) this.project.deleteFile(uri);
    else this.readFromDisk(uri);
  }

  private readFromDisk(uri: string): void {
    if (!uri.startsWith('file:') || !this.isPlanFile(uri)) return;
    const read = this.files.read(fileURLToPath(uri));
    if (read.ok) this.project.setFile(uri, read.text);
    else if (/does not exist/.test(read.reason)) this.project.deleteFile(uri);
    else this.project.setUnreadable(uri, read.reason);
  }
}
