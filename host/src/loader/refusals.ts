/**
 * Why a file is not read, worded once for every reader: the loader on disk
 * and the language server in a web worker, which reads through the editor.
 * No Node built-ins here.
 */
export const REFUSALS = {
  outside: 'it is outside the folders being checked, and Planwright reads nothing outside them (check a folder that holds both the plan and this file)',
  link: 'it is a symbolic link, and Planwright does not follow links (they could lead outside the folders being checked): replace the link with the file itself',
  linkedFolder: 'it is reached through a linked folder that leads outside the folders being checked, and Planwright does not follow links',
  folder: 'it is a folder, not a file',
  notRegular: 'it is not a regular file (a device, socket or pipe)',
  missing: 'the file does not exist',
} as const;

/** The reason recorded for an unreadable file. */
export function cannotRead(reason: string): string {
  return `cannot read the file: ${reason}`;
}
