import { readFileSync, statSync } from 'node:fs';

/** Plan files larger than this are refused rather than read into memory, unless the caller sets another limit. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export type ReadResult =
  | { readonly ok: true; readonly text: string }
  /** `missing` when the file is not there at all (gone from the plan, not unreadable). */
  | { readonly ok: false; readonly reason: string; readonly missing?: true };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a plan file as UTF-8 text, saying plainly why when it cannot. The size is checked before anything is read. */
export function readText(path: string, maxBytes: number = MAX_FILE_BYTES): ReadResult {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, reason: 'cannot read the file: it is a folder, not a file' };
    if (!stat.isFile()) return { ok: false, reason: 'cannot read the file: it is not a regular file (a device, socket or pipe)' };
    if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'cannot read the file: the file does not exist', missing: true };
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'ELOOP' ? 'too many symbolic links' : (error as Error).message;
    return { ok: false, reason: `cannot read the file: ${reason}` };
  }
  return decodeText(bytes, maxBytes);
}

export function decodeText(bytes: Uint8Array, maxBytes: number = MAX_FILE_BYTES): ReadResult {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'the file is binary, not text: plan files are UTF-8 Markdown or YAML' };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: 'the file is not valid UTF-8 text: save it as UTF-8' };
  }
}

function tooLarge(size: number, maxBytes: number): ReadResult {
  return { ok: false, reason: `the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for a plan file, so it is not read (the limit is set by \`--max-file-size\` or the \`planwright.files.maxFileSize\` setting)` };
}

/** A size for messages: "40 MB", "32.1 MB", "700 KB", "12 bytes" (whole units only when exact). */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [[1024 * 1024, 'MB'], [1024, 'KB']];
  for (const [size, name] of units) {
    if (bytes >= size) return `${bytes % size === 0 ? bytes / size : (bytes / size).toFixed(1)} ${name}`;
  }
  return `${bytes} bytes`;
}
