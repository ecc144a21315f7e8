import * as assert from 'node:assert/strict';
import type { Finding, PlanAnalysis, PlanProject, Range } from '../../core/src/index';

/** Words that only appear in a message when an exception or a bug leaked into it. */
const LEAKED = /internal error|call stack|stack size|\bundefined\b|\[object |TypeError|RangeError/i;

/**
 * Checks what every analysis must satisfy whatever the input: each finding
 * names a file of the project and a range inside that file's text (start not
 * after end, columns within their lines), and no message carries a leaked
 * exception. Returns the analyses, so callers can compare runs.
 */
export function analyzeSoundly(project: PlanProject): PlanAnalysis[] {
  const analyses = project.analyzeAll();
  for (const analysis of analyses) assertFindingsSound(project, analysis.findings);
  return analyses;
}

export function assertFindingsSound(project: PlanProject, findings: readonly Finding[]): void {
  for (const finding of findings) {
    const document = project.document(finding.uri);
    assert.ok(document, `finding on a file the project does not hold: ${finding.uri} (${finding.ruleId}: ${finding.message})`);
    assertRangeInside(document.lines, finding.range, `${finding.ruleId} "${finding.message}" in ${finding.uri}`);
    assert.doesNotMatch(finding.message, LEAKED, `${finding.ruleId} in ${finding.uri}`);
    assert.ok(finding.message.trim().length > 0, `${finding.ruleId} has an empty message`);
  }
}

interface Lines {
  readonly lineCount: number;
  lineText(line: number): string;
}

export function assertRangeInside(lines: Lines, range: Range, what: string): void {
  const { start, end } = range;
  for (const [name, position] of [['start', start], ['end', end]] as const) {
    assert.ok(Number.isInteger(position.line) && Number.isInteger(position.character), `${what}: ${name} is not whole numbers ${JSON.stringify(range)}`);
    assert.ok(position.line >= 0 && position.line < lines.lineCount, `${what}: ${name} line ${position.line} outside 0..${lines.lineCount - 1}`);
    const length = lines.lineText(position.line).length;
    assert.ok(position.character >= 0 && position.character <= length, `${what}: ${name} column ${position.character} outside 0..${length} on line ${position.line}`);
  }
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what}: start after end ${JSON.stringify(range)}`);
}

/** Findings as comparable JSON, in a stable order. */
export function findingsKey(analyses: readonly PlanAnalysis[]): string {
  return JSON.stringify(
    analyses.map((analysis) => ({ root: analysis.root, findings: analysis.findings, coverage: analysis.coverage.counts })),
  );
}
