import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { IN_PROCESS } from './in-process-server';
import { copyExample, REPO } from './lsp-client';

const SERVER = join(REPO, 'bin', 'planwright-language-server');

/** Starts the shipped server over stdio, initializes it on a copy of the example plan, sends `messages`, and resolves with its exit code. */
async function exitCodeAfter(messages: readonly ('shutdown' | 'exit')[]): Promise<number | null> {
  const example = copyExample('anyshire');
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = once(child, 'exit') as Promise<[number | null]>;
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onError(() => undefined);
  connection.listen();
  try {
    const uri = pathToFileURL(example.folder).href;
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'plans' }], capabilities: {} });
    await connection.sendNotification('initialized', {});
    for (const message of messages) {
      if (message === 'shutdown') assert.equal(await connection.sendRequest('shutdown'), null);
      else await connection.sendNotification('exit');
    }
    const [code] = await exited;
    return code;
  } finally {
    connection.dispose();
    child.kill();
    example.cleanup();
  }
}

// Exiting, stdio and the command line belong to the server's process: with the
// server in-process (PLANWRIGHT_LSP_IN_PROCESS=1) there is no process of its own
// to exit, so these are skipped there, and run on the shipped bundle otherwise.
(IN_PROCESS ? describe.skip : describe)('the language server process (skipped in-process: it is about the process itself)', function () {
  this.timeout(30_000);

  it('exits with 0 after shutdown and exit, as the protocol asks', async () => {
    assert.equal(await exitCodeAfter(['shutdown', 'exit']), 0);
  });

  it('exits with 1 on exit without shutdown', async () => {
    assert.equal(await exitCodeAfter(['exit']), 1);
  });

  it('without a transport argument, says how to start it and exits with 2', () => {
    const result = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'usage: planwright-language-server --stdio | --node-ipc | --socket=PORT\n');
  });
});
