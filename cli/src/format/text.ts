import pc from 'picocolors';
import { foundationalSummary, statusSummary, type Severity } from '../../../core/src/index';
import { displayPath } from '../paths';
import type { CheckReport } from '../report/check-report';
import { countSeverities } from './summary';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

/** Compiler-style lines, `file:line:col severity rule-id message`, then a summary. */
export function formatText(report: CheckReport, color: boolean): string {
  const { findings, plans } = report;
  const c = pc.createColors(color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, information: c.blue, hint: c.dim };
  const lines = findings.map((f) => {
    const where = `${displayPath(f.uri, report.paths)}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
    return `${c.bold(where)} ${paint[f.severity](LABEL[f.severity])} ${c.dim(f.ruleId)} ${f.message}`;
  });
  const counts = countSeverities(findings);
  const parts = [
    `${counts.error} error${counts.error === 1 ? '' : 's'}`,
    `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`,
    `${counts.information} info`,
  ];
  if (counts.hint > 0) parts.push(`${counts.hint} hint${counts.hint === 1 ? '' : 's'}`);
  const total = findings.length;
  const mark = counts.error > 0 ? c.red('✖') : counts.warning > 0 ? c.yellow('!') : c.green('✔');
  const uncounted = [
    ...(report.baselined.length > 0 ? [`${report.baselined.length} baselined`] : []),
    ...(report.suppressed.length > 0 ? [`${report.suppressed.length} disabled in the plan`] : []),
  ];
  const aside = uncounted.length > 0 ? ` · not counted: ${uncounted.join(', ')}` : '';
  lines.push('', `${mark} ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${plans.length} plan${plans.length === 1 ? '' : 's'}${aside}`);
  for (const plan of plans) {
    const { foundational, counts: status } = plan;
    lines.push(
      `  ${c.bold(plan.title)}: foundational commitments ${foundationalSummary(foundational)} · all: ${statusSummary(status)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
