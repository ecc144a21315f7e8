import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ListFilesRequest, ReadFileRequest, type ReadFileParams, type ReadFileResult } from '../../../server/src/protocol';

/** The names the loader reads (`*.md`, `*.yaml`, `*.yml`, in any case the file system keeps). */
const PLAN_FILES = '**/*.{md,MD,Md,yaml,YAML,Yaml,yml,YML}';
/** As the loader: dependency folders and hidden folders (.git, .vscode, …) are never searched. */
const SKIPPED = '{**/node_modules/**,**/.*/**}';

/**
 * Answers the web worker server's requests for the workspace's files, as
 * yaml-language-server and vscode-markdownlint do on the web: the worker has
 * no file system, the extension host has `vscode.workspace.fs` (vscode-vfs,
 * vscode-remote, file, …). Only files inside the workspace folders are read.
 */
export function serveWorkspaceFiles(client: BaseLanguageClient): void {
  client.onRequest(ListFilesRequest, async ({ folders }) => {
    const uris: string[] = [];
    for (const folder of folders) {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(folder), PLAN_FILES), SKIPPED);
      uris.push(...found.map((uri) => uri.toString()));
    }
    return { uris };
  });
  client.onRequest(ReadFileRequest, readFile);
}

async function readFile({ uri: text, maxBytes }: ReadFileParams): Promise<ReadFileResult> {
  const uri = vscode.Uri.parse(text);
  if (!vscode.workspace.getWorkspaceFolder(uri)) return { kind: 'error', message: 'it is outside the workspace folders, and Planwright reads nothing outside them' };
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.SymbolicLink) return { kind: 'link' };
    if (stat.type & vscode.FileType.Directory) return { kind: 'folder' };
    if (stat.size > maxBytes) return { kind: 'tooLarge', size: stat.size };
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.length > maxBytes) return { kind: 'tooLarge', size: bytes.length };
    return { kind: 'bytes', base64: toBase64(bytes) };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { kind: 'missing' };
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
