import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Engine, PlanProject } from '../../core/src/index';
import { loadEngine } from '../../host/src/index';
import type { PlanWorkspace, Revisions } from '../../server/src/plan-workspace';
import type { ServerDeps } from '../../server/src/server';
import { ServerWorkspace } from '../../server/src/workspace';
import { copyExample, LspClient, PULL_CAPABILITIES, PUSH_CAPABILITIES, uriOf } from '../protocol/lsp-client';

/** The workspace steps a test can make fail. */
type Step = 'addFolders' | 'openDocument' | 'changeDocument' | 'closeDocument' | 'fileChanged' | 'analyze' | 'compare' | 'refs';

/**
 * The disk workspace, but the steps in `failing` fail as they would on a
 * broken disk or a bug: listing folders throws, the document updates reject
 * (as a read through the client would), analysing a plan throws.
 */
class FailingWorkspace implements PlanWorkspace {
  private readonly disk: ServerWorkspace;

  constructor(
    engine: Engine,
    private readonly failing: ReadonlySet<Step>,
  ) {
    this.disk = new ServerWorkspace(engine);
    const analyze = this.project.analyze.bind(this.project);
    this.project.analyze = (root) => (this.failing.has('analyze') ? broken('analyze') : analyze(root));
  }

  get project(): PlanProject {
    return this.disk.project;
  }

  addFolders(folderUris: readonly string[]): string[] {
    return this.failing.has('addFolders') ? broken('addFolders') : this.disk.addFolders(folderUris);
  }

  openDocument(uri: string, text: string): void | Promise<void> {
    return this.failing.has('openDocument') ? rejected('openDocument') : this.disk.openDocument(uri, text);
  }

  changeDocument(uri: string, text: string): void | Promise<void> {
    return this.failing.has('changeDocument') ? rejected('changeDocument') : this.disk.changeDocument(uri, text);
  }

  closeDocument(uri: string): void | Promise<void> {
    return this.failing.has('closeDocument') ? rejected('closeDocument') : this.disk.closeDocument(uri);
  }

  fileChanged(uri: string, deleted: boolean): void | Promise<void> {
    return this.failing.has('fileChanged') ? rejected('fileChanged') : this.disk.fileChanged(uri, deleted);
  }

  setOptions(options: { readonly maxFileBytes?: number }): void {
    this.disk.setOptions(options);
  }

  readFile(uri: string): void {
    this.disk.readFile(uri);
  }

  readLocalCatalogs(roots: readonly string[]): void {
    this.disk.readLocalCatalogs(roots);
  }

  openUris(): string[] {
    return this.disk.openUris();
  }

  forgetFolder(folderUri: string): void {
    this.disk.forgetFolder(folderUri);
  }

  isPlanFile(uri: string): boolean {
    return this.disk.isPlanFile(uri);
  }
}

function broken(step: Step): never {
  throw new Error(`${step} broke`);
}

function rejected(step: Step): Promise<void> {
  return Promise.reject(new Error(`${step} broke`));
}

const engine = loadEngine();

function depsFailing(failing: ReadonlySet<Step>): ServerDeps {
  const revisions: Revisions = {
    compare: () => broken('compare'),
    refs: () => (failing.has('refs') ? broken('refs') : { refs: [{ name: 'main', kind: 'branch' }] }),
  };
  return { engine, workspace: (e) => new FailingWorkspace(e, failing), revisions };
}

const CHAPTER = '04-mental-health.md';
const ALL = { ...PULL_CAPABILITIES, workspace: { ...PULL_CAPABILITIES.workspace, workspaceFolders: true } };

interface Case {
  /** What goes wrong. */
  readonly step: Step;
  readonly capabilities: object;
  /** Whether the first index can finish (it cannot when listing folders fails from the start). */
  readonly indexed: boolean;
  /** What the client does to make the server take that step. */
  readonly act: (client: LspClient, folder: string) => Promise<void>;
  /** The start of the error the server logs: what it was doing. */
  readonly logged: string;
}

const open = (client: LspClient, folder: string, version = 1): Promise<void> =>
  client.notify('textDocument/didOpen', { textDocument: { uri: uriOf(folder, CHAPTER), languageId: 'markdown', version, text: readFileSync(join(folder, CHAPTER), 'utf8') } });

