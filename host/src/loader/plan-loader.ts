import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PlanProject } from '../../../core/src/index';
import { Boundary } from './boundary';
import { insidePlans, listPlanFiles } from './discover';
import { MAX_FILE_BYTES, readText } from './read-text';
import { cannotRead } from './refusals';

export interface LoadOptions {
  /** Files larger than this many bytes are not read (each gives one unreadable-file finding). Default 32 MB. */
  readonly maxFileBytes?: number;
  /**
   * Files the plans exclude (absolute paths): never read, as if absent. Asked
   * after every plan.yaml is read, with the project, so a plan's own
   * exclusion globs can decide.
   */
  readonly exclude?: (path: string, project: PlanProject | undefined) => boolean;
}

/**
 * The one way plan files get from the disk into a project, for the command
 * line and the language server alike: which files belong to the checked
 * folders, what is refused (links, anything outside the folders, files over
 * the size limit) and how an unreadable file is recorded.
 */
export class PlanLoader {
  readonly boundary: Boundary;
  private readonly maxFileBytes: number;

  constructor(readonly folders: readonly string[], private readonly options: LoadOptions = {}) {
    this.boundary = new Boundary(folders);
    this.maxFileBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  }

  /** The plan files under the checked folders: those at or below a plan.yaml, and catalogs wherever they are (sorted, no duplicates). */
  list(project?: PlanProject): string[] {
    const all = new Set<string>();
    for (const folder of this.folders) for (const file of listPlanFiles(folder)) all.add(file);
    return insidePlans([...all].sort()).filter((file) => !this.excluded(file, project));
  }

  /** Reads the files into the project, every plan.yaml first (so exclusions can be asked of the plans); returns how many were read. */
  readAll(project: PlanProject, files: readonly string[], onFile?: (count: number) => void): number {
    const manifests = files.filter((file) => basename(file) === 'plan.yaml');
    const others = files.filter((file) => basename(file) !== 'plan.yaml');
    let count = 0;
    for (const file of [...manifests, ...others]) {
      this.read(project, file);
      count++;
      onFile?.(count);
    }
    return count;
  }

  /**
   * Brings one file's entry in the project up to date with the disk: its
   * text; or why it cannot be read; or no entry when it is gone, excluded or
   * outside the checked folders.
   */
  read(project: PlanProject, path: string): void {
    const uri = pathToFileURL(path).href;
    if (!this.boundary.contains(path) || this.excluded(path, project)) {
      project.deleteFile(uri);
      return;
    }
    this.readInside(project, path, uri);
  }

  /**
   * Local catalogs the plans name that are not among the files read (a
   * `../region.catalog.yaml` beside the plan folder): read when inside the
   * checked folders; otherwise recorded as unreadable, saying why, so the
   * plan's `local-catalog` finding can tell the author. Only the manifests
   * of `roots` (every plan by default) are read for this, nothing analysed.
   */
  readLocalCatalogs(project: PlanProject, roots: readonly string[] = project.roots()): void {
    for (const root of roots) {
      for (const local of project.localCatalogs(root)) {
        if (local.found || !local.uri.startsWith('file:')) continue;
        const path = fileURLToPath(local.uri);
        if (this.excluded(path, project)) continue;
        this.readInside(project, path, local.uri);
      }
    }
  }

  private readInside(project: PlanProject, path: string, uri: string): void {
    const refusal = this.boundary.refusal(path);
    if (refusal) {
      project.setUnreadable(uri, cannotRead(refusal));
      return;
    }
    const read = readText(path, this.maxFileBytes);
    if (read.ok) project.setFile(uri, read.text);
    else if (read.missing) project.deleteFile(uri);
    else project.setUnreadable(uri, read.reason);
  }

  private excluded(path: string, project: PlanProject | undefined): boolean {
    return this.options.exclude?.(path, project) ?? false;
  }
}
