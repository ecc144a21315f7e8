import { fileRole, PlanProject, type AnalysisLimits, type Engine } from '../../../core/src/index';
import { decodeText, MAX_FILE_BYTES, tooLarge, type ReadResult } from '../../../host/src/loader/decode-text';
import { cannotRead, REFUSALS } from '../../../host/src/loader/refusals';
import { manifestsFirst, type PlanWorkspace } from '../plan-workspace';
import type { ReadFileParams, ReadFileResult } from '../protocol';

/** How the server reaches the workspace's files when it has no file system: requests to the client. */
export interface ClientFiles {
  list(folders: readonly string[]): Promise<readonly string[]>;
  read(params: ReadFileParams): Promise<ReadFileResult>;
}

const PLAN_FILE = /\.(md|ya?ml)$/i;

/**
 * The plan files of a server in a web worker (VS Code for the Web): listed
 * and read by the client through `vscode.workspace.fs`, then decoded and
 * refused by the same rules and with the same words as host's PlanLoader
 * (size limit, links, binary or non-UTF-8 text, nothing outside the
 * workspace folders). Open editor buffers win over what is read.
 */
export class ClientWorkspace implements PlanWorkspace {
  readonly project: PlanProject;
  private readonly open = new Set<string>();
  private folders: string[] = [];
  private maxFileBytes = MAX_FILE_BYTES;
  /** The latest read asked for each file: an older answer arriving late is dropped. */
  private readonly reads = new Map<string, number>();

  constructor(
    engine: Engine,
    private readonly files: ClientFiles,
    today: string,
    limits?: AnalysisLimits,
  ) {
    this.project = new PlanProject(engine, { today, ...(limits ? { limits } : {}) });
  }

  setOptions(options: { readonly maxFileBytes?: number }): void {
    this.maxFileBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  }

  /** Adds workspace folders and lists their plan files through the client, plan.yaml files first; the indexer reads them. */
  async addFolders(folderUris: readonly string[]): Promise<string[]> {
    this.folders = [...new Set([...this.folders, ...folderUris.map(asFolder)])];
    const listed = this.folders.length > 0 ? await this.files.list(this.folders) : [];
    return manifestsFirst(insidePlans([...new Set(listed)].filter((uri) => PLAN_FILE.test(uri) && this.inside(uri))).sort());
  }

  /** Reads one listed file through the client, unless an editor has it open (the buffer wins). */
  async readFile(uri: string): Promise<void> {
    if (!this.open.has(uri)) await this.read(uri);
  }

  openUris(): string[] {
    return [...this.open];
  }

  forgetFolder(folderUri: string): void {
    const prefix = asFolder(folderUri);
    this.folders = this.folders.filter((folder) => folder !== prefix);
    for (const uri of this.project.fileUris()) {
      if (uri.startsWith(prefix) && !this.open.has(uri)) this.project.deleteFile(uri);
    }
  }

  isPlanFile(uri: string): boolean {
    return fileRole(uri) !== 'other';
  }

  openDocument(uri: string, text: string): Promise<void> | undefined {
    this.open.add(uri);
    const read = this.changeDocument(uri, text);
    this.project.prepareEdits(uri);
    return read;
  }

  changeDocument(uri: string, text: string): Promise<void> | undefined {
    this.reads.set(uri, (this.reads.get(uri) ?? 0) + 1); // a read still under way is older than this text
    this.project.setFile(uri, text);
    return this.manifestChanged(uri);
  }

  closeDocument(uri: string): Promise<void> {
    this.open.delete(uri);
    this.project.endEdits(uri);
    return this.readStored(uri);
  }

  fileChanged(uri: string, deleted: boolean): Promise<void> | undefined {
    if (this.open.has(uri) || !this.isPlanFile(uri)) return undefined;
    if (!deleted) return this.readStored(uri);
    this.project.deleteFile(uri);
    return undefined;
  }

  private async readStored(uri: string): Promise<void> {
    if (!this.isPlanFile(uri)) return;
    if (!this.inside(uri)) {
      this.project.deleteFile(uri); // An untitled buffer, or a file outside the folders, exists only while open.
      return;
    }
    await this.read(uri);
    await this.manifestChanged(uri);
  }

  /** A plan.yaml changed: only its own plan can name new local catalogs (its manifest is read, nothing analysed). */
  private manifestChanged(uri: string): Promise<void> | undefined {
    if (fileRole(uri) !== 'manifest') return undefined;
    const root = this.project.rootOf(uri);
    return root ? this.readLocalCatalogs([root]) : undefined;
  }

  /** Local catalogs the plans name that were not listed: read when inside the workspace folders, otherwise reported as refused. */
  async readLocalCatalogs(roots: readonly string[]): Promise<void> {
    for (const root of roots) {
      for (const local of this.project.localCatalogs(root)) {
        if (local.found) continue;
        if (this.inside(local.uri)) await this.read(local.uri);
        else this.project.setUnreadable(local.uri, cannotRead(REFUSALS.outside));
      }
    }
  }

  private async read(uri: string): Promise<void> {
    const ticket = (this.reads.get(uri) ?? 0) + 1;
    this.reads.set(uri, ticket);
    let answer: ReadFileResult;
    try {
      answer = await this.files.read({ uri, maxBytes: this.maxFileBytes });
    } catch (error) {
      answer = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    if (this.reads.get(uri) !== ticket || this.open.has(uri)) return;
    if (answer.kind === 'missing') {
      this.project.deleteFile(uri);
      return;
    }
    const read = this.decode(answer);
    if (read.ok) this.project.setFile(uri, read.text);
    else this.project.setUnreadable(uri, read.reason);
  }

  private decode(answer: Exclude<ReadFileResult, { kind: 'missing' }>): ReadResult {
    switch (answer.kind) {
      case 'bytes':
        return decodeText(fromBase64(answer.base64), this.maxFileBytes);
      case 'tooLarge':
        return tooLarge(answer.size, this.maxFileBytes);
      case 'folder':
        return { ok: false, reason: cannotRead(REFUSALS.folder) };
      case 'link':
        return { ok: false, reason: cannotRead(REFUSALS.link) };
      case 'error':
        return { ok: false, reason: cannotRead(answer.message) };
    }
  }

  private inside(uri: string): boolean {
    return this.folders.some((folder) => uri.startsWith(folder));
  }
}

function asFolder(uri: string): string {
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** As the loader: the files at or below a plan.yaml, and catalogs wherever they are. */
export function insidePlans(uris: readonly string[]): string[] {
  const roots = uris.filter((uri) => uri.endsWith('/plan.yaml')).map((uri) => uri.slice(0, -'plan.yaml'.length));
  return uris.filter((uri) => uri.endsWith('.catalog.yaml') || roots.some((root) => uri.startsWith(root)));
}

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
