import type { Finding, Severity } from '../../../core/src/index';
import { displayPath } from '../paths';
import type { CheckReport } from '../report/check-report';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands, one annotation per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule id>::<message>`.
 * Annotations need no code scanning, so they work on private repositories too.
 */
export function formatGithub(report: CheckReport): string {
  return report.findings.map((f) => `${annotation(f, report)}\n`).join('');
}

function annotation(f: Finding, report: CheckReport): string {
  const properties = [
    ['file', displayPath(f.uri, report.paths)],
    ['line', String(f.range.start.line + 1)],
    ['col', String(f.range.start.character + 1)],
    ['endLine', String(f.range.end.line + 1)],
    ['endColumn', String(f.range.end.character + 1)],
    ['title', f.ruleId],
  ];
  return `::${COMMAND[f.severity]} ${properties.map(([key, value]) => `${key}=${escapeProperty(value ?? '')}`).join(',')}::${escapeData(f.message)}`;
}

/** The message part of a workflow command: %, CR and LF are escaped. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command: as data, and also `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
