import MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { EXPECTED } from '../expected';
import { check, checkEqual, codesAt, fileUri, lineOf, runTests, when, type WebTest } from './runner';

/** What the extension exports (client/src/activate.ts): the preview plugin. */
interface PlanwrightApi {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

const measures: Record<string, number> = {};
let api: PlanwrightApi | undefined;

/** Planwright's errors and warnings over the whole workspace, as the status bar's Problems entry counts them. */
function problemCounts(): string {
  let errors = 0;
  let warnings = 0;
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const d of diagnostics) {
      if (d.source !== 'planwright') continue;
      if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
    }
  }
  return `Errors: ${errors}, Warnings: ${warnings}`;
}

const tests: WebTest[] = [
  {
    title: 'runs in a web worker, without Node',
    run: () => {
      check('WorkerGlobalScope' in globalThis, 'not in a web worker');
      const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
      check(node === undefined, `Node ${String(node)} is present: this is not the web extension host`);
      return Promise.resolve();
    },
  },
  {
    // The test manifest has no activation events: the test activates the extension and
    // times it from there to the first diagnostics and to the whole plan's.
    title: "reports the example plan's problems, unopened files and YAML-only files included",
    run: async () => {
      const extension = vscode.extensions.getExtension<PlanwrightApi>('planwright.planwright');
      check(extension, 'the extension is not installed');
      check(!extension.isActive, 'the extension was activated before the test');
      const started = Date.now();
      const first = when(vscode.languages.onDidChangeDiagnostics, () => problemCounts() !== 'Errors: 0, Warnings: 0', 'the first diagnostics').then(() => (measures['firstDiagnosticsMs'] = Date.now() - started));
      api = await extension.activate();
      measures['activationMs'] = Date.now() - started;
      await first;
      await when(vscode.languages.onDidChangeDiagnostics, () => problemCounts() === EXPECTED.problems, `${EXPECTED.problems} (now ${problemCounts()})`);
      measures['allDiagnosticsMs'] = Date.now() - started;
      check(codesAt(fileUri('04-mental-health.md')).includes('unknown-commitment'), 'no unknown-commitment in 04-mental-health.md');
      const finance = vscode.languages.getDiagnostics(fileUri('data/finance.yaml')).find((d) => d.code !== undefined && JSON.stringify(d.code).includes('finance-balance'));
      check(finance && finance.message.includes('a gap of £12m'), `finance-balance on data/finance.yaml: ${finance?.message ?? 'none'}`);
      checkEqual(finance.range.start.line, 13, 'the line of the finance gap');
    },
  },
  {
    title: 'hovers a commitment with its fair share',
    run: async () => {
      const uri = fileUri('04-mental-health.md');
      const line = await lineOf(uri, 'id: mh-talking-therapies');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 8));
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      check(/fair share:\*\* 42,194 /.test(text), `hover: ${text}`);
    },
  },
  {
    title: 'gives the preview, tree and status bar the coverage from the worker',
    run: async () => {
      check(api, 'the extension gave no API');
      await vscode.commands.executeCommand('planwright.refreshCoverage');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri('04-mental-health.md')));
      const html = api.extendMarkdownIt(new MarkdownIt()).render(text, { currentDocument: fileUri('04-mental-health.md') });
      const cards = [...html.matchAll(/<span class="planwright-title">([^<]*)<\/span>.*?<span class="planwright-badge">([^<]*)<\/span>/g)].map((m) => [unescape(m[1] ?? ''), m[2]]);
      checkEqual(cards, EXPECTED.mentalHealthCards, 'the preview cards of 04-mental-health.md');
    },
  },
  {
    // The worker holds the editor's text, not the stored file's: an edit and its undoing are both seen.
    title: 'sees an edit to an open chapter, and its undoing',
    run: async () => {
      const uri = fileUri('08-prevention.md');
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document);
      const block = '\n```commitment\nid: prev-no-such-thing\nstatus: on-track\n```\n';
      const end = document.lineAt(document.lineCount - 1).range.end;
      try {
        check(!codesAt(uri).includes('unknown-commitment'), '08-prevention.md has an unknown commitment before the edit');
        await editor.edit((edit) => edit.insert(end, block));
        await when(vscode.languages.onDidChangeDiagnostics, () => codesAt(uri).includes('unknown-commitment'), 'unknown-commitment on the added block');
        await editor.edit((edit) => edit.delete(new vscode.Range(end, document.positionAt(document.offsetAt(end) + block.length))));
        await when(vscode.languages.onDidChangeDiagnostics, () => !codesAt(uri).includes('unknown-commitment'), 'the diagnostic to clear once the block is removed');
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    },
  },
  {
    // VS Code drops the answer of the pull it makes on closing: the workspace report must bring the file's own problems back.
    title: 'clears the problems of an edit once the edit is reverted and the file closed',
    run: async () => {
      const uri = fileUri('08-prevention.md');
      const editor = await vscode.window.showTextDocument(uri);
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      check(!codesAt(uri).includes('unknown-commitment'), '08-prevention.md has an unknown commitment before the edit');
      await editor.edit((edit) => edit.insert(end, '\n```commitment\nid: prev-no-such-thing\nstatus: on-track\n```\n'));
      await when(vscode.languages.onDidChangeDiagnostics, () => codesAt(uri).includes('unknown-commitment'), 'unknown-commitment on the added block');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await when(vscode.languages.onDidChangeDiagnostics, () => !codesAt(uri).includes('unknown-commitment'), 'the edit’s unknown-commitment to clear once it is reverted and closed');
    },
  },
  {
    title: 'opens the dashboard',
    run: async () => {
      const open = () => vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.label === 'Plan dashboard'));
      const shown = when(vscode.window.tabGroups.onDidChangeTabs, open, 'the dashboard tab');
      await vscode.commands.executeCommand('planwright.openDashboard');
      await shown;
    },
  },
];

function unescape(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Called by VS Code's web-worker extension host (extensionTestsPath). */
export async function run(): Promise<void> {
  await runTests('Planwright in VS Code for the Web:', tests, measures);
}
