import * as assert from 'node:assert/strict';
import { MAX_FILE_BYTES } from '../../host/src/loader/decode-text';
import type { ReadFileParams, ReadFileResult } from '../../server/src/protocol';
import { ClientWorkspace, insidePlans, type ClientFiles } from '../../server/src/web/client-workspace';
import { manifest, testEngine } from '../helpers/engine';

const W = 'vscode-vfs://github/nhs/plans/';
const OUTSIDE = `cannot read the file: it is outside the folders being checked, and Planwright reads nothing outside them (check a folder that holds both the plan and this file)`;

/** A client that answers from a table: each file's answer (or an error to throw), and the listing. */
class TableFiles implements ClientFiles {
  readonly lists: string[][] = [];
  readonly reads: ReadFileParams[] = [];
  listing: string[] = [];
  constructor(readonly answers: Record<string, ReadFileResult | { throws: unknown }> = {}) {}

  list(folders: readonly string[]): Promise<readonly string[]> {
    this.lists.push([...folders]);
    return Promise.resolve(this.listing);
  }

  /** While set, reads wait here: the test answers them, in any order. */
  held: ((answer: ReadFileResult) => void)[] | undefined;

  read(params: ReadFileParams): Promise<ReadFileResult> {
    this.reads.push(params);
    const held = this.held;
    if (held) return new Promise((resolve) => held.push(resolve));
    const answer = this.answers[params.uri] ?? { kind: 'missing' };
    // A request can fail with anything, not only an Error: the worker words both.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    return 'throws' in answer ? Promise.reject(answer.throws) : Promise.resolve(answer);
  }

  readUris(): string[] {
    return this.reads.map((params) => params.uri.slice(W.length));
  }
}

const bytes = (text: string): ReadFileResult => ({ kind: 'bytes', base64: Buffer.from(text, 'utf8').toString('base64') });

/** A workspace over the table whose project records what it is told, in order: "set a.md: text", "unreadable a.md: why", "delete a.md". */
function workspaceOf(files: TableFiles): { workspace: ClientWorkspace; log: string[] } {
  const workspace = new ClientWorkspace(testEngine(), files, '2026-01-01');
  const log: string[] = [];
  const project = workspace.project;
  const short = (uri: string): string => (uri.startsWith(W) ? uri.slice(W.length) : uri);
  const setFile = project.setFile.bind(project);
  const setUnreadable = project.setUnreadable.bind(project);
  const deleteFile = project.deleteFile.bind(project);
  project.setFile = (uri, text) => {
    log.push(`set ${short(uri)}: ${text}`);
    setFile(uri, text);
  };
  project.setUnreadable = (uri, reason) => {
    log.push(`unreadable ${short(uri)}: ${reason}`);
    setUnreadable(uri, reason);
  };
  project.deleteFile = (uri) => {
    log.push(`delete ${short(uri)}`);
    deleteFile(uri);
  };
  return { workspace, log };
}

