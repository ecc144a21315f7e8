import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import { DashboardRequest, InsertResponseRequest, type DashboardResult, type LocationView } from '../../server/src/protocol';
import { compareWith } from './compare';
import { CoverageTreeProvider, planOfItem } from './coverage-tree';
import { DashboardPanel } from './dashboard-panel';
import { planwrightPreview } from './preview';
import { LanguageServer, type ClientFactory } from './server-lifecycle';
import { CoverageStatusBar } from './status-bar';

/** What the extension gives VS Code: the Markdown preview plugin. */
export interface PlanwrightApi {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

/** What differs between VS Code on the desktop and VS Code for the Web. */
export interface Platform {
  /** Makes the language client: a Node process on the desktop, a web worker in the browser. */
  readonly createClient: ClientFactory;
  /** Why "Compare with…" cannot work here, or undefined where it can (git and the disk are at hand). */
  readonly compareUnavailable?: string;
}

/**
 * Everything the extension does, the same on the desktop and on the web:
 * the language server's lifecycle, the coverage tree, the status bar, the
 * dashboard, the preview plugin and the commands. extension.ts (Node) and
 * web/extension.ts (browser) only say how the server is started.
 */
export function activatePlanwright(context: vscode.ExtensionContext, platform: Platform): PlanwrightApi {
  const output = vscode.window.createOutputChannel('Planwright');
  const tree = new CoverageTreeProvider();
  const statusBar = new CoverageStatusBar();
  const dashboard = new DashboardPanel(context.extensionUri);
  const server = new LanguageServer(context, output, platform.createClient);
  let data: DashboardResult | undefined;
  const report = (what: string) => (error: unknown) => output.appendLine(`[error] ${what}: ${error instanceof Error ? error.message : String(error)}`);

  const refresh = async (): Promise<void> => {
    const client = server.current;
    if (!client) return;
    try {
      data = await client.sendRequest(DashboardRequest, {});
    } catch (error) {
      report('coverage refresh failed')(error);
      return;
    }
    tree.update(data.plans);
    statusBar.update(data.plans, vscode.window.activeTextEditor?.document.uri.toString());
    dashboard.update(data);
    vscode.commands.executeCommand('setContext', 'planwright.hasPlan', data.plans.length > 0).then(undefined, report('setting the planwright.hasPlan context failed'));
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const scheduleRefresh = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 200);
  };

  const view = vscode.window.createTreeView('planwright.coverage', { treeDataProvider: tree, showCollapseAll: true });
  const setFilter = (name: 'foundationalOnly' | 'problemsOnly', key: string, value: boolean) => {
    tree.setFilter(name, value);
    vscode.commands.executeCommand('setContext', key, value).then(undefined, report(`setting the ${key} context failed`));
  };

