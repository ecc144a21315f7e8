import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXPECTED } from './expected';
import { click, exactly, see, WORKBENCH } from './screen';
import { codeOf, fileUri, restoring, serverRunning, when } from './util';

/** The language server processes this extension host started (its children running server.js), from /proc (Linux). */
function serverProcesses(): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (parent === process.pid && command.some((arg) => arg.endsWith('server.js'))) found.push(Number(name));
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

/**
 * A server (spoken to over Node IPC, as the extension starts it) that answers `initialize`, then
 * asks the client for its settings and drops the channel at once while staying alive: every
 * answer the client writes fails, as writes do to a server killed on a loaded machine before the
 * client sees it exit. Each start appends a line to $PLANWRIGHT_FAKE_SERVER_LOG.
 */
const BROKEN_SERVER = `
require('node:fs').appendFileSync(process.env.PLANWRIGHT_FAKE_SERVER_LOG, 'started\\n');
process.on('message', (message) => {
  if (message.method === 'initialize') process.send({ jsonrpc: '2.0', id: message.id, result: { capabilities: {} } });
  if (message.method === 'initialized') {
    for (let i = 0; i < 6; i++) process.send({ jsonrpc: '2.0', id: 'settings-' + i, method: 'workspace/configuration', params: { items: [{ section: 'planwright' }] } });
    process.disconnect();
  }
});
setTimeout(() => process.exit(0), 10000);
`;

describe('Planwright in VS Code: recovering from a crashed server', () => {
  before(serverRunning);

  it('restarts a killed server and re-syncs the open, edited document', async () => {
    const uri = fileUri('05-cancer.md');
    await restoring(uri, async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const [pid, ...others] = serverProcesses();
    assert.ok(pid !== undefined && others.length === 0, `one server process, found ${JSON.stringify([pid, ...others])}`);
    process.kill(pid, 'SIGKILL');
    // Edited while no server runs: only a re-sync after the restart can report it.
    const end = new vscode.Position(document.lineCount, 0);
    await editor.edit((edit) => edit.insert(end, '\n```commitment\nid: cancer-no-such-commitment\nstatus: on-track\n```\n'));
    const line = document.lineCount - 4;
    await when(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === 'unknown-commitment' && d.range.start.line === line), 'unknown-commitment on the line added while the server was down').catch((error: unknown) => {
      // What was there instead, for a failure seen once in twenty runs on a loaded machine and not since.
      const seen = vscode.languages.getDiagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line}`);
      throw new Error(`${error instanceof Error ? error.message : String(error)} (line ${line}); diagnostics: ${seen.join(', ') || 'none'}; server processes: ${JSON.stringify(serverProcesses())}, killed ${pid}`);
    });
    const [restarted] = serverProcesses();
    assert.ok(restarted !== undefined && restarted !== pid, 'a new server process');
    await see({ selector: WORKBENCH.statusBarItem, text: /LTP \d+\/\d+/ });
    });
  });

  it('restarts a server whose connection keeps failing, then leaves it stopped with a way to start again', async function () {
    this.timeout(180_000);
    const dir = mkdtempSync(join(tmpdir(), 'planwright-broken-server-'));
    const log = join(dir, 'starts.log');
    writeFileSync(join(dir, 'server.js'), BROKEN_SERVER);
    writeFileSync(log, '');
    process.env['PLANWRIGHT_SERVER_MODULE'] = join(dir, 'server.js');
    process.env['PLANWRIGHT_FAKE_SERVER_LOG'] = log;
    try {
      await vscode.commands.executeCommand('planwright.restartServer');
      // Each failure is seen as failed writes or as the closed connection, whichever the client notices first
      // (on a loaded machine, often the closing): both count, and the notice names the last one.
      await see({
        selector: WORKBENCH.notification,
        text: /Planwright: the (connection to the language server failed|language server stopped unexpectedly) 5 times in 3 minutes, so it was left stopped/,
        timeoutMs: 120_000,
      });
      // The first start and four restarts; none after it was left stopped.
      assert.equal(readFileSync(log, 'utf8'), 'started\n'.repeat(5));
    } finally {
      delete process.env['PLANWRIGHT_SERVER_MODULE'];
      delete process.env['PLANWRIGHT_FAKE_SERVER_LOG'];
    }
    await click({ selector: WORKBENCH.notificationButton, text: exactly('Restart server') });
    await see({ selector: WORKBENCH.statusBarItem, text: exactly(EXPECTED.statusBar), timeoutMs: 60_000 });
    // Told once: the failing connection's later errors add no further notices.
    await see({ selector: WORKBENCH.notification, text: /left stopped/, state: 'hidden', timeoutMs: 5_000 });
  });
});
