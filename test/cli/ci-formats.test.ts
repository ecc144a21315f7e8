import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Log } from 'sarif';
import { escapeData, escapeProperty } from '../../cli/src/format/github';
import { xml } from '../../cli/src/format/junit';
import { RULE_IDS } from '../../core/src/index';
import { buildCli, planwright, TempFolders } from './cli-harness';
import { PLAN_YAML } from '../helpers/fixable-plan';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  ruleId: string;
  message: string;
  baselined?: boolean;
  suppressed?: { kind: string; justification?: string };
}

const ANSI = new RegExp(`${String.fromCharCode(0x1b)}\\[`);
const ANNOTATION = /^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([a-z][a-z0-9-]*)::(.+)$/;

/** A chapter whose unknown id is disabled with a reason, and one that is not. */
const SUPPRESSED_CHAPTER = [
  '# Local work',
  '',
  '<!-- planwright-disable unknown-commitment: a local pilot agreed with the region -->',
  '```commitment',
  'id: local-pilot-scheme',
  'status: on-track',
  '```',
  '',
  '```commitment',
  'id: mh-perinatel',
  'status: on-track',
  '```',
  '',
].join('\n');

describe('CLI: CI formats (github, junit, gitlab), job summary, -o, --quiet, colour', function () {
  this.timeout(180_000);
  const temp = new TempFolders();
  let json: JsonFinding[] = [];
  before(() => {
    buildCli();
    const result = planwright(['check', 'examples/anyshire', '--format', 'json']);
    json = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
    assert.ok(json.length > 5);
  });
  after(() => temp.cleanup());

  it('--format github prints one workflow annotation per finding: file, line, col, endLine, endColumn, title = rule id, message', () => {
    const result = planwright(['check', 'examples/anyshire', '--format', 'github']);
    assert.equal(result.status, 1, result.stderr);
    const annotations = result.stdout.trimEnd().split('\n');
    assert.equal(annotations.length, json.length);
    annotations.forEach((line, i) => {
      const match = ANNOTATION.exec(line);
      assert.ok(match, line);
      const f = json[i] as JsonFinding;
      const level = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' }[f.severity];
      assert.deepEqual(match.slice(1, 8), [level, f.file, String(f.line), String(f.column), String(f.endLine), String(f.endColumn), f.ruleId]);
      assert.equal(match[8], escapeData(f.message));
    });
  });

  it('escapes workflow command data and properties', () => {
    assert.equal(escapeData('50% short\r\nnext'), '50%25 short%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
    assert.equal(escapeData('no change: here, too'), 'no change: here, too');
  });

  it('--format junit -o FILE writes JUnit XML that validates and matches the findings (testsuites/testsuite/testcase/failure)', () => {
    const folder = temp.make();
    const out = join(folder, 'report.xml');
    const result = planwright(['check', 'examples/anyshire', '--format', 'junit', '-o', out]);
    assert.equal(result.status, 1, result.stderr);
    assert.equal(result.stdout, '', 'with -o, nothing goes to stdout');
    const text = readFileSync(out, 'utf8');
    assert.equal(XMLValidator.validate(text), true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(text) as {
      testsuites: { name: string; tests: string; failures: string; errors: string; testsuite: { name: string; tests: string; failures: string; testcase: { classname: string; name: string; file: string; failure?: { type: string; message: string } }[] }[] };
    };
    const suites = parsed.testsuites;
    assert.equal(suites.name, 'planwright');
    assert.equal(suites.testsuite.length, 1);
    const suite = suites.testsuite[0];
    assert.ok(suite);
    assert.equal(suite.name, 'Healthier Anyshire and Wessex five-year system plan');
    const failing = json.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.equal(Number(suites.tests), json.length);
    assert.equal(Number(suites.failures), failing.length);
    assert.equal(Number(suite.tests), suite.testcase.length);
    assert.equal(Number(suite.failures), suite.testcase.filter((c) => c.failure).length);
    suite.testcase.forEach((testcase, i) => {
      const f = json[i] as JsonFinding;
      assert.equal(testcase.classname, `planwright.${f.ruleId}`);
      assert.equal(testcase.name, `${f.file}:${f.line}:${f.column} ${f.ruleId}`);
      assert.equal(testcase.file, f.file);
      assert.equal(testcase.failure?.type, f.severity);
      assert.equal(testcase.failure?.message, f.message);
    });
  });

  it('a clean plan gives JUnit with one passing case and no failures', () => {
    const result = planwright(['check', 'examples/riverside', '--format', 'junit']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(XMLValidator.validate(result.stdout), true);
    assert.match(result.stdout, /<testsuites name="planwright" tests="\d+" failures="0" errors="0" skipped="0">/);
    assert.doesNotMatch(result.stdout, /<failure/);
  });

  it('escapes XML, dropping characters XML 1.0 cannot hold', () => {
    assert.equal(xml(`a<b & "c" 'd'>\u0001`), 'a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;');
  });

  it('--format gitlab writes a code-quality report: check_name, description, severity, unique fingerprint, location', () => {
    const result = planwright(['check', 'examples/anyshire', '--format', 'gitlab']);
    assert.equal(result.status, 1, result.stderr);
    const issues = JSON.parse(result.stdout) as { type: string; check_name: string; description: string; severity: string; fingerprint: string; location: { path: string; lines: { begin: number; end: number } } }[];
    assert.equal(issues.length, json.length);
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length);
    issues.forEach((issue, i) => {
      const f = json[i] as JsonFinding;
      assert.equal(issue.type, 'issue');
      assert.equal(issue.check_name, f.ruleId);
      assert.ok(RULE_IDS.includes(issue.check_name));
      assert.equal(issue.description, f.message);
      assert.equal(issue.severity, { error: 'major', warning: 'minor', information: 'info', hint: 'info' }[f.severity]);
      assert.match(issue.fingerprint, /^[0-9a-f]{20}(-\d+)?$/);
      assert.deepEqual(issue.location, { path: f.file, lines: { begin: f.line, end: f.endLine } });
    });
  });

  it('appends a job summary (findings, then the Markdown coverage) to the file GITHUB_STEP_SUMMARY names', () => {
    const folder = temp.make();
    const summary = join(folder, 'summary.md');
    writeFileSync(summary, 'earlier step\n');
    const result = planwright(['check', 'examples/anyshire', '--format', 'sarif'], undefined, { GITHUB_STEP_SUMMARY: summary });
    assert.equal(result.status, 1, result.stderr);
    const coverage = planwright(['coverage', 'examples/anyshire', '--format', 'md']).stdout;
    const errors = json.filter((f) => f.severity === 'error').length;
    const warnings = json.filter((f) => f.severity === 'warning').length;
    assert.equal(readFileSync(summary, 'utf8'), `earlier step\n## Planwright: ${errors} errors, ${warnings} warnings\n\n${coverage}\n`);
  });

  it('--quiet reports errors only', () => {
    const result = planwright(['check', 'examples/anyshire', '--quiet', '--format', 'github']);
    assert.equal(result.status, 1);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.length, json.filter((f) => f.severity === 'error').length);
    for (const line of lines) assert.match(line, /^::error /);
  });

  it('colour follows FORCE_COLOR, NO_COLOR and CI as picocolors reads them (stdout is a pipe here)', () => {
    const colourOf = (env: Record<string, string>) => ANSI.test(planwright(['check', 'examples/riverside'], undefined, env).stdout);
    assert.equal(colourOf({}), false);
    assert.equal(colourOf({ FORCE_COLOR: '1' }), true);
    assert.equal(colourOf({ CI: 'true' }), true);
    assert.equal(colourOf({ CI: 'true', NO_COLOR: '1' }), false);
  });

  it('findings disabled in the plan are in SARIF with suppressions (the reason) and marked in JSON, and are not counted', () => {
    const folder = temp.withFiles({ 'plan/plan.yaml': PLAN_YAML, 'plan/a.md': SUPPRESSED_CHAPTER });
    const sarif = planwright(['check', 'plan/a.md', '--format', 'sarif'], folder);
    const results = (JSON.parse(sarif.stdout) as Log).runs[0]?.results ?? [];
    const suppressed = results.filter((r) => r.suppressions);
    assert.equal(suppressed.length, 1);
    assert.deepEqual(suppressed[0]?.suppressions, [{ kind: 'inSource', justification: 'a local pilot agreed with the region' }]);
    assert.equal(suppressed[0]?.ruleId, 'unknown-commitment');
    assert.equal(suppressed[0]?.locations?.[0]?.physicalLocation?.region?.startLine, 5);
    assert.ok(results.some((r) => r.ruleId === 'unknown-commitment' && !r.suppressions && r.locations?.[0]?.physicalLocation?.region?.startLine === 10));

    const report = JSON.parse(planwright(['check', 'plan/a.md', '--format', 'json'], folder).stdout) as { findings: JsonFinding[]; summary: Record<string, number> };
    const marked = report.findings.filter((f) => f.suppressed);
    assert.deepEqual(marked.map((f) => [f.ruleId, f.line, f.suppressed]), [['unknown-commitment', 5, { kind: 'inSource', justification: 'a local pilot agreed with the region' }]]);
    assert.equal(report.summary['suppressed'], 1);
    assert.equal(report.summary['error'], report.findings.filter((f) => !f.suppressed && !f.baselined && f.severity === 'error').length);

    const text = planwright(['check', 'plan/a.md'], folder);
    assert.match(text.stdout, /not counted: 1 disabled in the plan/);
    assert.doesNotMatch(text.stdout, /a\.md:5:\d+ /);
  });
});