describe('the web worker workspace: what it asks the client, and what it makes of the answers', () => {
  it('lists each folder once, as a folder URI, and keeps only the plan files inside the folders, manifests first, sorted', async () => {
    const files = new TableFiles();
    files.listing = [
      `${W}b/plan.yaml`,
      `${W}b/02.md`,
      `${W}a/plan.yaml`,
      `${W}a/01.MD`,
      `${W}a/data.yml`,
      `${W}a/notes.txt`,
      `${W}a/old.md.bak`,
      `${W}a/01.MD`,
      `${W}shared.catalog.yaml`,
      `${W}loose.md`,
      'vscode-vfs://github/nhs/other/plan.yaml',
    ];
    const { workspace } = workspaceOf(files);
    assert.deepEqual(await workspace.addFolders([W.slice(0, -1), W]), [`${W}a/plan.yaml`, `${W}b/plan.yaml`, `${W}a/01.MD`, `${W}a/data.yml`, `${W}b/02.md`, `${W}shared.catalog.yaml`]);
    assert.deepEqual(files.lists, [[W]]);
    await workspace.addFolders([W]);
    assert.deepEqual(files.lists, [[W], [W]], 'a folder added again is listed once');
  });

  it('asks for no listing while there are no folders', async () => {
    const files = new TableFiles();
    const { workspace } = workspaceOf(files);
    assert.deepEqual(await workspace.addFolders([]), []);
    assert.deepEqual(files.lists, []);
  });

  it('lists the remaining folders after one is forgotten', async () => {
    const files = new TableFiles();
    const { workspace } = workspaceOf(files);
    await workspace.addFolders([`${W}a`, `${W}b/`]);
    workspace.forgetFolder(`${W}a`);
    await workspace.addFolders([]);
    assert.deepEqual(files.lists, [[`${W}a/`, `${W}b/`], [`${W}b/`]]);
  });

  it('reads each answer as the loader would: text, missing, too large, a folder, a link, an error', async () => {
    const files = new TableFiles({
      [`${W}plan.yaml`]: bytes(manifest()),
      [`${W}01.md`]: bytes('# One\n'),
      [`${W}02.md`]: { kind: 'missing' },
      [`${W}03.md`]: { kind: 'tooLarge', size: 2048 },
      [`${W}04.md`]: { kind: 'folder' },
      [`${W}05.md`]: { kind: 'link' },
      [`${W}06.md`]: { kind: 'error', message: 'permission denied' },
      [`${W}07.md`]: { throws: new Error('the client went away') },
      [`${W}08.md`]: { throws: 'no answer' },
      [`${W}09.md`]: { kind: 'bytes', base64: Buffer.from([35, 32, 0, 1]).toString('base64') },
      [`${W}10.md`]: bytes(`# Ten\n${'x'.repeat(1100)}`), // a client that sent more than the limit
    });
    const { workspace, log } = workspaceOf(files);
    workspace.setOptions({ maxFileBytes: 1024 });
    await workspace.addFolders([W]);
    for (const name of ['01.md', '02.md', '03.md', '04.md', '05.md', '06.md', '07.md', '08.md', '09.md', '10.md']) await workspace.readFile(W + name);
    assert.deepEqual(log, [
      'set 01.md: # One\n',
      'delete 02.md',
      'unreadable 03.md: the file is 2 KB, over the 1 KB limit for a plan file, so it is not read (the limit is set by `--max-file-size` or the `planwright.files.maxFileSize` setting)',
      'unreadable 04.md: cannot read the file: it is a folder, not a file',
      'unreadable 05.md: cannot read the file: it is a symbolic link, and Planwright does not follow links (they could lead outside the folders being checked): replace the link with the file itself',
      'unreadable 06.md: cannot read the file: permission denied',
      'unreadable 07.md: cannot read the file: the client went away',
      'unreadable 08.md: cannot read the file: no answer',
      'unreadable 09.md: the file is binary, not text: plan files are UTF-8 Markdown or YAML',
      'unreadable 10.md: the file is 1.1 KB, over the 1 KB limit for a plan file, so it is not read (the limit is set by `--max-file-size` or the `planwright.files.maxFileSize` setting)',
    ]);
    assert.ok(files.reads.every((params) => params.maxBytes === 1024), 'the limit is sent with each read');
  });

  it('forgets a file the client says is missing', async () => {
    const files = new TableFiles({ [`${W}01.md`]: bytes('# One\n') });
    const { workspace, log } = workspaceOf(files);
    await workspace.addFolders([W]);
    await workspace.readFile(`${W}01.md`);
    delete files.answers[`${W}01.md`];
    await workspace.fileChanged(`${W}01.md`, false);
    assert.deepEqual(log, ['set 01.md: # One\n', 'delete 01.md']);
    assert.equal(workspace.project.hasFile(`${W}01.md`), false);
  });

  it('sends the default size limit until a setting changes it, and again when the setting is cleared', async () => {
    const files = new TableFiles();
    const { workspace } = workspaceOf(files);
    await workspace.addFolders([W]);
    await workspace.readFile(`${W}a.md`);
    workspace.setOptions({ maxFileBytes: 10 });
    await workspace.readFile(`${W}a.md`);
    workspace.setOptions({});
    await workspace.readFile(`${W}a.md`);
    assert.deepEqual(
      files.reads.map((params) => params.maxBytes),
      [MAX_FILE_BYTES, 10, MAX_FILE_BYTES],
    );
  });

  it('asks nothing for a file an editor has open, and reads it from the client again once closed', async () => {
    const files = new TableFiles({ [`${W}01.md`]: bytes('# Stored\n') });
    const { workspace, log } = workspaceOf(files);
    await workspace.addFolders([W]);
    await workspace.openDocument(`${W}01.md`, '# Typed\n');
    await workspace.readFile(`${W}01.md`);
    assert.equal(workspace.fileChanged(`${W}01.md`, false), undefined);
    assert.equal(workspace.fileChanged(`${W}01.md`, true), undefined);
    assert.deepEqual(workspace.openUris(), [`${W}01.md`]);
    assert.deepEqual(files.reads, []);
    await workspace.closeDocument(`${W}01.md`);
    assert.deepEqual(workspace.openUris(), []);
    assert.deepEqual(files.readUris(), ['01.md']);
    assert.deepEqual(log, ['set 01.md: # Typed\n', 'set 01.md: # Stored\n']);
  });

  it('forgets a closed buffer that is outside the folders, without asking the client', async () => {
    const files = new TableFiles();
    const { workspace, log } = workspaceOf(files);
    await workspace.addFolders([W]);
    await workspace.openDocument('untitled:Untitled-1.md', '# Draft\n');
    await workspace.closeDocument('untitled:Untitled-1.md');
    assert.deepEqual(log, ['set untitled:Untitled-1.md: # Draft\n', 'delete untitled:Untitled-1.md']);
    assert.deepEqual(files.reads, []);
  });

  it('ignores watched changes to files that are not plan files, and forgets deleted plan files without asking', async () => {
    const files = new TableFiles({ [`${W}01.md`]: bytes('# One\n'), [`${W}README.md`]: bytes('# Read me\n') });
    const { workspace, log } = workspaceOf(files);
    await workspace.addFolders([W]);
    await workspace.readFile(`${W}01.md`);
    assert.equal(workspace.fileChanged(`${W}README.md`, false), undefined);
    assert.equal(workspace.fileChanged(`${W}notes.txt`, false), undefined);
    await workspace.closeDocument(`${W}notes.txt`);
    assert.equal(workspace.fileChanged(`${W}01.md`, true), undefined);
    assert.deepEqual(files.readUris(), ['01.md']);
    assert.deepEqual(log, ['set 01.md: # One\n', 'delete 01.md']);
  });

  it('reads a changed stored file again when the watcher says so', async () => {
    const files = new TableFiles({ [`${W}01.md`]: bytes('# One\n') });
    const { workspace, log } = workspaceOf(files);
    await workspace.addFolders([W]);
    await workspace.readFile(`${W}01.md`);
    files.answers[`${W}01.md`] = bytes('# Two\n');
    await workspace.fileChanged(`${W}01.md`, false);
    assert.deepEqual(files.readUris(), ['01.md', '01.md']);
    assert.deepEqual(log, ['set 01.md: # One\n', 'set 01.md: # Two\n']);
  });
});

