import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ResponseError } from 'vscode-jsonrpc/node';
import { ruleDocsUrl } from '../../core/src/index';
import { copyExample, LspClient, PULL_CAPABILITIES, PUSH_CAPABILITIES, REPO, uriOf } from './lsp-client';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface InlayHint {
  position: { line: number; character: number };
  label: string;
  tooltip?: { value: string };
}
interface Lens {
  range: Range;
  command: { title: string; command: string; arguments?: unknown[] };
}

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };
const CATALOG_URI = pathToFileURL(join(REPO, 'catalogs', 'ltp-2019.catalog.yaml')).href;

/** The LSP error a request failed with. */
async function failure(request: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    await request;
  } catch (error) {
    if (error instanceof ResponseError) return error;
    throw error;
  }
  assert.fail('the request should have failed');
}

describe('editor features over stdio: inlay hints, links, rename, commands', function () {
  this.timeout(30_000);

  describe('a client with every capability (settings, prepareRename, showDocument, inlay hint refresh)', () => {
    let client: LspClient;
    let example: ReturnType<typeof copyExample>;
    let init: { capabilities: Record<string, unknown> };
    const shown: { uri: string; selection?: Range }[] = [];
    const messages: string[] = [];
    let hintRefreshes = 0;
    const chapter = '04-mental-health.md';

    before(async () => {
      example = copyExample('anyshire');
      client = new LspClient();
      client.connection.onRequest('window/showDocument', (params: { uri: string; selection?: Range }) => {
        shown.push(params);
        return { success: true };
      });
      client.connection.onNotification('window/showMessage', (params: { message: string }) => messages.push(params.message));
      client.connection.onRequest('workspace/inlayHint/refresh', () => {
        hintRefreshes++;
        return null;
      });
      init = await client.initialize(example.folder, {
        ...PULL_CAPABILITIES,
        textDocument: { ...PULL_CAPABILITIES.textDocument, rename: { prepareSupport: true }, inlayHint: {} },
        workspace: { ...PULL_CAPABILITIES.workspace, inlayHint: { refreshSupport: true } },
        window: { showDocument: { support: true } },
      });
    });
    after(async () => {
      await client.close();
      example.cleanup();
    });

    it('offers the capabilities', () => {
      assert.equal(init.capabilities['inlayHintProvider'], true);
      assert.deepEqual(init.capabilities['documentLinkProvider'], { resolveProvider: false });
      assert.deepEqual(init.capabilities['renameProvider'], { prepareProvider: true });
      assert.deepEqual(init.capabilities['executeCommandProvider'], { commands: ['planwright.showLocations'] });
    });

    it('shows inlay hints beside judged values, worded as the code lens is, and drops them when the setting is off', async () => {
      const uri = uriOf(example.folder, chapter);
      const text = readFileSync(join(example.folder, chapter), 'utf8').split('\n');
      const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE });
      const line = text.findIndex((l) => l.includes('2023/24: 29000'));
      const hint = hints.find((h) => h.position.line === line);
      assert.equal(hint?.label, 'fair share 42,194: short by 31%');
      assert.equal((hint as { paddingLeft?: boolean }).paddingLeft, true, 'set off from the value');
      assert.equal(hint.position.character, (text[line] ?? '').indexOf('29000') + '29000'.length, 'right after the value');
      assert.match(hint.tooltip?.value ?? '', /29,000 against a fair share of 42,194/);
      const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.ok(lenses.some((l) => l.command.title.endsWith('against fair share 42,194: short by 31%')), 'the lens says the same');
      // A chapter's lenses have no locations to show: a title, and nothing to run.
      assert.ok(lenses.length > 0 && lenses.every((l) => l.command.command === '' && l.command.arguments === undefined), JSON.stringify(lenses.map((l) => l.command)));

      const before = hintRefreshes;
      client.settings = { inlayHints: { enabled: false } };
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      // Waits for the inlay hint refresh itself (times out, failing, if it never comes): a diagnostics
      // refresh from earlier work can arrive first, so waiting for one of those proved nothing.
      await client.until(() => hintRefreshes > before);
      assert.deepEqual(await client.request('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE }), []);
      client.settings = {};
      const again = client.refreshes;
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      await client.until(() => client.refreshes > again);
      assert.equal((await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: WHOLE })).length, hints.length);
    });

    it('links disable-comment rule ids to their documentation and catalog sources to their pages', async () => {
      const digital = uriOf(example.folder, '13-digital.md');
      const links = await client.request<{ range: Range; target: string }[]>('textDocument/documentLink', { textDocument: { uri: digital } });
      assert.deepEqual(links.map((l) => l.target), [ruleDocsUrl('plain-language')]);
      const catalogLinks = await client.request<{ target: string }[]>('textDocument/documentLink', { textDocument: { uri: CATALOG_URI } });
      const written = readFileSync(join(REPO, 'catalogs', 'ltp-2019.catalog.yaml'), 'utf8').match(/^\s*(?:-\s*)?url:/gm) ?? [];
      assert.equal(catalogLinks.length, written.length);
      assert.ok(catalogLinks.every((l) => /^https?:\/\//.test(l.target)));
    });

    it('renames a footprint organisation in every file where references finds it', async () => {
      const file = '02-primary-and-community-care.md';
      const uri = uriOf(example.folder, file);
      const text = readFileSync(join(example.folder, file), 'utf8').split('\n');
      const line = text.findIndex((l) => l.startsWith('lead: anyshire-gp-federation'), 5);
      const position = { line, character: 'lead: '.length + 3 };
      const prepared = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position });
      assert.deepEqual(prepared, { range: { start: { line, character: 6 }, end: { line, character: 6 + 'anyshire-gp-federation'.length } }, placeholder: 'anyshire-gp-federation' });
      const edit = await client.request<{ changes: Record<string, { range: Range; newText: string }[]> }>('textDocument/rename', { textDocument: { uri }, position, newName: 'anyshire-gp-alliance' });
      const references = await client.request<{ uri: string; range: Range }[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
      const edited = Object.entries(edit.changes).flatMap(([file, edits]) => edits.map((e) => ({ uri: file, range: e.range, newText: e.newText })));
      assert.ok(edited.every((e) => e.newText === 'anyshire-gp-alliance'));
      const key = (l: { uri: string; range: Range }) => `${l.uri}:${l.range.start.line}:${l.range.start.character}`;
      assert.deepEqual(edited.map(key).sort(), references.map(key).sort());
      assert.ok(edit.changes[uriOf(example.folder, 'plan.yaml')], 'the footprint entry too');
    });

    it('refuses a rename with the reason, for the position and for the new id', async () => {
      const uri = uriOf(example.folder, 'plan.yaml');
      const text = readFileSync(join(example.folder, 'plan.yaml'), 'utf8').split('\n');
      const title = text.findIndex((l) => /^\s*title:/.test(l));
      const nothing = await failure(client.request('textDocument/prepareRename', { textDocument: { uri }, position: { line: title, character: 4 } }));
      assert.equal(nothing.code, -32803);
      assert.match(nothing.message, /nothing to rename here/);
      const organisation = text.findIndex((l) => l.includes('id: anyshire-ccg'));
      const position = { line: organisation, character: (text[organisation] ?? '').indexOf('anyshire-ccg') + 2 };
      const invalid = await failure(client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'Anyshire CCG' }));
      assert.match(invalid.message, /`Anyshire CCG` is not a valid id/);
      const builtin = await failure(client.request('textDocument/prepareRename', { textDocument: { uri: CATALOG_URI }, position: await catalogIdPosition('mh-talking-therapies') }));
      assert.match(builtin.message, /built-in catalog `ltp-2019`/);
    });

    it('gives catalog lenses a command the server runs, which opens the first response', async () => {
      const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: CATALOG_URI } });
      const lens = lenses.find((l) => l.command.title !== '0 responses' && l.command.arguments);
      assert.ok(lens, 'a catalog entry with responses');
      assert.equal(lens.command.command, 'planwright.showLocations');
      const locations = await client.request<{ uri: string; range: Range }[]>('workspace/executeCommand', { command: lens.command.command, arguments: lens.command.arguments });
      assert.deepEqual(locations, lens.command.arguments?.[2]);
      assert.deepEqual(shown.at(-1), { uri: locations[0]?.uri, selection: locations[0]?.range, takeFocus: true });
      // The message is sent before the answer, so it has arrived by now.
      if (locations.length > 1) assert.ok(messages.some((m) => m.startsWith(`Planwright: ${locations.length} places: `)), messages.join('\n'));
      const bad = await failure(client.request('workspace/executeCommand', { command: 'planwright.showLocations', arguments: ['x'] }));
      assert.match(bad.message, /takes the arguments of a code lens/);
      const unknown = await failure(client.request('workspace/executeCommand', { command: 'planwright.nothing', arguments: [] }));
      assert.match(unknown.message, /unknown command `planwright.nothing`/);
    });

    /** Where an entry's id is written in the built-in catalog. */
    async function catalogIdPosition(id: string): Promise<{ line: number; character: number }> {
      const text = readFileSync(join(REPO, 'catalogs', 'ltp-2019.catalog.yaml'), 'utf8').split('\n');
      const line = text.findIndex((l) => l.trim() === `- id: ${id}`);
      return Promise.resolve({ line, character: (text[line] ?? '').indexOf(id) + 2 });
    }
  });

  describe('a push-only client without showDocument (like Neovim 0.7), and the VS Code extension', () => {
    it('tells a client that cannot open documents where the responses are', async () => {
      const example = copyExample('anyshire');
      const client = new LspClient();
      const messages: string[] = [];
      client.connection.onNotification('window/showMessage', (params: { message: string }) => messages.push(params.message));
      try {
        const init = await client.initialize(example.folder, PUSH_CAPABILITIES);
        assert.equal(init.capabilities['renameProvider'], true, 'rename without prepareRename for a client without prepareSupport');
        const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: CATALOG_URI } });
        const lens = lenses.find((l) => l.command.title !== '0 responses' && l.command.arguments);
        assert.ok(lens);
        const locations = await client.request<{ uri: string; range: Range }[]>('workspace/executeCommand', { command: lens.command.command, arguments: lens.command.arguments });
        assert.ok(locations.length > 0);
        const places = locations.slice(0, 10).map((l) => `${l.uri.slice(l.uri.lastIndexOf('/') + 1)}:${l.range.start.line + 1}`);
        // The message is sent before the answer, so it has arrived by now.
        assert.deepEqual(messages, [`Planwright: ${locations.length} ${locations.length === 1 ? 'place' : 'places'}: ${places.join(', ')}${locations.length > 10 ? `, and ${locations.length - 10} more` : ''}`]);
      } finally {
        await client.close();
        example.cleanup();
      }
    });

    it('asks a client that cannot refresh inlay hints for no refresh when settings change', async () => {
      const example = copyExample('anyshire');
      const client = new LspClient();
      let hintRefreshes = 0;
      client.connection.onRequest('workspace/inlayHint/refresh', () => {
        hintRefreshes++;
        return null;
      });
      try {
        await client.initialize(example.folder, PULL_CAPABILITIES);
        const refreshed = client.refreshes;
        await client.notify('workspace/didChangeConfiguration', { settings: null });
        // An inlay hint refresh would be asked for before the diagnostics refresh.
        await client.until(() => client.refreshes > refreshed);
        assert.equal(hintRefreshes, 0);
      } finally {
        await client.close();
        example.cleanup();
      }
    });

    it('keeps the command the VS Code extension runs itself when it says it has it', async () => {
      const example = copyExample('anyshire');
      const client = new LspClient();
      try {
        await client.initialize(example.folder, PULL_CAPABILITIES, { clientCommands: ['planwright.showReferences'] });
        const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: CATALOG_URI } });
        const withCommand = lenses.filter((l) => l.command.arguments);
        assert.ok(withCommand.length > 0);
        assert.ok(withCommand.every((l) => l.command.command === 'planwright.showReferences'));
      } finally {
        await client.close();
        example.cleanup();
      }
    });
  });
});

