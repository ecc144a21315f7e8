import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RequestType } from 'vscode-languageserver-protocol';
import * as protocol from '../../server/src/protocol';

const REPO = join(__dirname, '..', '..', '..');

describe('the requests beyond LSP: docs/protocol.md and server/src/protocol.ts', () => {
  it('documents exactly the methods the server and the client declare, each with its direction', () => {
    const toClient = new Set(['ListFilesRequest', 'ReadFileRequest']);
    const declared = Object.entries(protocol)
      .flatMap(([name, value]) => (value instanceof RequestType ? [`${value.method} ${toClient.has(name) ? 'server → client' : 'client → server'}`] : []))
      .sort();
    const documented = readFileSync(join(REPO, 'docs', 'protocol.md'), 'utf8')
      .split('\n')
      .flatMap((line) => /^\| `([^`]+)` \| ([^|]+?) \|/.exec(line)?.slice(1, 3).join(' ') ?? [])
      .sort();
    assert.deepEqual(documented, declared);
    assert.equal(declared.length, 6);
  });
});
