import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/** Answers a request the client cancelled as cancelled. */
export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'the request was cancelled');
}