describe('the web worker workspace: local catalogs and late answers', () => {
  const plan = (catalogs: string): ReadFileResult => bytes(manifest(`catalogs: [${catalogs}]\n`));

  it('reads the local catalogs a plan names that were not listed, and refuses those outside the folders', async () => {
    const files = new TableFiles({ [`${W}p/plan.yaml`]: plan('listed.catalog.yaml, extra.catalog.yaml, ../../out.catalog.yaml'), [`${W}p/listed.catalog.yaml`]: bytes('catalog: {}\n'), [`${W}p/extra.catalog.yaml`]: bytes('catalog: {}\n') });
    const { workspace, log } = workspaceOf(files);
    files.listing = [`${W}p/plan.yaml`, `${W}p/listed.catalog.yaml`];
    for (const uri of await workspace.addFolders([W])) await workspace.readFile(uri);
    log.length = 0;
    files.reads.length = 0;
    await workspace.readLocalCatalogs([`${W}p/`]);
    assert.deepEqual(files.readUris(), ['p/extra.catalog.yaml']);
    assert.deepEqual(log, ['set p/extra.catalog.yaml: catalog: {}\n', `unreadable vscode-vfs://github/nhs/out.catalog.yaml: ${OUTSIDE}`]);
  });

  it('reads the catalogs a plan.yaml names when the editor changes it, and when it changes on disk', async () => {
    const files = new TableFiles({ [`${W}p/plan.yaml`]: plan('one.catalog.yaml'), [`${W}p/one.catalog.yaml`]: bytes('catalog: {}\n'), [`${W}p/two.catalog.yaml`]: bytes('catalog: {}\n') });
    const { workspace } = workspaceOf(files);
    await workspace.addFolders([W]);
    await workspace.fileChanged(`${W}p/plan.yaml`, false);
    assert.deepEqual(files.readUris(), ['p/plan.yaml', 'p/one.catalog.yaml']);
    await workspace.openDocument(`${W}p/plan.yaml`, manifest('catalogs: [one.catalog.yaml, two.catalog.yaml, gone.catalog.yaml]\n'));
    const named = ['p/plan.yaml', 'p/one.catalog.yaml', 'p/two.catalog.yaml', 'p/gone.catalog.yaml'];
    assert.deepEqual(files.readUris(), named);
    await workspace.openDocument(`${W}p/01.md`, '# One\n');
    await workspace.changeDocument(`${W}p/01.md`, '# One, typed\n');
    await workspace.closeDocument(`${W}p/01.md`);
    assert.deepEqual(files.readUris(), [...named, 'p/01.md'], 'a chapter names no catalogs: the missing one is not asked for again');
  });

  it('drops an older answer that arrives after a newer one for the same file', async () => {
    const files = new TableFiles();
    const { workspace, log } = workspaceOf(files);
    await workspace.addFolders([W]);
    files.held = [];
    const first = workspace.readFile(`${W}01.md`);
    const second = workspace.readFile(`${W}01.md`);
    const [answerFirst, answerSecond] = files.held;
    answerSecond?.(bytes('# New\n'));
    await second;
    answerFirst?.(bytes('# Old\n'));
    await first;
    assert.deepEqual(log, ['set 01.md: # New\n']);
  });

  for (const [when, edit] of [
    ['the text was changed', 'changeDocument'],
    ['the editor opened the file, with other text', 'openDocument'],
  ] as const) {
    it(`drops an answer that arrives after ${when}`, async () => {
      const files = new TableFiles();
      const { workspace, log } = workspaceOf(files);
      await workspace.addFolders([W]);
      files.held = [];
      const late = workspace.readFile(`${W}01.md`);
      const [answerLate] = files.held;
      await workspace[edit](`${W}01.md`, '# Typed\n');
      answerLate?.(bytes('# Old\n'));
      await late;
      assert.deepEqual(log, ['set 01.md: # Typed\n']);
    });
  }

  it('after a change, drops an answer to a read asked before it, even when a later read is under way', async () => {
    const files = new TableFiles();
    const { workspace, log } = workspaceOf(files);
    await workspace.addFolders([W]);
    files.held = [];
    const before = workspace.readFile(`${W}01.md`);
    await workspace.changeDocument(`${W}01.md`, '# Typed\n');
    const after = workspace.readFile(`${W}01.md`);
    const [answerBefore, answerAfter] = files.held;
    answerAfter?.(bytes('# New\n'));
    await after;
    answerBefore?.(bytes('# Old\n'));
    await before;
    assert.deepEqual(log, ['set 01.md: # Typed\n', 'set 01.md: # New\n']);
  });

});

