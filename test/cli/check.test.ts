import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Log } from 'sarif';
import { RULE_IDS, ruleDocsUrl } from '../../core/src/index';
import { buildCli, planwright, REPO, REPORT_DATE, STACK_TRACE, TempFolders } from './cli-harness';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  ruleId: string;
  message: string;
  docs: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface JsonReport {
  tool: { name: string; version: string };
  plans: { root: string; title: string; framework: string | null; status: string | null; asAt: string | null; reportDate: string; foundational: Record<string, number>; coverage: Record<string, number>; commitments: { id: string; status: string; reason: string; planStatus: string }[] }[];
  findings: JsonFinding[];
  summary: Record<string, number>;
}

/** The escape that starts every ANSI colour code. */
const ANSI = new RegExp(`${String.fromCharCode(0x1b)}\\[`);

const TEXT_LINE = /^(\S+):(\d+):(\d+) (error|warning|info|hint) ([a-z][a-z0-9-]*) (.+)$/;

/** A response that is answered twice: one duplicate-response warning and nothing above information otherwise. */
const DUPLICATE_CHAPTER = [
  '# Alcohol care',
  '',
  '```commitment',
  'id: alcohol-care-teams',
  'status: at-risk',
  'lead: riverside-hospitals',
  '```',
  '',
  '```commitment',
  'id: alcohol-care-teams',
  'status: at-risk',
  '```',
  '',
].join('\n');

