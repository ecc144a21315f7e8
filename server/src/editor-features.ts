import {
  LSPErrorCodes,
  ResponseError,
  ErrorCodes,
  MessageType,
  ShowMessageNotification,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { language, type Location, type PlanProject } from '../../core/src/index';
import { toChanges } from './convert';
import { isRecord } from './is-record';
import type { Settings } from './settings';

/** Runs a handler with the server's error handling (see `guard` in server.ts). */
export type Guard = <P, R>(name: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>) => (params: P, token: CancellationToken) => Promise<R>;

export interface EditorFeatureDeps {
  readonly project: PlanProject;
  readonly guard: Guard;
  readonly settingsFor: (uri: string) => Promise<Settings>;
}

/** The command a code lens runs in the VS Code extension, which registers it (client/src/extension.ts). */
export const CLIENT_SHOW_REFERENCES = 'planwright.showReferences';
/** The same, run by the server for any other client through workspace/executeCommand. */
export const SHOW_LOCATIONS = 'planwright.showLocations';

/**
 * The editor features every LSP client gets beyond the basics: inlay hints,
 * document links, rename, and code lenses whose command any client can run.
 * Each handler looks the document up, calls the core and converts.
 */
export function registerEditorFeatures(connection: Connection, deps: EditorFeatureDeps) {
  const { project, guard, settingsFor } = deps;
  let clientRunsShowReferences = false;
  let showDocumentSupport = false;
  let inlayHintRefresh = false;

  connection.languages.inlayHint.on(
    guard('inlayHint', [], async (params) => {
      if (!(await settingsFor(params.textDocument.uri)).inlayHints) return [];
      return language.inlayHints(project, params.textDocument.uri, params.range).map((hint) => ({
        position: hint.position,
        label: hint.label,
        paddingLeft: true,
        ...(hint.tooltip ? { tooltip: { kind: 'markdown' as const, value: hint.tooltip } } : {}),
      }));
    }),
  );

  connection.onDocumentLinks(guard('documentLink', [], (params) => language.documentLinks(project, params.textDocument.uri)));

  connection.onPrepareRename(
    guard('prepareRename', null, (params) => {
      const result = language.prepareRename(project, params.textDocument.uri, params.position);
      if ('error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
      return result;
    }),
  );
  connection.onRenameRequest(
    guard('rename', null, (params) => {
      const result = language.rename(project, params.textDocument.uri, params.position, params.newName);
      if ('error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
      return { changes: toChanges(result.edits) };
    }),
  );

  connection.onCodeLens(
    guard('codeLens', [], async (params) => {
      if (!(await settingsFor(params.textDocument.uri)).codeLens) return [];
      const uri = params.textDocument.uri;
      return language.codeLenses(project, uri).map((lens) => ({
        range: lens.range,
        // A lens without locations is a title only: there is nothing to run.
        command: lens.locations
          ? { title: lens.title, command: clientRunsShowReferences ? CLIENT_SHOW_REFERENCES : SHOW_LOCATIONS, arguments: [uri, lens.range.start, lens.locations] }
          : { title: lens.title, command: '' },
      }));
    }),
  );

  connection.onExecuteCommand(
    guard('executeCommand', null, async (params) => {
      if (params.command !== SHOW_LOCATIONS) throw new ResponseError(ErrorCodes.InvalidParams, `unknown command \`${params.command}\`: the server runs only \`${SHOW_LOCATIONS}\``);
      const locations = locationsOf(params.arguments);
      const first = locations[0];
      if (first && showDocumentSupport) await connection.window.showDocument({ uri: first.uri, selection: first.range, takeFocus: true });
      if (locations.length !== 1 || !showDocumentSupport) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: describeLocations(locations) });
      return locations;
    }),
  );

  return {
    /** Reads what the client can do and gives the capabilities of these features. */
    initialize(params: InitializeParams): ServerCapabilities {
      const options: unknown = params.initializationOptions;
      const clientCommands = isRecord(options) && Array.isArray(options['clientCommands']) ? options['clientCommands'] : [];
      clientRunsShowReferences = clientCommands.includes(CLIENT_SHOW_REFERENCES);
      showDocumentSupport = Boolean(params.capabilities.window?.showDocument?.support);
      inlayHintRefresh = Boolean(params.capabilities.workspace?.inlayHint?.refreshSupport);
      return {
        inlayHintProvider: true,
        documentLinkProvider: { resolveProvider: false },
        renameProvider: params.capabilities.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [SHOW_LOCATIONS] },
      };
    },
    /** Asks the client to fetch inlay hints again (their setting may have changed). */
    settingsChanged(): void {
      if (inlayHintRefresh) connection.languages.inlayHint.refresh().catch(() => undefined);
    },
  };
}

/** The locations argument of a lens's command (its third), checked, since any client may send anything. */
function locationsOf(args: unknown[] | undefined): Location[] {
  const list: unknown = args?.[2];
  if (!Array.isArray(list) || !list.every(isLocation)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `\`${SHOW_LOCATIONS}\` takes the arguments of a code lens: a file URI, a position and a list of locations ({ uri, range })`);
  }
  return list;
}

function isLocation(value: unknown): value is Location {
  if (!isRecord(value) || typeof value['uri'] !== 'string' || !isRecord(value['range'])) return false;
  const { start, end } = value['range'];
  return isPosition(start) && isPosition(end);
}

function isPosition(value: unknown): boolean {
  return isRecord(value) && typeof value['line'] === 'number' && typeof value['character'] === 'number';
}


/** "3 places: 04-mental-health.md:12, 05-cancer.md:40, …" for clients that cannot open a location themselves. */
function describeLocations(locations: readonly Location[]): string {
  if (locations.length === 0) return 'Planwright: no responses to this commitment yet';
  const shown = locations.slice(0, 10).map((l) => `${fileName(l.uri)}:${l.range.start.line + 1}`);
  const more = locations.length > shown.length ? `, and ${locations.length - shown.length} more` : '';
  return `Planwright: ${locations.length} ${locations.length === 1 ? 'place' : 'places'}: ${shown.join(', ')}${more}`;
}

function fileName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
