import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { copyExample, LspClient, PULL_CAPABILITIES, uriOf } from './lsp-client';

type DocumentReport = { kind: 'full'; resultId: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string };
type WorkspaceItem = DocumentReport & { uri: string };

/**
 * What VS Code shows, as vscode-languageclient 9 keeps it
 * (lib/common/diagnostic.js): one diagnostics collection fed by document
 * pulls and workspace pulls; result ids of documents pulled while open
 * (`documentStates`) and of workspace reports; a workspace pull sends the
 * workspace state's ids (the document's, while it is tracked); a full
 * workspace report for a document still tracked as open is not shown, but
 * its id is kept. On closing, the client pulls the document once more and
 * drops the answer, as its tab is gone, and stops tracking it.
 */
class PullClientModel {
  readonly shown = new Map<string, readonly Diagnostic[]>();
  private readonly documentIds = new Map<string, string>();
  private readonly workspaceIds = new Map<string, string>();
  lastWorkspace: WorkspaceItem[] = [];

  constructor(private readonly client: LspClient) {}

  async pullDocument(uri: string, tabOpen = true): Promise<void> {
    const report = await this.client.request<DocumentReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: this.documentIds.get(uri) });
    if (!tabOpen) {
      this.documentIds.delete(uri);
      return;
    }
    if (report.kind === 'full') this.shown.set(uri, report.items);
    this.documentIds.set(uri, report.resultId);
  }

  async pullWorkspace(): Promise<void> {
    const previousResultIds = [...this.workspaceIds].map(([uri, id]) => ({ uri, value: this.documentIds.get(uri) ?? id }));
    const report = await this.client.request<{ items: WorkspaceItem[] }>('workspace/diagnostic', { previousResultIds });
    for (const item of report.items) {
      if (item.kind === 'full' && !this.documentIds.has(item.uri)) this.shown.set(item.uri, item.items);
      this.workspaceIds.set(item.uri, item.resultId);
    }
    this.lastWorkspace = report.items;
  }
}

/** What a client that never opened anything would show for `uri`: a fresh workspace pull's report. */
async function truth(client: LspClient, uri: string): Promise<readonly Diagnostic[]> {
  const report = await client.request<{ items: WorkspaceItem[] }>('workspace/diagnostic', { previousResultIds: [] });
  const item = report.items.find((i) => i.uri === uri);
  return item?.kind === 'full' ? item.items : [];
}

const CHAPTER = '04-mental-health.md';
const TYPO = '\n```commitment\nid: no-such-commitment\nstatus: on-track\n```\n';

interface Steps {
  readonly client: LspClient;
  readonly model: PullClientModel;
  readonly uri: string;
  /** The chapter's text on disk. */
  readonly disk: string;
  readonly change: (text: string) => Promise<void>;
}

/** Closes the editor tab: VS Code pulls the document once more, drops the answer and stops tracking it. */
const closeTab = ({ model, uri }: Steps): Promise<void> => model.pullDocument(uri, false);

/** Closes the document (didClose), then its tab, and pulls the workspace. */
const close = async (s: Steps): Promise<void> => {
  await s.client.notify('textDocument/didClose', { textDocument: { uri: s.uri } });
  await closeTab(s);
  await s.model.pullWorkspace();
};

/** Each case starts with the chapter opened, pulled, edited (a new error) and pulled again. */
const CASES: readonly {
  readonly name: string;
  readonly settings?: Record<string, unknown>;
  /** Runs after the document is opened and pulled, before the edit. */
  readonly beforeEdit?: (s: Steps) => Promise<void>;
  readonly steps: (s: Steps) => Promise<void>;
}[] = [
  {
    name: 'edited, reverted and closed: the file on disk is reported again',
    steps: async (s) => {
      await s.change(s.disk); // the pull VS Code makes for the revert is dropped: the tab closes with it
      await close(s);
    },
  },
  { name: 'edited and closed without saving', steps: close },
  {
    name: 'closed, with a workspace report answered before the pull made on closing',
    steps: async (s) => {
      await s.client.notify('textDocument/didClose', { textDocument: { uri: s.uri } });
      await s.model.pullWorkspace(); // the document is still tracked as open: this report is not shown
      await closeTab(s);
      await s.model.pullWorkspace();
    },
  },
  { name: 'closed, with unopened files not checked: nothing is left shown', settings: { diagnostics: { unopenedFiles: false } }, steps: close },
  {
    // What VS Code does on "Revert and close": the tab goes, the document stays open for a while (no didClose).
    name: 'edited, reverted and its tab closed, the document still open',
    steps: async (s) => {
      await s.change(s.disk);
      await closeTab(s);
      await s.model.pullWorkspace();
    },
  },
  {
    // The pull made on closing the tab answers the file's content before the edit, which the client had when the workspace last asked.
    name: 'pulled by the workspace while its tab was open, then edited, reverted and its tab closed',
    steps: async (s) => {
      await s.change(s.disk);
      await closeTab(s);
      await s.model.pullWorkspace();
    },
    beforeEdit: (s) => s.model.pullWorkspace(),
  },
  {
    name: 'edited, pulled by the workspace while its tab was open, reverted and its tab closed',
    steps: async (s) => {
      await s.model.pullWorkspace(); // the client sends the document pull's id: answered unchanged, and kept
      await s.change(s.disk);
      await closeTab(s);
      await s.model.pullWorkspace();
    },
  },
];

describe('diagnostics of a document closed after an edit, as a pull client shows them', function () {
  this.timeout(30_000);

  for (const c of CASES) {
    // Each case on its own server and copy of the example plan.
    it(c.name, async () => {
      const example = copyExample('anyshire');
      const uri = uriOf(example.folder, CHAPTER);
      const client = new LspClient();
      try {
        if (c.settings) client.settings = c.settings;
        await client.initialize(example.folder, PULL_CAPABILITIES);
        const model = new PullClientModel(client);
        await model.pullWorkspace();
        const disk = readFileSync(join(example.folder, CHAPTER), 'utf8');
        let version = 1;
        await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text: disk } });
        await model.pullDocument(uri);
        const change = async (text: string): Promise<void> => {
          await client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
        };
        await c.beforeEdit?.({ client, model, uri, disk, change });
        await change(`${disk}${TYPO}`);
        await model.pullDocument(uri);
        assert.ok(model.shown.get(uri)?.some((d) => d.message.includes('no-such-commitment')), 'the edit shows its error');

        await c.steps({ client, model, uri, disk, change });
        assert.deepEqual(model.shown.get(uri) ?? [], await truth(client, uri));

        // It settles: the workspace pull after next answers every file "unchanged".
        await model.pullWorkspace();
        await model.pullWorkspace();
        assert.ok(model.lastWorkspace.every((item) => item.kind === 'unchanged'), JSON.stringify(model.lastWorkspace.filter((item) => item.kind !== 'unchanged').map((item) => item.uri)));
      } finally {
        await client.close();
        example.cleanup();
      }
    });
  }
});
