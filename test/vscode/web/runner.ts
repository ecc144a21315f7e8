import * as vscode from 'vscode';
import { folder, when as whenWithin } from '../workspace';

export { codesAt, fileUri, lineOf } from '../workspace';

/**
 * A small test runner for the web-worker extension host, where mocha's
 * Node runner cannot load: tests run one after another and the results are
 * written, in the shape scripts/vscode-results.mjs prints, as a JSON file
 * into the workspace folder through `vscode.workspace.fs` (the harness
 * outside the browser waits for that file).
 */
export interface WebTest {
  readonly title: string;
  readonly run: () => Promise<void>;
}

interface Outcome {
  title: string;
  fullTitle: string;
  duration: number;
  err?: { message: string; stack?: string };
}

export const RESULTS_FILE = 'planwright-web-results.json';

export async function runTests(suite: string, tests: readonly WebTest[], measures: Record<string, number>): Promise<void> {
  const passes: Outcome[] = [];
  const failures: Outcome[] = [];
  for (const test of tests) {
    const started = Date.now();
    const outcome = { title: test.title, fullTitle: `${suite} ${test.title}`, duration: 0 };
    try {
      await test.run();
      passes.push({ ...outcome, duration: Date.now() - started });
    } catch (error) {
      const err = error instanceof Error ? { message: error.message, ...(error.stack ? { stack: error.stack } : {}) } : { message: String(error) };
      failures.push({ ...outcome, duration: Date.now() - started, err });
    }
  }
  const results = { stats: { tests: tests.length, passes: passes.length, failures: failures.length }, passes, failures, measures };
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), RESULTS_FILE), new TextEncoder().encode(JSON.stringify(results, null, 2)));
}

/** Fails with `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Fails unless the two values are the same JSON. */
export function checkEqual(actual: unknown, expected: unknown, what: string): void {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  check(a === e, `${what}: expected ${e}, got ${a}`);
}

/** `when` with a longer default wait: the web worker reads the workspace through the client. */
export function when<T>(event: vscode.Event<T>, test: () => boolean, what: string, ms = 60_000): Promise<void> {
  return whenWithin(event, test, what, ms);
}
