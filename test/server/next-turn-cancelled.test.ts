import * as assert from 'node:assert/strict';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { throwIfCancelled } from '../../server/src/cancelled';
import { nextTurn } from '../../server/src/next-turn';

type Timers = { setImmediate: unknown; setTimeout: unknown };

/**
 * Runs `start` with the global timers replaced by recorders, puts the real timers back at once
 * (mocha needs them), and answers what was scheduled: "immediate", or "timeout <delay>".
 */
function scheduledBy(start: () => Promise<void>, withImmediate: boolean): { calls: string[]; run: () => void; done: Promise<void> } {
  const timers = globalThis as unknown as Timers;
  const saved = { setImmediate: timers.setImmediate, setTimeout: timers.setTimeout };
  const calls: string[] = [];
  const callbacks: (() => void)[] = [];
  timers.setImmediate = withImmediate
    ? (callback: () => void) => {
        calls.push('immediate');
        callbacks.push(callback);
      }
    : undefined;
  timers.setTimeout = (callback: () => void, delay?: number) => {
    calls.push(`timeout ${String(delay)}`);
    callbacks.push(callback);
  };
  let done: Promise<void>;
  try {
    done = start();
  } finally {
    timers.setImmediate = saved.setImmediate;
    timers.setTimeout = saved.setTimeout;
  }
  return { calls, run: () => callbacks.forEach((callback) => callback()), done };
}

describe('nextTurn: lets pending messages in before carrying on', () => {
  it('waits for setImmediate under Node, and resolves once it has run', async () => {
    const turn = scheduledBy(nextTurn, true);
    assert.deepEqual(turn.calls, ['immediate']);
    let resolved = false;
    void turn.done.then(() => (resolved = true));
    await Promise.resolve();
    assert.equal(resolved, false, 'not before the turn comes');
    turn.run();
    await turn.done;
    assert.equal(resolved, true);
  });

  it('waits for a zero timeout in a web worker, which has no setImmediate', async () => {
    const turn = scheduledBy(nextTurn, false);
    assert.deepEqual(turn.calls, ['timeout 0']);
    turn.run();
    await turn.done;
  });

  it('really waits a turn with the real timers: a message already queued is handled first', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('message'));
    await nextTurn();
    order.push('after the turn');
    assert.deepEqual(order, ['message', 'after the turn']);
  });
});

describe('throwIfCancelled: a request the client cancelled answers as cancelled', () => {
  it('throws a RequestCancelled response error once the token is cancelled', () => {
    const source = new CancellationTokenSource();
    source.cancel();
    assert.throws(
      () => throwIfCancelled(source.token),
      (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled && error.message === 'the request was cancelled',
    );
  });

  it('does nothing while the request stands', () => {
    const source = new CancellationTokenSource();
    assert.doesNotThrow(() => throwIfCancelled(source.token));
  });
});