  context.subscriptions.push(
    output,
    server,
    server.onDidStart(() => void refresh()),
    view,
    statusBar,
    vscode.languages.onDidChangeDiagnostics(scheduleRefresh),
    vscode.workspace.onDidSaveTextDocument(scheduleRefresh),
    vscode.window.onDidChangeActiveTextEditor((editor) => statusBar.update(tree.current, editor?.document.uri.toString())),
    vscode.commands.registerCommand('planwright.restartServer', () => server.restart()),
    vscode.commands.registerCommand('planwright.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('planwright.refreshCoverage', refresh),
    vscode.commands.registerCommand('planwright.openDashboard', async () => {
      if (!(await server.start())) return;
      await refresh();
      if (data) dashboard.show(data);
    }),
    vscode.commands.registerCommand('planwright.filterFoundational', () => setFilter('foundationalOnly', 'planwright.filter.foundational', true)),
    vscode.commands.registerCommand('planwright.showAllCommitments', () => setFilter('foundationalOnly', 'planwright.filter.foundational', false)),
    vscode.commands.registerCommand('planwright.filterProblems', () => setFilter('problemsOnly', 'planwright.filter.problems', true)),
    vscode.commands.registerCommand('planwright.showAllStatuses', () => setFilter('problemsOnly', 'planwright.filter.problems', false)),
    vscode.commands.registerCommand('planwright.revealLocation', async (location: LocationView) => {
      const { start: from, end } = location.range;
      await vscode.window.showTextDocument(vscode.Uri.parse(location.uri), { selection: new vscode.Range(from.line, from.character, end.line, end.character) });
    }),
    vscode.commands.registerCommand('planwright.showReferences', (uri: string, position: { line: number; character: number }, locations: LocationView[]) =>
      vscode.commands.executeCommand(
        'editor.action.showReferences',
        vscode.Uri.parse(uri),
        new vscode.Position(position.line, position.character),
        locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(l.range.start.line, l.range.start.character, l.range.end.line, l.range.end.character))),
      ),
    ),
    vscode.commands.registerCommand('planwright.openExample', async () => {
      // A private copy, so trying things out never changes the extension's own files.
      const target = vscode.Uri.joinPath(context.globalStorageUri, 'anyshire');
      await vscode.workspace.fs.copy(vscode.Uri.joinPath(context.extensionUri, 'examples', 'anyshire'), target, { overwrite: true });
      await vscode.commands.executeCommand('vscode.openFolder', target, { forceNewWindow: vscode.workspace.workspaceFolders !== undefined });
    }),
    vscode.commands.registerCommand('planwright.compareWith', async (base?: string) => {
      if (platform.compareUnavailable) {
        void vscode.window.showInformationMessage(`Planwright: ${platform.compareUnavailable}`);
        return undefined;
      }
      if (!(await server.start())) return undefined;
      const client = server.current;
      return client ? compareWith(client, typeof base === 'string' ? base : undefined) : undefined;
    }),
    vscode.commands.registerCommand('planwright.insertResponse', (node: unknown, chapter?: string) => insertResponse(node, chapter)),
    { dispose: () => timer && clearTimeout(timer) },
  );

  /** Adds a response skeleton for a missing commitment to a chapter the user picks (or the one given, for tests). */
  async function insertResponse(node: unknown, chapterUri?: string): Promise<boolean> {
    const target = planOfItem(node);
    const client = server.current;
    if (!target || !client) return false;
    let chapter = chapterUri;
    if (!chapter) {
      const root = vscode.Uri.parse(target.plan.root);
      const files = await vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/*.md'), '**/node_modules/**');
      const picks = files
        .filter((f) => !/readme\.md$/i.test(f.path))
        .map((f) => ({ label: vscode.workspace.asRelativePath(f), uri: f.toString() }))
        .sort((a, b) => a.label.localeCompare(b.label));
      // ignoreFocusOut: with a webview (the dashboard, a preview) as the active editor, VS Code hands the focus
      // back to the webview just after a quick pick opens, which would close the pick at once (microsoft/vscode#93950).
      const picked = await vscode.window.showQuickPick(picks, { title: `Add a response to ${target.item.id}`, placeHolder: 'Which chapter should hold the response?', ignoreFocusOut: true });
      chapter = picked?.uri;
    }
    if (!chapter) return false;
    const edit = await client.sendRequest(InsertResponseRequest, { id: target.item.id, chapter });
    if (!edit) return false;
    const uri = vscode.Uri.parse(edit.uri);
    const workspaceEdit = new vscode.WorkspaceEdit();
    const at = new vscode.Position(edit.range.start.line, edit.range.start.character);
    workspaceEdit.insert(uri, at, edit.newText);
    const applied = await vscode.workspace.applyEdit(workspaceEdit);
    if (applied) await vscode.window.showTextDocument(uri, { selection: new vscode.Range(at, at) });
    return applied;
  }

  // Start the server only where there is a plan; watch for one appearing later.
  const startIfPlan = (found: readonly vscode.Uri[]) => {
    if (found.length > 0) void server.start();
  };
  vscode.workspace.findFiles('**/plan.yaml', '**/node_modules/**', 1).then(startIfPlan, report('looking for a plan.yaml failed'));
  const planWatcher = vscode.workspace.createFileSystemWatcher('**/plan.yaml', false, true, true);
  context.subscriptions.push(planWatcher, planWatcher.onDidCreate((uri) => startIfPlan([uri])));

  return { extendMarkdownIt: (md) => planwrightPreview(md, () => data) };
}
