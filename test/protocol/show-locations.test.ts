import * as assert from 'node:assert/strict';
import { ResponseError } from 'vscode-jsonrpc/node';
import { copyExample, LspClient, PUSH_CAPABILITIES } from './lsp-client';

interface Location {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const at = (uri: string, line: number): Location => ({ uri, range: { start: { line, character: 0 }, end: { line, character: 4 } } });
const FILE = 'file:///plans/anyshire/04-mental-health.md';

/** Each case: the locations a client sends with `planwright.showLocations`, and what a client that cannot open documents is told. */
const MESSAGES: { name: string; locations: Location[]; message: string }[] = [
  { name: 'none', locations: [], message: 'Planwright: no responses to this commitment yet' },
  { name: 'one (lines count from 1)', locations: [at(FILE, 11)], message: 'Planwright: 1 place: 04-mental-health.md:12' },
  { name: 'two', locations: [at(FILE, 0), at('file:///plans/anyshire/05-cancer.md', 39)], message: 'Planwright: 2 places: 04-mental-health.md:1, 05-cancer.md:40' },
  { name: 'a file name with escaped characters', locations: [at('file:///plans/anyshire/07%20urgent%20care.md', 2)], message: 'Planwright: 1 place: 07 urgent care.md:3' },
  { name: 'a file name whose escapes are broken', locations: [at('file:///plans/anyshire/bad%E0%A4%A.md', 2)], message: 'Planwright: 1 place: bad%E0%A4%A.md:3' },
  {
    name: 'ten: every one',
    locations: Array.from({ length: 10 }, (_, i) => at(FILE, i)),
    message: `Planwright: 10 places: ${Array.from({ length: 10 }, (_, i) => `04-mental-health.md:${i + 1}`).join(', ')}`,
  },
  {
    name: 'twelve: the first ten, and how many more',
    locations: Array.from({ length: 12 }, (_, i) => at(FILE, i)),
    message: `Planwright: 12 places: ${Array.from({ length: 10 }, (_, i) => `04-mental-health.md:${i + 1}`).join(', ')}, and 2 more`,
  },
];

/** Arguments no code lens gives: each is refused with the arguments the command takes. */
const REFUSED: { name: string; args: unknown[] | undefined }[] = [
  { name: 'no arguments', args: undefined },
  { name: 'no third argument', args: [FILE, { line: 0, character: 0 }] },
  { name: 'locations not a list', args: [FILE, {}, { uri: FILE }] },
  { name: 'a location that is a list', args: [FILE, {}, [[FILE]]] },
  { name: 'a location that is null', args: [FILE, {}, [null]] },
  { name: 'a location without a uri', args: [FILE, {}, [{ range: at(FILE, 1).range }]] },
  { name: 'a numeric uri', args: [FILE, {}, [{ uri: 7, range: at(FILE, 1).range }]] },
  { name: 'a range that is a list', args: [FILE, {}, [{ uri: FILE, range: [] }]] },
  { name: 'a range without an end', args: [FILE, {}, [{ uri: FILE, range: { start: { line: 1, character: 0 } } }]] },
  { name: 'a start that is a list', args: [FILE, {}, [{ uri: FILE, range: { start: [], end: { line: 1, character: 0 } } }]] },
  { name: 'a line that is text', args: [FILE, {}, [{ uri: FILE, range: { start: { line: '1', character: 0 }, end: { line: 1, character: 0 } } }]] },
  { name: 'no character', args: [FILE, {}, [{ uri: FILE, range: { start: { line: 1, character: 0 }, end: { line: 1 } } }]] },
  { name: 'one good location and one bad', args: [FILE, {}, [at(FILE, 1), { uri: FILE }]] },
];

describe('planwright.showLocations run by the server for any client', function () {
  this.timeout(30_000);
  let client: LspClient;
  let example: ReturnType<typeof copyExample>;
  const messages: { type: number; message: string }[] = [];

  before(async () => {
    example = copyExample('anyshire');
    client = new LspClient();
    client.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => messages.push(params));
    await client.initialize(example.folder, PUSH_CAPABILITIES);
  });
  after(async () => {
    await client.close();
    example.cleanup();
  });

  for (const { name, locations, message } of MESSAGES) {
    it(`tells a client without showDocument where they are: ${name}`, async () => {
      messages.length = 0;
      const answer = await client.request('workspace/executeCommand', { command: 'planwright.showLocations', arguments: [FILE, { line: 0, character: 0 }, locations] });
      assert.deepEqual(answer, locations);
      // The message is sent before the answer, so it has arrived by now; 3 is an information message.
      assert.deepEqual(messages, [{ type: 3, message }]);
    });
  }

  for (const { name, args } of REFUSED) {
    it(`refuses ${name} as invalid parameters`, async () => {
      messages.length = 0;
      const error = await client.request('workspace/executeCommand', { command: 'planwright.showLocations', ...(args ? { arguments: args } : {}) }).then(
        () => assert.fail('the command should have been refused'),
        (e: unknown) => e,
      );
      assert.ok(error instanceof ResponseError);
      assert.equal(error.code, -32602);
      assert.equal(error.message, '`planwright.showLocations` takes the arguments of a code lens: a file URI, a position and a list of locations ({ uri, range })');
      assert.deepEqual(messages, []);
    });
  }

  it('refuses an unknown command, naming the one it runs', async () => {
    const error = await client.request('workspace/executeCommand', { command: 'planwright.showReferences', arguments: [] }).then(
      () => assert.fail('the command should have been refused'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof ResponseError);
    assert.equal(error.code, -32602);
    assert.equal(error.message, 'unknown command `planwright.showReferences`: the server runs only `planwright.showLocations`');
  });
});

describe('planwright.showLocations for a client that opens documents (window/showDocument)', function () {
  this.timeout(30_000);
  let client: LspClient;
  let example: ReturnType<typeof copyExample>;
  const messages: string[] = [];
  const shown: unknown[] = [];

  before(async () => {
    example = copyExample('anyshire');
    client = new LspClient();
    client.connection.onNotification('window/showMessage', (params: { message: string }) => messages.push(params.message));
    client.connection.onRequest('window/showDocument', (params: unknown) => {
      shown.push(params);
      return { success: true };
    });
    await client.initialize(example.folder, { ...PUSH_CAPABILITIES, window: { showDocument: { support: true } } });
  });
  after(async () => {
    await client.close();
    example.cleanup();
  });

  /** Each case: the locations sent, the document opened (the first location, focused), and the message also shown (where there is not exactly one). */
  const CASES: { name: string; locations: Location[]; opened: unknown[]; messages: string[] }[] = [
    { name: 'none: nothing to open, and says so', locations: [], opened: [], messages: ['Planwright: no responses to this commitment yet'] },
    { name: 'one: opens it, and says nothing', locations: [at(FILE, 4)], opened: [{ uri: FILE, selection: at(FILE, 4).range, takeFocus: true }], messages: [] },
    {
      name: 'two: opens the first, and lists both',
      locations: [at(FILE, 4), at(FILE, 8)],
      opened: [{ uri: FILE, selection: at(FILE, 4).range, takeFocus: true }],
      messages: ['Planwright: 2 places: 04-mental-health.md:5, 04-mental-health.md:9'],
    },
  ];
  for (const { name, locations, opened, messages: expected } of CASES) {
    it(name, async () => {
      messages.length = 0;
      shown.length = 0;
      const answer = await client.request('workspace/executeCommand', { command: 'planwright.showLocations', arguments: [FILE, { line: 0, character: 0 }, locations] });
      assert.deepEqual(answer, locations);
      assert.deepEqual(shown, opened);
      assert.deepEqual(messages, expected);
    });
  }
});
