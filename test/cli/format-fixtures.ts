import type { CoverageRow, Finding, PlanReport, Severity } from '../../core/src/index';
import type { CheckReport } from '../../cli/src/report/check-report';

/** Hand-made reports for the formatters (no engine): every field is chosen, so each test can state the exact output. */

export const CWD = '/plans';
export const ROOT = 'file:///plans/anyshire/';
export const META = { reportDate: '2026-12-04' } as const;

export const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

export function finding(severity: Severity, ruleId: string, line: number, overrides: Partial<Finding> = {}): Finding {
  return { ruleId, severity, message: `${severity} message`, uri: `${ROOT}04-mh.md`, range: range(line, 2, 9), ...overrides };
}

export function row(overrides: Partial<CoverageRow>): CoverageRow {
  return { area: 'Mental health', id: 'mh-x', kind: 'transformation', title: 'A title', status: 'met', reason: 'meets the target', planStatus: 'on-track', target: '', fairShare: '', finalValue: '', gap: '', responses: [], summaries: [], ...overrides };
}

/** What `planwright check` hands its formatters, for these findings and plans. */
export function checkReport(findings: readonly Finding[], plans: readonly PlanReport[], more: Partial<CheckReport> = {}): CheckReport {
  return { findings, baselined: [], suppressed: [], plans, paths: { cwd: CWD, absolute: [] }, version: '9.9.9', reportDate: '2026-12-04', ...more };
}

export function plan(rows: CoverageRow[], findings: Finding[] = [], title = 'Anyshire plan', overrides: Partial<PlanReport> = {}): PlanReport {
  return {
    root: ROOT,
    title,
    framework: 'ltp-2019',
    status: 'draft',
    asAt: '2019-09-27',
    findings,
    suppressed: [],
    foundational: { answered: 3, met: 2, total: 4 },
    counts: { met: 5, answered: 3, partial: 1, missing: 2, 'not-applicable': 1 },
    areas: [],
    rows,
    ...overrides,
  };
}

/** RFC 4180 fields of CRLF-separated records (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  return records;
}
