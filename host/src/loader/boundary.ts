import { lstatSync, realpathSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { REFUSALS } from './refusals';

/**
 * The folders a check may read from: the folders given on the command line
 * (and the plan each sits in), or the editor's workspace folders. A file is
 * read only when it lies inside one of them both as written and as the disk
 * resolves it, and is not itself a symbolic link, so neither `..` nor a link
 * can lead a check to a file elsewhere.
 */
export class Boundary {
  private readonly folders: readonly string[];
  private readonly realFolders: readonly string[];

  constructor(folders: readonly string[]) {
    this.folders = folders.map((folder) => withSep(resolve(folder)));
    this.realFolders = folders.map((folder) => withSep(realOrResolved(folder)));
  }

  /** Whether the path, as written (after resolving `..`), lies inside a checked folder. */
  contains(path: string): boolean {
    const absolute = resolve(path);
    return this.folders.some((folder) => absolute.startsWith(folder));
  }

  /** Why the file must not be read, or undefined when it may be. */
  refusal(path: string): string | undefined {
    if (!this.contains(path)) return REFUSALS.outside;
    let isLink: boolean;
    try {
      isLink = lstatSync(path).isSymbolicLink();
    } catch {
      return undefined; // Missing: reading it says so.
    }
    if (isLink) return REFUSALS.link;
    const folder = realOrResolved(dirname(resolve(path)));
    if (!this.realFolders.some((real) => withSep(folder).startsWith(real))) {
      return REFUSALS.linkedFolder;
    }
    return undefined;
  }
}

function withSep(folder: string): string {
  return folder.endsWith(sep) ? folder : `${folder}${sep}`;
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
