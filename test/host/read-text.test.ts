import * as assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, formatBytes, MAX_FILE_BYTES, readText, type ReadResult } from '../../host/src/index';
import { TempFolders } from '../cli/cli-harness';

/** Reading one plan file (host/src/loader/read-text.ts): the text, or the exact reason it is not read. */

const LIMIT_NOTE = '(the limit is set by `--max-file-size` or the `planwright.files.maxFileSize` setting)';

describe('reading a plan file (host)', () => {
  const temp = new TempFolders();
  after(() => temp.cleanup());

  it('sets the default limit at 32 MB', () => assert.equal(MAX_FILE_BYTES, 33_554_432));

  const sizes: [number, string][] = [
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [1025, '1.0 KB'],
    [1024 * 1024 - 1, '1024.0 KB'],
    [1024 * 1024, '1 MB'],
    [40 * 1024 * 1024, '40 MB'],
    [33_700_000, '32.1 MB'],
  ];
  for (const [bytes, text] of sizes) {
    it(`writes ${bytes} bytes as "${text}"`, () => assert.equal(formatBytes(bytes), text));
  }

  const decoded: [string, Uint8Array, number | undefined, ReadResult][] = [
    ['UTF-8 text', new TextEncoder().encode('plan: ✓\n'), undefined, { ok: true, text: 'plan: ✓\n' }],
    ['text of exactly the limit', new TextEncoder().encode('abcd'), 4, { ok: true, text: 'abcd' }],
    ['text one byte over the limit', new TextEncoder().encode('abcde'), 4, { ok: false, reason: `the file is 5 bytes, over the 4 bytes limit for a plan file, so it is not read ${LIMIT_NOTE}` }],
    ['a NUL byte early on', Uint8Array.from([0x61, 0x00, 0x62]), undefined, { ok: false, reason: 'the file is binary, not text: plan files are UTF-8 Markdown or YAML' }],
    ['a NUL byte at 8191', Uint8Array.from({ length: 8192 }, (_, i) => (i === 8191 ? 0 : 0x61)), undefined, { ok: false, reason: 'the file is binary, not text: plan files are UTF-8 Markdown or YAML' }],
    ['a NUL byte after the first 8 KB (text with a NUL)', Uint8Array.from({ length: 8193 }, (_, i) => (i === 8192 ? 0 : 0x61)), undefined, { ok: true, text: `${'a'.repeat(8192)}\u0000` }],
    ['Latin-1 bytes', Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), undefined, { ok: false, reason: 'the file is not valid UTF-8 text: save it as UTF-8' }],
  ];
  for (const [name, bytes, max, expected] of decoded) {
    it(`decodes ${name}`, () => assert.deepEqual(max === undefined ? decodeText(bytes) : decodeText(bytes, max), expected));
  }

  it('reads a file, and refuses one over the limit before reading it', () => {
    const folder = temp.withFiles({ 'a.md': '# Plan\n', 'big.md': 'x'.repeat(2048) });
    assert.deepEqual(readText(join(folder, 'a.md')), { ok: true, text: '# Plan\n' });
    assert.deepEqual(readText(join(folder, 'big.md'), 1024), { ok: false, reason: `the file is 2 KB, over the 1 KB limit for a plan file, so it is not read ${LIMIT_NOTE}` });
    assert.deepEqual(readText(join(folder, 'big.md'), 2048), { ok: true, text: 'x'.repeat(2048) });
  });

  it('says why a path cannot be read: missing, under a file, a folder, not a regular file, a link loop', () => {
    const folder = temp.withFiles({ 'a.md': 'text', 'sub/b.md': 'text' });
    symlinkSync(join(folder, 'loop-b'), join(folder, 'loop-a'));
    symlinkSync(join(folder, 'loop-a'), join(folder, 'loop-b'));
    const missing = { ok: false, reason: 'cannot read the file: the file does not exist', missing: true };
    assert.deepEqual(readText(join(folder, 'gone.md')), missing);
    assert.deepEqual(readText(join(folder, 'a.md', 'below.md')), missing);
    assert.deepEqual(readText(join(folder, 'sub')), { ok: false, reason: 'cannot read the file: it is a folder, not a file' });
    assert.deepEqual(readText('/dev/null'), { ok: false, reason: 'cannot read the file: it is not a regular file (a device, socket or pipe)' });
    assert.deepEqual(readText(join(folder, 'loop-a')), { ok: false, reason: 'cannot read the file: too many symbolic links' });
  });
});
