import type { CompletionItem, Connection, InitializeParams, ServerCapabilities } from 'vscode-languageserver';
import { language, type PlanProject } from '../../core/src/index';
import { toCompletionItem } from './convert';
import type { Guard } from './editor-features';
import { isRecord } from './is-record';

/** The characters after which a client asks for completion without being asked to. */
const TRIGGER_CHARACTERS = ['[', ' ', ':', '`', ',', '-'];

/**
 * Completion. A client that can resolve an item's documentation later
 * (`completionItem.resolveSupport` naming `documentation`, as VS Code does)
 * gets commitment items without it, and asks `completionItem/resolve` for
 * the one it shows: a catalog's worth of commitment documentation took ~6 ms
 * on every request. Other clients get the documentation with the items.
 */
export function registerCompletion(connection: Connection, deps: { readonly project: PlanProject; readonly guard: Guard }) {
  const { project, guard } = deps;
  let documentationLater = false;

  connection.onCompletion(
    guard('completion', [], (params) =>
      language.completions(project, params.textDocument.uri, params.position, { documentationLater }).map((completion) => toCompletionItem(completion, params.textDocument.uri)),
    ),
  );
  // An item the server cannot resolve (another server's, a changed plan's) is given back as it came.
  connection.onCompletionResolve((item, token) => guard('completionItem/resolve', item, resolve)(item, token));

  function resolve(item: CompletionItem): CompletionItem {
    const data: unknown = item.data;
    if (!isRecord(data) || typeof data['uri'] !== 'string' || typeof data['commitment'] !== 'string') return item;
    const documentation = language.completionDocumentation(project, data['uri'], data['commitment']);
    return documentation === undefined ? item : { ...item, documentation: { kind: 'markdown', value: documentation } };
  }

  return {
    /** Reads whether the client resolves documentation later, and gives the completion capability. */
    initialize(params: InitializeParams): ServerCapabilities {
      documentationLater = params.capabilities.textDocument?.completion?.completionItem?.resolveSupport?.properties.includes('documentation') ?? false;
      return { completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: true } };
    },
  };
}
