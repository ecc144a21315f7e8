import type { Finding, PlanReport } from '../../../core/src/index';
import { ruleDocsUrl } from '../../../core/src/index';
import { displayPath } from '../paths';
import type { CheckReport } from '../report/check-report';

/**
 * JUnit XML, as CI systems (GitLab, Jenkins, Azure Pipelines) read test
 * reports: one <testsuite> per plan, one <testcase> per finding. Errors and
 * warnings are failures; information is a passing case; baselined and
 * suppressed findings are skipped, with the reason. A plan without problems
 * has one passing case, so every suite has at least one.
 */
export function formatJunit(report: CheckReport): string {
  const suites = report.plans.map((plan) => suite(plan, report));
  const tests = suites.reduce((sum, s) => sum + s.tests, 0);
  const failures = suites.reduce((sum, s) => sum + s.failures, 0);
  const skipped = suites.reduce((sum, s) => sum + s.skipped, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="planwright" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

interface Suite {
  readonly xml: string;
  readonly tests: number;
  readonly failures: number;
  readonly skipped: number;
}

function suite(plan: PlanReport, report: CheckReport): Suite {
  const inPlan = (f: Finding) => f.uri.startsWith(plan.root);
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  for (const f of report.findings.filter(inPlan)) {
    const failing = f.severity === 'error' || f.severity === 'warning';
    if (failing) failures++;
    const detail = `${where(f, report)} ${f.severity} ${f.ruleId} ${f.message}\n${ruleDocsUrl(f.ruleId)}`;
    cases.push(
      failing
        ? testcase(f, report, `<failure type="${f.severity}" message="${xml(f.message)}">${xml(detail)}</failure>`)
        : testcase(f, report, `<system-out>${xml(detail)}</system-out>`),
    );
  }
  for (const [list, why] of [[report.baselined.filter(inPlan), () => 'recorded in the baseline'], [report.suppressed.filter(inPlan), (f: Finding) => `disabled in the plan: ${f.suppression?.reason ?? 'no reason given'}`]] as const) {
    for (const f of list) {
      skipped++;
      cases.push(testcase(f, report, `<skipped message="${xml(why(f))}"/>`));
    }
  }
  if (cases.length === 0) cases.push(`    <testcase classname="planwright" name="${xml(displayPath(plan.root, report.paths) || '.')}: no problems"/>`);
  const xmlText = [
    `  <testsuite name="${xml(plan.title)}" file="${xml(displayPath(plan.root, report.paths) || '.')}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...cases,
    '  </testsuite>',
  ].join('\n');
  return { xml: xmlText, tests: cases.length, failures, skipped };
}

function testcase(f: Finding, report: CheckReport, body: string): string {
  const file = displayPath(f.uri, report.paths);
  return `    <testcase classname="planwright.${xml(f.ruleId)}" name="${xml(`${where(f, report)} ${f.ruleId}`)}" file="${xml(file)}" line="${f.range.start.line + 1}">${body}</testcase>`;
}

function where(f: Finding, report: CheckReport): string {
  return `${displayPath(f.uri, report.paths)}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
}

/** Text for XML 1.0 content and attributes: markup escaped, characters XML cannot hold dropped. */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
