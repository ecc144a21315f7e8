import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { copyExample, LspClient, PULL_CAPABILITIES, PUSH_CAPABILITIES } from './lsp-client';

const DYNAMIC = { dynamicRegistration: true };

/** Each case: the client's capabilities, and what the server registers for once it has read the workspace. */
const CASES: { name: string; capabilities: object; registers: string[] }[] = [
  { name: 'a push-only client without dynamic registration (Neovim 0.7)', capabilities: PUSH_CAPABILITIES, registers: [] },
  {
    // eglot 1.9: configuration requests, but no dynamic registration for configuration changes.
    name: 'a client that answers configuration requests and registers only file watchers (eglot 1.9)',
    capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: DYNAMIC } },
    registers: ['workspace/didChangeWatchedFiles'],
  },
  {
    name: 'a client that registers both (VS Code)',
    capabilities: { ...PULL_CAPABILITIES, workspace: { ...PULL_CAPABILITIES.workspace, didChangeConfiguration: DYNAMIC, didChangeWatchedFiles: DYNAMIC } },
    registers: ['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles'],
  },
  {
    name: 'a client that offers dynamic registration for configuration changes but does not answer configuration requests',
    capabilities: { workspace: { didChangeConfiguration: DYNAMIC } },
    registers: [],
  },
];

describe('dynamic registration only where the client offers it', function () {
  this.timeout(30_000);

  for (const { name, capabilities, registers } of CASES) {
    it(name, async () => {
      const example = copyExample('anyshire');
      const client = new LspClient();
      try {
        // The server registers in `initialized`, before it reads the workspace; messages arrive in order.
        await client.initialize(example.folder, capabilities);
        assert.deepEqual([...client.registrations].sort(), registers);
        const unwatched = client.logs.some((line) => line.startsWith('the client does not watch files'));
        assert.equal(unwatched, !registers.includes('workspace/didChangeWatchedFiles'), client.logs.join('\n'));
      } finally {
        await client.close();
        example.cleanup();
      }
    });
  }

  it('watches plan files (Markdown and YAML) and registers for settings with nothing more', async () => {
    const example = copyExample('anyshire');
    const client = new LspClient();
    const options: Record<string, unknown> = {};
    client.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      for (const registration of params.registrations) options[registration.method] = registration.registerOptions;
      return null;
    });
    try {
      await client.initialize(example.folder, CASES[2]?.capabilities ?? {});
      assert.deepEqual(options, { 'workspace/didChangeConfiguration': {}, 'workspace/didChangeWatchedFiles': { watchers: [{ globPattern: '**/*.{md,yaml,yml}' }] } });
    } finally {
      await client.close();
      example.cleanup();
    }
  });

  it('says so and carries on when the client refuses a registration', async () => {
    const example = copyExample('anyshire');
    const client = new LspClient();
    client.connection.onRequest('client/registerCapability', (params: { registrations: { method: string }[] }) => {
      throw new Error(`no ${params.registrations.map((r) => r.method).join(', ')} here`);
    });
    try {
      await client.initialize(example.folder, CASES[2]?.capabilities ?? {});
      // Both refusals arrive before the workspace is read (initialize waited for that); the
      // library logs each refusal too ("Registering request handler for … failed.").
      const said = client.logs.filter((line) => !line.startsWith('Planwright: ') && !line.startsWith('Registering request handler'));
      assert.deepEqual(said, [
        'registering for configuration changes failed: Request client/registerCapability failed with message: no workspace/didChangeConfiguration here',
        'the client does not watch files for the server; changes on disk are seen when files are opened',
      ]);
      assert.ok((await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: `${pathToFileURL(example.folder).href}/04-mental-health.md` } })).length > 0, 'still answering');
    } finally {
      await client.close();
      example.cleanup();
    }
  });
});