describe('CLI: planwright check', function () {
  this.timeout(120_000);
  const temp = new TempFolders();

  before(() => buildCli());
  after(() => temp.cleanup());

  describe('text output', () => {
    it('prints `file:line:col severity rule-id message` lines relative to the current folder, then a summary', () => {
      const result = planwright(['check', 'examples/anyshire']);
      assert.equal(result.status, 1, result.stderr);
      const [body, summary] = result.stdout.split('\n\n');
      const lines = (body ?? '').split('\n');
      assert.ok(lines.length >= 8);
      for (const line of lines) {
        const match = TEXT_LINE.exec(line);
        assert.ok(match, `not a finding line: ${line}`);
        const [, file = '', lineNo = '', col = ''] = match;
        assert.ok(file.startsWith('examples/anyshire/'), file);
        assert.ok(existsSync(join(REPO, file)), `${file} exists relative to the cwd`);
        assert.ok(Number(lineNo) >= 1 && Number(col) >= 1);
      }
      assert.ok(lines.includes('examples/anyshire/04-mental-health.md:60:5 error unknown-commitment commitment `mh-perinatel` is not in the ltp-2019 catalog: did you mean `mh-perinatal`?'), lines.join('\n'));
      assert.match(summary ?? '', /^✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ info\) in 1 plan\n/);
      assert.match(summary ?? '', /Healthier Anyshire and Wessex five-year system plan: foundational commitments 29\/31 answered/);
    });

    it('paths are relative to the folder it runs in, and absolute when given absolute', () => {
      const inside = planwright(['check'], join(REPO, 'examples', 'anyshire'));
      assert.ok(inside.stdout.split('\n').includes('04-mental-health.md:60:5 error unknown-commitment commitment `mh-perinatel` is not in the ltp-2019 catalog: did you mean `mh-perinatal`?'), inside.stdout);
      const elsewhere = temp.make();
      const relativeArg = relative(elsewhere, join(REPO, 'examples', 'anyshire'));
      const outside = planwright(['check', relativeArg], elsewhere);
      const first = TEXT_LINE.exec(outside.stdout.split('\n')[0] ?? '');
      assert.ok(first, outside.stdout);
      assert.ok(!first[1]?.startsWith('/'), 'not an absolute path');
      assert.ok(existsSync(resolve(elsewhere, first[1] ?? '')), `${first[1]} resolves from ${elsewhere}`);
      const absolute = planwright(['check', join(REPO, 'examples', 'anyshire')], elsewhere);
      const files = absolute.stdout.split('\n').map((line) => TEXT_LINE.exec(line)?.[1]).filter((file) => file !== undefined);
      assert.ok(files.length > 0, absolute.stdout);
      for (const file of files) assert.ok(file.startsWith(join(REPO, 'examples', 'anyshire') + '/'), `${file} is absolute, as given`);
    });

    it('has no ANSI colour codes when stdout is not a terminal', () => {
      const result = planwright(['check', 'examples/anyshire']);
      assert.ok(result.stdout.length > 0);
      assert.doesNotMatch(result.stdout, ANSI);
      assert.doesNotMatch(result.stderr, ANSI);
    });

    it('--color forces colour, --no-color wins over it', () => {
      assert.match(planwright(['check', 'examples/anyshire', '--color']).stdout, ANSI);
      assert.doesNotMatch(planwright(['check', 'examples/anyshire', '--color', '--no-color']).stdout, ANSI);
    });

    it('a clean plan prints only its summary (information findings are listed but do not fail)', () => {
      const result = planwright(['check', 'examples/riverside']);
      assert.equal(result.status, 0, result.stdout);
      for (const line of result.stdout.split('\n\n')[0]?.split('\n') ?? []) {
        assert.match(line, / info /, line);
      }
      assert.match(result.stdout, /✔ \d+ problems \(0 errors, 0 warnings, \d+ info\)/);
    });

    it('checking a single file limits the findings to that file', () => {
      const result = planwright(['check', 'examples/anyshire/04-mental-health.md']);
      const lines = result.stdout.split('\n\n')[0]?.split('\n') ?? [];
      assert.ok(lines.length >= 1);
      for (const line of lines) assert.ok(line.startsWith('examples/anyshire/04-mental-health.md:'), line);
      assert.ok(lines.some((line) => line.startsWith('examples/anyshire/04-mental-health.md:60:5 error unknown-commitment')));
      // The plan-wide missing-response for mh-perinatal sits on plan.yaml: not shown, but the file's own error still fails.
      assert.doesNotMatch(result.stdout, /plan\.yaml/);
      assert.equal(result.status, 1);
    });

    it('checking a clean file of a plan with errors elsewhere exits 0', () => {
      const result = planwright(['check', 'examples/anyshire/01-introduction.md', '--format', 'json']);
      const report = JSON.parse(result.stdout) as JsonReport;
      assert.deepEqual(report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
      assert.equal(result.status, 0);
    });
  });

  describe('--format json', () => {
    it('parses, and gives 1-based lines and columns matching the 0-based LSP range', () => {
      const result = planwright(['check', 'examples/anyshire', '--format', 'json']);
      assert.equal(result.status, 1);
      const report = JSON.parse(result.stdout) as JsonReport;
      assert.equal(report.tool.name, 'planwright');
      assert.deepEqual(report.plans.map((p) => [p.root, p.framework, p.status, p.asAt, p.reportDate]), [['examples/anyshire', 'ltp-2019', 'draft', '2019-09-27', REPORT_DATE]]);
      const [plan] = report.plans;
      assert.deepEqual(plan?.foundational, { answered: 29, met: 19, total: 31 });
      assert.deepEqual(plan?.coverage, { met: 33, answered: 14, partial: 5, missing: 2, 'not-applicable': 0 });
      assert.deepEqual(plan?.commitments.find((c) => c.id === 'demand-moderation'), {
        id: 'demand-moderation',
        status: 'partial',
        reason: plan?.commitments.find((c) => c.id === 'demand-moderation')?.reason,
        planStatus: 'at-risk',
      });
      assert.match(plan?.commitments.find((c) => c.id === 'demand-moderation')?.reason ?? '', /^held back by assumption-realism: `emergency-admissions-growth`/);
      assert.ok(report.findings.length >= 8);
      for (const f of report.findings) {
        assert.equal(f.line, f.range.start.line + 1);
        assert.equal(f.column, f.range.start.character + 1);
        assert.equal(f.endLine, f.range.end.line + 1);
        assert.equal(f.endColumn, f.range.end.character + 1);
        assert.ok(f.line >= 1 && f.column >= 1);
        assert.ok(RULE_IDS.includes(f.ruleId), f.ruleId);
        assert.equal(f.docs, ruleDocsUrl(f.ruleId));
        assert.ok(existsSync(join(REPO, f.file)), f.file);
      }
      const typo = report.findings.find((f) => f.ruleId === 'unknown-commitment' && f.file === 'examples/anyshire/04-mental-health.md');
      assert.deepEqual(typo && [typo.line, typo.column, typo.endLine, typo.endColumn, typo.severity], [60, 5, 60, 17, 'error']);
      const counts = { error: 0, warning: 0, information: 0, hint: 0 };
      for (const f of report.findings) counts[f.severity as keyof typeof counts]++;
      assert.deepEqual(report.summary, { ...counts, baselined: 0, suppressed: 0 });
    });
  });

  describe('--format sarif', () => {
    let sarifPath = '';
    let log: Log;

    before(() => {
      const result = planwright(['check', 'examples/anyshire', '--format', 'sarif']);
      assert.equal(result.status, 1, result.stderr);
      log = JSON.parse(result.stdout) as Log;
      sarifPath = join(temp.make(), 'anyshire.sarif');
      writeFileSync(sarifPath, result.stdout);
    });

    it('is SARIF 2.1.0 with one run whose driver lists every rule with its help URI', () => {
      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
      const driver = log.runs[0]?.tool.driver;
      assert.equal(driver?.name, 'planwright');
      assert.deepEqual(
        driver?.rules?.map((r) => r.id),
        [...RULE_IDS],
      );
      for (const rule of driver?.rules ?? []) {
        assert.equal(rule.helpUri, ruleDocsUrl(rule.id));
        assert.ok(rule.shortDescription?.text, rule.id);
        // SARIF 3.49.7: a rule's optional name must differ from its id (the Multitool compares them ignoring case).
        assert.notEqual(rule.name?.toLowerCase(), rule.id.toLowerCase(), rule.id);
      }
    });

    it('each result has ruleId, level, message and a relative location with a 1-based region', () => {
      const run = log.runs[0];
      const results = run?.results ?? [];
      assert.ok(results.length >= 8);
      for (const result of results) {
        assert.ok(result.ruleId && RULE_IDS.includes(result.ruleId));
        assert.equal(run?.tool.driver.rules?.[result.ruleIndex ?? -1]?.id, result.ruleId, 'ruleIndex points at the rule');
        assert.ok(['error', 'warning', 'note'].includes(result.level ?? ''), result.level);
        assert.ok(result.message.text && result.message.text.length > 0);
        const location = result.locations?.[0]?.physicalLocation;
        const uri = location?.artifactLocation?.uri ?? '';
        assert.ok(uri.startsWith('examples/anyshire/'), uri);
        assert.ok(existsSync(join(REPO, decodeURI(uri))), uri);
        const region = location?.region;
        assert.ok(region && (region.startLine ?? 0) >= 1 && (region.startColumn ?? 0) >= 1 && (region.endLine ?? 0) >= 1 && (region.endColumn ?? 0) >= 1, JSON.stringify(region));
      }
      const typo = results.find((r) => r.ruleId === 'unknown-commitment' && r.locations?.[0]?.physicalLocation?.artifactLocation?.uri === 'examples/anyshire/04-mental-health.md');
      assert.deepEqual(typo?.locations?.[0]?.physicalLocation?.region, { startLine: 60, startColumn: 5, endLine: 60, endColumn: 17 });
      assert.equal(typo?.level, 'error');
    });

    it('the SARIF Multitool validates it with no errors', function () {
      this.timeout(180_000);
      const report = validateSarif(sarifPath);
      assert.deepEqual(report.errors, [], report.errors.join('\n'));
    });

    it('(control) the Multitool does report errors for a broken log', function () {
      this.timeout(180_000);
      const broken = JSON.parse(readFileSync(sarifPath, 'utf8')) as Log;
      const region = broken.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.region;
      assert.ok(region);
      region.startLine = 0;
      const brokenPath = join(temp.make(), 'broken.sarif');
      writeFileSync(brokenPath, JSON.stringify(broken, null, 2));
      assert.ok(validateSarif(brokenPath).errors.length > 0);
    });
  });

  describe('exit codes', () => {
    const cases: { name: string; args: (fixtures: Fixtures) => string[]; status: number; stderr?: RegExp }[] = [
      { name: '0 for a clean plan (only information findings)', args: () => ['check', 'examples/riverside'], status: 0 },
      { name: '1 for a plan with errors', args: () => ['check', 'examples/anyshire'], status: 1 },
      { name: '0 with --exit-zero despite errors', args: () => ['check', 'examples/anyshire', '--exit-zero'], status: 0 },
      { name: '0 for warnings only', args: (f) => ['check', f.warnings], status: 0 },
      { name: '1 when warnings exceed --max-warnings 0', args: (f) => ['check', f.warnings, '--max-warnings', '0'], status: 1, stderr: /1 warnings?, more than --max-warnings 0/ },
      { name: '0 when warnings are within --max-warnings', args: (f) => ['check', f.warnings, '--max-warnings', '1'], status: 0 },
      { name: '0 with --exit-zero past the warning budget', args: (f) => ['check', f.warnings, '--max-warnings', '0', '--exit-zero'], status: 0 },
      { name: '2 for an unknown option', args: () => ['check', 'examples/riverside', '--frobnicate'], status: 2, stderr: /--frobnicate[\s\S]*Usage:/ },
      { name: '2 for an unknown command', args: () => ['lint', 'examples/riverside'], status: 2, stderr: /unknown command "lint"/ },
      { name: '2 for no command', args: () => [], status: 2, stderr: /Usage:/ },
      { name: '2 for an unknown format', args: () => ['check', 'examples/riverside', '--format', 'xml'], status: 2, stderr: /--format must be one of text, json, sarif/ },
      { name: '2 for a bad --max-warnings', args: () => ['check', 'examples/riverside', '--max-warnings', 'lots'], status: 2, stderr: /--max-warnings takes a whole number/ },
      { name: '2 for a path that does not exist', args: (f) => ['check', join(f.empty, 'no-such-folder')], status: 2, stderr: /no-such-folder: no such file or folder/ },
      { name: '2 for a folder with no plan', args: (f) => ['check', f.empty], status: 2, stderr: /no plan here/ },
      { name: '2 when one of several paths does not exist', args: (f) => ['check', 'examples/riverside', join(f.empty, 'missing')], status: 2 },
      { name: '2 when a plan file is unreadable (binary)', args: (f) => ['check', f.binary], status: 2 },
      { name: '2 when a plan file is unreadable, even with --exit-zero', args: (f) => ['check', f.binary, '--exit-zero'], status: 2 },
      { name: '0 for --help', args: () => ['--help'], status: 0 },
    ];

    interface Fixtures {
      warnings: string;
      empty: string;
      binary: string;
    }
    let fixtures: Fixtures;
    before(() => {
      fixtures = {
        warnings: join(temp.copyOfExample('riverside', { '99-alcohol.md': DUPLICATE_CHAPTER }), 'riverside'),
        empty: temp.withFiles({ 'notes.md': '# Not a plan\n' }),
        binary: join(temp.copyOfExample('riverside', { '99-image.md': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]) }), 'riverside'),
      };
    });

    it('(fixture) the warnings-only plan has exactly one warning and no errors', () => {
      const report = JSON.parse(planwright(['check', fixtures.warnings, '--format', 'json']).stdout) as JsonReport;
      assert.deepEqual(
        report.findings.filter((f) => f.severity !== 'information').map((f) => [f.ruleId, f.severity]),
        [['duplicate-response', 'warning']],
      );
    });

    for (const c of cases) {
      it(c.name, () => {
        const result = planwright(c.args(fixtures));
        assert.equal(result.status, c.status, `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
        if (c.stderr) assert.match(result.stderr, c.stderr);
        assert.doesNotMatch(result.stdout + result.stderr, STACK_TRACE);
        assert.doesNotMatch(result.stdout + result.stderr, /internal error/);
      });
    }

    it('an unreadable file is named in the output with the reason', () => {
      const result = planwright(['check', fixtures.binary]);
      const line = result.stdout.split('\n').find((l) => l.includes('99-image.md'));
      assert.ok(line, result.stdout);
      assert.match(line, /:1:1 error unreadable-file the file is binary/);
    });
  });
});

/** Runs Microsoft's SARIF Multitool `validate` and returns the messages of its error-level results. */
function validateSarif(path: string): { errors: string[] } {
  const output = `${path}.validation.json`;
  const tool = join(REPO, 'node_modules', '.bin', 'sarif-multitool');
  assert.ok(existsSync(tool), 'the SARIF Multitool is installed (devDependency @microsoft/sarif-multitool)');
  // The Multitool exits 0 whatever it finds; its verdict is the SARIF log it writes.
  const result = spawnMultitool(tool, ['validate', path, '--output', output, '--log', 'ForceOverwrite']);
  assert.ok(existsSync(output), `the Multitool wrote no report:\n${result}`);
  const report = JSON.parse(readFileSync(output, 'utf8')) as Log;
  const run = report.runs[0];
  assert.ok(run?.invocations?.every((i) => i.executionSuccessful), `the Multitool failed:\n${result}`);
  return {
    errors: (run?.results ?? [])
      .filter((r) => r.level === 'error')
      .map((r) => `${r.ruleId ?? '?'} ${JSON.stringify(r.message.arguments ?? r.message.text ?? r.message.id)}`),
  };
}

function spawnMultitool(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  return `${result.stdout}\n${result.stderr}`;
}
