import * as assert from 'node:assert/strict';
import type { Severity } from '../../core/src/index';
import { RULES, ruleDocsUrl } from '../../core/src/index';
import { formatCoverageCsv, formatCoverageMarkdown } from '../../cli/src/format/coverage-text';
import { formatJson } from '../../cli/src/format/json';
import { formatSarif } from '../../cli/src/format/sarif';
import { checkReport, CWD, finding, parseCsv, plan, range, row } from './format-fixtures';

/** Each format's fields and levels, pinned on hand-made reports (no engine): what CI tools and spreadsheets read. */

describe('output formats: fields and levels pinned', () => {
  describe('SARIF', () => {
    const severities: [Severity, string][] = [
      ['error', 'error'],
      ['warning', 'warning'],
      ['information', 'note'],
      ['hint', 'note'],
    ];
    const log = JSON.parse(formatSarif(checkReport(severities.map(([s], i) => finding(s, 'unknown-commitment', i)), []))) as {
      runs: { tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string; defaultConfiguration: { level: string } }[] } }; columnKind: string; results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[] }[] }[];
    };
    const run = log.runs[0];

    it('maps each severity to its SARIF level', () => {
      assert.deepEqual(run?.results.map((r) => [r.message.text, r.level]), severities.map(([s, level]) => [`${s} message`, level]));
    });

    it('gives each result its rule index, a relative path and a 1-based region', () => {
      const index = RULES.findIndex((r) => r.meta.id === 'unknown-commitment');
      const first = run?.results[0];
      assert.equal(first?.ruleId, 'unknown-commitment');
      assert.equal(first?.ruleIndex, index);
      assert.deepEqual(first?.locations[0]?.physicalLocation, { artifactLocation: { uri: 'anyshire/04-mh.md' }, region: { startLine: 1, startColumn: 3, endLine: 1, endColumn: 10 } });
      assert.equal(run?.columnKind, 'utf16CodeUnits');
    });

    it('lists every rule with its docs and its default severity as a level', () => {
      const level: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
      assert.deepEqual(
        run?.tool.driver.rules.map((r) => [r.id, r.helpUri, r.defaultConfiguration.level]),
        RULES.map((r) => [r.meta.id, ruleDocsUrl(r.meta.id), level[r.meta.defaultSeverity]]),
      );
      assert.equal(run?.tool.driver.version, '9.9.9');
    });
  });

  describe('JSON', () => {
    const report = plan([row({})], [finding('warning', 'trajectory-target', 4)]);
    const json = JSON.parse(formatJson(checkReport(report.findings, [report]))) as Record<string, unknown>;

    it('has the tool, each plan with its coverage counts, the findings and a summary', () => {
      assert.deepEqual(json['tool'], { name: 'planwright', version: '9.9.9' });
      assert.deepEqual(json['plans'], [
        {
          root: 'anyshire',
          title: 'Anyshire plan',
          framework: 'ltp-2019',
          status: 'draft',
          asAt: '2019-09-27',
          reportDate: '2026-12-04',
          foundational: { answered: 3, met: 2, total: 4 },
          coverage: { met: 5, answered: 3, partial: 1, missing: 2, 'not-applicable': 1 },
          commitments: [{ id: 'mh-x', status: 'met', reason: 'meets the target', planStatus: 'on-track' }],
        },
      ]);
      assert.deepEqual(json['summary'], { error: 0, warning: 1, information: 0, hint: 0, baselined: 0, suppressed: 0 });
    });

    it('gives each finding 1-based positions for people and the 0-based range for tools', () => {
      assert.deepEqual(json['findings'], [
        {
          file: 'anyshire/04-mh.md',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 10,
          severity: 'warning',
          ruleId: 'trajectory-target',
          message: 'warning message',
          docs: ruleDocsUrl('trajectory-target'),
          range: range(4, 2, 9),
        },
      ]);
    });
  });

  describe('CSV', () => {
    const dangerous = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'];
    const csv = formatCoverageCsv([plan(dangerous.map((title, i) => row({ id: `c-${i}`, title })), [], '=HYPERLINK("http://x","y")')], CWD, { reportDate: '2026-12-04' });
    const records = parseCsv(csv);

    it('has the header and CRLF records', () => {
      assert.deepEqual(records[0], ['plan', 'planStage', 'asAt', 'reportDate', 'area', 'id', 'kind', 'title', 'status', 'reason', 'planStatus', 'target', 'fairShare', 'finalValue', 'gap', 'responses']);
      assert.ok(csv.endsWith('\r\n'));
      assert.equal(records.length, dangerous.length + 1);
    });

    it('neutralises every cell a spreadsheet would read as a formula: = + - @ tab and carriage return', () => {
      assert.deepEqual(records.slice(1).map((r) => r[7]), dangerous.map((d) => `'${d}`));
      for (const record of records.slice(1)) assert.equal(record[0], `'=HYPERLINK("http://x","y")`);
    });
  });

  describe('Markdown', () => {
    it('escapes | (and other Markdown) in every cell, so a table keeps its columns', () => {
      const md = formatCoverageMarkdown([plan([row({ title: 'A | B', reason: 'r | s', target: '≥ 1 | 2', finalValue: '3 | 4', gap: '5 | 6' })], [], 'Plan | one')], CWD, { reportDate: '2026-12-04' });
      assert.match(md, /^# Commitment coverage: Plan \\\| one$/m);
      const line = md.split('\n').find((l) => l.startsWith('| A'));
      assert.equal(line, '| A \\| B (`mh-x`) | transformation | met | r \\| s | on-track | ≥ 1 \\| 2 |  | 3 \\| 4 | 5 \\| 6 |  |');
      // Ten columns: eleven pipes that are not escaped.
      assert.equal(line?.replace(/\\\|/g, '').split('|').length, 12);
    });
  });
});
