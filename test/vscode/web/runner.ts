import * as vscode from 'vscode';

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

/** The workspace folder the tests run in: a copy of examples/anyshire. */
export function folder(): vscode.Uri {
  const first = vscode.workspace.workspaceFolders?.[0];
  if (!first) throw new Error('the web tests need the example plan open as the workspace folder');
  return first.uri;
}

export function fileUri(path: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(), path);
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

/** Resolves when `test` holds, re-checking on every `event`; no sleeping. */
export function when<T>(event: vscode.Event<T>, test: () => boolean, what: string, ms = 60_000): Promise<void> {
  if (test()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const subscription = event(() => {
      if (!test()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
  });
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

export function codesAt(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map(codeOf);
}

export async function lineOf(uri: vscode.Uri, prefix: string): Promise<number> {
  const document = await vscode.workspace.openTextDocument(uri);
  for (let line = 0; line < document.lineCount; line++) if (document.lineAt(line).text.startsWith(prefix)) return line;
  throw new Error(`no line starting with ${prefix} in ${uri.path}`);
}
