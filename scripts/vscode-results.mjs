// What both VS Code test runners print and write: mocha-style results from the
// JSON the tests module writes, and the {passed, failed} summary scripts/test.mjs reads.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Prints each test as ✔/✖/- with failure messages, then the counts; returns the counts. */
export function printResults(results, vscodeVersion) {
  const failures = results.failures ?? [];
  const pending = results.pending ?? [];
  // mocha's JSON reporter lists every test in `tests`; a hand-written report may only
  // have passes/failures/pending.
  const tests = results.tests ?? [...(results.passes ?? []), ...pending, ...failures];
  const key = (test) => `${test.file ?? ''}\u0000${test.fullTitle ?? test.title}`;
  const failedKeys = new Set(failures.map(key));
  const pendingKeys = new Set(pending.map(key));
  const seen = new Set();
  const lines = [];
  const errorLines = (err) =>
    String(err?.message ?? err?.stack ?? 'failed')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(0, 8)
      .map((line) => `        ${line}`);
  console.log('');
  for (const test of tests) {
    const k = key(test);
    seen.add(k);
    const ms = test.duration != null ? ` (${test.duration}ms)` : '';
    if (failedKeys.has(k)) {
      const failure = failures.find((f) => key(f) === k);
      lines.push(`  ✖ ${test.fullTitle ?? test.title}${ms}`, ...errorLines(failure.err));
    } else if (pendingKeys.has(k)) {
      lines.push(`  - ${test.fullTitle ?? test.title}`);
    } else {
      lines.push(`  ✔ ${test.fullTitle ?? test.title}${ms}`);
    }
  }
  for (const failure of failures) {
    if (!seen.has(key(failure))) lines.push(`  ✖ ${failure.fullTitle ?? failure.title}`, ...errorLines(failure.err)); // hooks
  }
  console.log(lines.join('\n'));
  const passed = results.stats?.passes ?? tests.length - failures.length - pending.length;
  const failed = results.stats?.failures ?? failures.length;
  const skipped = results.stats?.pending ?? pending.length;
  console.log(`\n  ${passed} passing, ${failed} failing${skipped ? `, ${skipped} pending` : ''} (VS Code ${vscodeVersion})\n`);
  return { passed, failed };
}

/** Writes the summary file; a run that cannot finish still records a failure. */
export function writeSummary(summaryPath, passed, failed) {
  try {
    mkdirSync(dirname(summaryPath), { recursive: true });
    writeFileSync(summaryPath, JSON.stringify({ passed, failed }) + '\n');
  } catch (error) {
    console.error(`could not write ${summaryPath}: ${error.message}`);
  }
}