describe('the web worker workspace: a closed folder', () => {
  it('forgets the stored files under it, and keeps its open buffers and the other folders\' files', async () => {
    const files = new TableFiles({ [`${W}a/01.md`]: bytes('# A\n'), [`${W}ab/01.md`]: bytes('# AB\n') });
    const { workspace, log } = workspaceOf(files);
    await workspace.addFolders([`${W}a`, `${W}ab`]);
    await workspace.readFile(`${W}a/01.md`);
    await workspace.readFile(`${W}ab/01.md`);
    await workspace.openDocument(`${W}a/02.md`, '# Open\n');
    await workspace.openDocument(`${W}ab/02.md`, '# Open too\n');
    await workspace.closeDocument(`${W}ab/02.md`);
    assert.deepEqual(files.readUris(), ['a/01.md', 'ab/01.md', 'ab/02.md'], 'a closed buffer in the second folder is read again');
    log.length = 0;
    workspace.forgetFolder(`${W}a`);
    assert.deepEqual(log, ['delete a/01.md']);
    assert.deepEqual(workspace.project.fileUris(), [`${W}ab/01.md`, `${W}a/02.md`]);
    await workspace.closeDocument(`${W}a/02.md`);
    assert.deepEqual(log, ['delete a/01.md', 'delete a/02.md'], 'closed, a buffer outside the folders left is forgotten');
    assert.equal(files.reads.length, 3);
  });
});

describe('the web worker workspace: its project', () => {
  it('checks the plans against the given date, within the given limits', async () => {
    let runs = 0;
    const limits = { budgetMs: 60_000, now: () => 0, watchdog: { ms: 60_000, run: <T>(work: () => T) => (runs++, { done: true as const, value: work() }) } };
    const files = new TableFiles({ [`${W}plan.yaml`]: bytes(manifest()) });
    const workspace = new ClientWorkspace(testEngine(), files, '2026-02-03', limits);
    await workspace.addFolders([W]);
    await workspace.readFile(`${W}plan.yaml`);
    const [analysis] = workspace.project.analyzeAll();
    assert.equal(analysis?.context.today, '2026-02-03');
    assert.ok(runs > 0, 'the analysis ran under the watchdog');
  });
});

describe('insidePlans: the files at or below a plan.yaml, and catalogs anywhere', () => {
  it('keeps what the loader keeps', () => {
    assert.deepEqual(insidePlans([`${W}a/plan.yaml`, `${W}a/x/01.md`, `${W}b/01.md`, `${W}b/shared.catalog.yaml`, `${W}myplan.yaml`, `${W}c/plan.yaml.md`]), [`${W}a/plan.yaml`, `${W}a/x/01.md`, `${W}b/shared.catalog.yaml`]);
  });
});