const CASES: readonly Case[] = [
  { step: 'addFolders', capabilities: ALL, indexed: false, act: () => Promise.resolve(), logged: 'reading the workspace' },
  {
    step: 'addFolders',
    capabilities: ALL,
    indexed: true,
    act: (client, folder) => client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: pathToFileURL(join(folder, '..')).href, name: 'parent' }], removed: [] } }),
    logged: 'reading the added workspace folders',
  },
  {
    step: 'addFolders',
    capabilities: ALL,
    indexed: true,
    act: (client) => {
      client.settings = { files: { maxFileSize: 1 } };
      return client.notify('workspace/didChangeConfiguration', { settings: null });
    },
    logged: 'applying the new settings',
  },
  { step: 'openDocument', capabilities: ALL, indexed: true, act: (client, folder) => open(client, folder), logged: 'opening a document' },
  {
    step: 'changeDocument',
    capabilities: ALL,
    indexed: true,
    act: (client, folder) => client.notify('textDocument/didChange', { textDocument: { uri: uriOf(folder, CHAPTER), version: 2 }, contentChanges: [{ text: '# Changed\n' }] }),
    logged: 'updating a document',
  },
  {
    step: 'closeDocument',
    capabilities: ALL,
    indexed: true,
    act: (client, folder) => client.notify('textDocument/didClose', { textDocument: { uri: uriOf(folder, CHAPTER) } }),
    logged: 'closing a document',
  },
  {
    step: 'fileChanged',
    capabilities: ALL,
    indexed: true,
    act: (client, folder) => client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(folder, 'plan.yaml'), type: 2 }] }),
    logged: 'reading changed files',
  },
  { step: 'analyze', capabilities: PUSH_CAPABILITIES, indexed: true, act: (client, folder) => open(client, folder), logged: 'publishing diagnostics' },
];

/** An error log line: what failed, then the error's stack (its message, then where it was thrown). */
const failure = (what: string, step: Step) => new RegExp(`^${what} failed: Error: ${step} broke\\n\\s+at `);

describe('language server: a failing background step is logged, and the server carries on', function () {
  this.timeout(30_000);

  for (const { step, capabilities, indexed, act, logged } of CASES) {
    it(`logs "${logged} failed" with the error's stack when ${step} fails`, async () => {
      const example = copyExample('anyshire');
      const failing = new Set<Step>();
      const client = new LspClient({}, depsFailing(failing));
      try {
        if (!indexed) failing.add(step);
        await client.initialize(example.folder, capabilities, undefined, indexed);
        // Open first, so closing and changing have a document to work on.
        if (step === 'changeDocument' || step === 'closeDocument') await open(client, example.folder);
        failing.add(step);
        await act(client, example.folder);
        const expected = failure(logged, step);
        await client.until(() => client.logs.some((line) => expected.test(line)));
        failing.clear();
        // Still answering, from what it could read: the plan's responses, or nothing when no folder was listed.
        const symbols = await client.request<unknown[]>('workspace/symbol', { query: 'mh-' });
        assert.equal(symbols.length > 0, indexed);
      } finally {
        await client.close();
        example.cleanup();
      }
    });
  }

  it('answers a failed comparison with the fallback message and a failed ref list with none, logging both', async () => {
    const example = copyExample('anyshire');
    const failing = new Set<Step>(['refs']);
    const client = new LspClient({}, depsFailing(failing));
    try {
      await client.initialize(example.folder, ALL);
      assert.deepEqual(await client.request('planwright/compare', { base: 'main' }), { error: 'the comparison failed: see the output channel' });
      assert.deepEqual(await client.request('planwright/gitRefs', {}), { refs: [] });
      assert.ok(client.logs.some((line) => failure('planwright/compare', 'compare').test(line)), client.logs.join('\n'));
      assert.ok(client.logs.some((line) => failure('planwright/gitRefs', 'refs').test(line)), client.logs.join('\n'));
      failing.clear();
      assert.deepEqual(await client.request('planwright/gitRefs', {}), { refs: [{ name: 'main', kind: 'branch' }] });
    } finally {
      await client.close();
      example.cleanup();
    }
  });
});
