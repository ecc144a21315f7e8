import * as assert from 'node:assert/strict';
import type { Finding, PlanProject } from '../../core/src/index';
import { PLAN_ROOT, projectOf } from './engine';

/**
 * Expected findings written inside fixtures, under the line they are about:
 *
 *     id: mh-talking-therapy
 *         ^^^^^^^^^^^^^^^^^^ unknown-commitment: did you mean
 *
 * The carets give the columns, then the rule id, then optionally a piece of
 * the expected message. Marker lines are removed before the plan is checked.
 */
const MARKER = /^\s*(\^+)\s+([a-z][a-z0-9-]*)(?::\s*(.*?))?\s*$/;

export interface ExpectedFinding {
  readonly uri: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly ruleId: string;
  readonly message?: string;
}

/** Splits marker lines out of a fixture file. Works for "\n" and "\r\n" text. */
export function extractMarkers(uri: string, text: string): { text: string; expected: ExpectedFinding[] } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const kept: string[] = [];
  const expected: ExpectedFinding[] = [];
  for (const line of text.split(eol)) {
    const match = MARKER.exec(line);
    if (match?.[1] && match[2] && kept.length > 0) {
      const start = line.indexOf(match[1]);
      expected.push({ uri, line: kept.length - 1, start, end: start + match[1].length, ruleId: match[2], ...(match[3] ? { message: match[3] } : {}) });
      continue;
    }
    kept.push(line);
  }
  return { text: kept.join(eol), expected };
}

export interface CheckOptions {
  /** Only findings of these rules are compared (default: the rules the markers name). */
  readonly rules?: readonly string[];
  readonly root?: string;
}

/**
 * Checks a plan made of the given files and asserts that the findings of the
 * rules under test are exactly the ones marked. Returns the project for
 * further assertions.
 */
export function checkPlan(files: Readonly<Record<string, string>>, options: CheckOptions = {}): { project: PlanProject; findings: Finding[] } {
  const root = options.root ?? PLAN_ROOT;
  const clean: Record<string, string> = {};
  const expected: ExpectedFinding[] = [];
  for (const [path, text] of Object.entries(files)) {
    const extracted = extractMarkers(root + path, text);
    clean[path] = extracted.text;
    expected.push(...extracted.expected);
  }
  const rules = new Set(options.rules ?? expected.map((e) => e.ruleId));
  const project = projectOf(clean, root);
  const findings = project.analyzeAll().flatMap((a) => a.findings);
  const actual = findings.filter((f) => rules.has(f.ruleId));
  const show = (f: { uri: string; line: number; start: number; end: number; ruleId: string; message?: string }) =>
    `${f.uri.slice(root.length)}:${f.line + 1}:${f.start + 1}-${f.end + 1} ${f.ruleId}${f.message ? ` ${f.message}` : ''}`;
  const actualShown = actual
    .map((f) => ({ uri: f.uri, line: f.range.start.line, start: f.range.start.character, end: f.range.start.line === f.range.end.line ? f.range.end.character : -1, ruleId: f.ruleId, message: f.message }))
    .sort(byPosition);
  const unmatched = [...actualShown];
  const missing: string[] = [];
  for (const e of [...expected].sort(byPosition)) {
    const index = unmatched.findIndex(
      (a) => a.uri === e.uri && a.line === e.line && a.start === e.start && (a.end === -1 || a.end === e.end) && a.ruleId === e.ruleId && (!e.message || a.message.includes(e.message)),
    );
    if (index === -1) missing.push(show(e));
    else unmatched.splice(index, 1);
  }
  if (missing.length > 0 || unmatched.length > 0) {
    assert.fail(`findings differ from the markers\n  expected but not found:\n    ${missing.join('\n    ') || '(none)'}\n  found but not expected:\n    ${unmatched.map(show).join('\n    ') || '(none)'}`);
  }
  return { project, findings };
}

function byPosition(a: { uri: string; line: number; start: number }, b: { uri: string; line: number; start: number }): number {
  return a.uri.localeCompare(b.uri) || a.line - b.line || a.start - b.start;
}
