/**
 * Turning a plan file's bytes into text, with the same refusals everywhere
 * (over the size limit, binary, not UTF-8). Uses no Node built-in, so the
 * language server in a web worker decodes files exactly as the CLI does.
 */

/** Plan files larger than this are refused rather than read into memory, unless the caller sets another limit. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export type ReadResult =
  | { readonly ok: true; readonly text: string }
  /** `missing` when the file is not there at all (gone from the plan, not unreadable). */
  | { readonly ok: false; readonly reason: string; readonly missing?: true };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The text of a file's bytes (UTF-8), or why it is not plan text. */
export function decodeText(bytes: Uint8Array, maxBytes: number = MAX_FILE_BYTES): ReadResult {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'the file is binary, not text: plan files are UTF-8 Markdown or YAML' };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: 'the file is not valid UTF-8 text: save it as UTF-8' };
  }
}

/** The refusal for a file over the size limit. */
export function tooLarge(size: number, maxBytes: number): ReadResult {
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
