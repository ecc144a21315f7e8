import pc from 'picocolors';
import { foundationalSummary, statusSummary, type Finding, type PlanReport, type Severity } from '../../../core/src/index';
import { displayPath } from '../paths';
import { countSeverities } from './summary';

export interface TextOptions {
  readonly cwd: string;
  readonly color: boolean;
}

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

/** Compiler-style lines, `file:line:col severity rule-id message`, then a summary. */
export function formatText(findings: readonly Finding[], plans: readonly PlanReport[], options: TextOptions): string {
  const c = pc.createColors(options.color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, information: c.blue, hint: c.dim };
  const lines = findings.map((f) => {
    const where = `${displayPath(f.uri, options.cwd)}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
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
  lines.push('', `${mark} ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${plans.length} plan${plans.length === 1 ? '' : 's'}`);
  for (const plan of plans) {
    const { foundational, counts: status } = plan;
    lines.push(
      `  ${c.bold(plan.title)}: foundational commitments ${foundationalSummary(foundational)} · all: ${statusSummary(status)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
