import * as assert from 'node:assert/strict';
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
});
