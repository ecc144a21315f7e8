import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';

interface TestResult {
  title: string;
  fullTitle: string;
  duration?: number;
  err?: { message: string; stack?: string };
}

/**
 * Runs the given compiled spec files, in this order, inside VS Code's extension host.
 * Results are also written as mocha-style JSON to $PLANWRIGHT_TEST_RESULTS when set,
 * which is how the harness outside the extension host reads them. Rejects if any failed.
 */
export async function runSpecs(files: readonly string[]): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  for (const file of files) mocha.addFile(file);
  const passes: TestResult[] = [];
  const failures: TestResult[] = [];
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (test) => passes.push({ title: test.title, fullTitle: test.fullTitle(), duration: test.duration ?? 0 }));
    runner.on('fail', (test, error: Error) => failures.push({ title: test.title, fullTitle: test.fullTitle(), err: { message: error.message, ...(error.stack ? { stack: error.stack } : {}) } }));
  });
  const output = process.env['PLANWRIGHT_TEST_RESULTS'];
  if (output) {
    writeFileSync(output, JSON.stringify({ stats: { tests: passes.length + failures.length, passes: passes.length, failures: failures.length }, passes, failures }, null, 2));
  }
  if (failures.length > 0) throw new Error(`${failures.length} of ${passes.length + failures.length} tests failed`);
}
