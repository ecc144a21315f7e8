import { readFileSync } from 'node:fs';

/** Plan files larger than this are refused rather than read into memory. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a plan file as UTF-8 text, saying plainly why when it cannot. */
export function readText(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
    return { ok: false, reason: `cannot read the file: ${reason}` };
  }
  return decodeText(bytes);
}

export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, reason: `the file is ${Math.round(bytes.length / 1024 / 1024)} MB; plan files over ${MAX_FILE_BYTES / 1024 / 1024} MB are not read` };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'the file is binary, not text: plan files are UTF-8 Markdown or YAML' };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: 'the file is not valid UTF-8 text: save it as UTF-8' };
  }
}
