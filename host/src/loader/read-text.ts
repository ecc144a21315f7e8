import { readFileSync, statSync } from 'node:fs';
import { decodeText, MAX_FILE_BYTES, tooLarge, type ReadResult } from './decode-text';
import { cannotRead, REFUSALS } from './refusals';

export { decodeText, formatBytes, MAX_FILE_BYTES, type ReadResult } from './decode-text';

/** Reads a plan file as UTF-8 text, saying plainly why when it cannot. The size is checked before anything is read. */
export function readText(path: string, maxBytes: number = MAX_FILE_BYTES): ReadResult {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, reason: cannotRead(REFUSALS.folder) };
    if (!stat.isFile()) return { ok: false, reason: cannotRead(REFUSALS.notRegular) };
    if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: cannotRead(REFUSALS.missing), missing: true };
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? REFUSALS.folder : code === 'ELOOP' ? 'too many symbolic links' : (error as Error).message;
    return { ok: false, reason: cannotRead(reason) };
  }
  return decodeText(bytes, maxBytes);
}
