import * as assert from 'node:assert/strict';
import type { Finding } from '../../core/src/index';
import { RULES, ruleDocsUrl } from '../../core/src/index';
import { formatJson } from '../../cli/src/format/json';
import { formatSarif } from '../../cli/src/format/sarif';
import { checkReport, finding, plan, range, ROOT } from './format-fixtures';

/** SARIF and JSON beyond the plain finding: baselines, waivers, related places, absolute paths, rule names. */

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  baselineState?: string;
  suppressions?: unknown[];
  relatedLocations?: unknown[];
  locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
}
interface SarifLog {
  version: string;
  $schema: string;
  runs: { tool: { driver: Record<string, unknown> & { rules: Record<string, unknown>[] } }; results: SarifResult[] }[];
}

const sarif = (report: ReturnType<typeof checkReport>) => JSON.parse(formatSarif(report)) as SarifLog;
const results = (report: ReturnType<typeof checkReport>) => sarif(report).runs[0]?.results ?? [];

const waiver = (fields: { reason?: string; owner?: string; until?: string; expired?: boolean }) => ({ expired: false, uri: `${ROOT}04-mh.md`, range: range(0, 0, 1), ...fields });

describe('output formats: SARIF and JSON details', () => {
  describe('SARIF', () => {
    it('is SARIF 2.1.0 from planwright, its version and home', () => {
      const log = sarif(checkReport([], []));
      assert.equal(log.version, '2.1.0');
      assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
      const { rules, ...driver } = log.runs[0]?.tool.driver ?? { rules: [] };
      assert.deepEqual(driver, { name: 'planwright', version: '9.9.9', semanticVersion: '9.9.9', informationUri: 'https://github.com/planwright/planwright' });
      assert.equal(rules.length, RULES.length);
      assert.deepEqual(log.runs[0]?.results, []);
    });

    it('describes each rule: a PascalCase name unless the id is one word, its description and help', () => {
      const rules = sarif(checkReport([], [])).runs[0]?.tool.driver.rules ?? [];
      const byId = new Map(rules.map((r) => [r['id'], r]));
      const withDash = RULES.find((r) => r.meta.id === 'unknown-commitment');
      assert.ok(withDash);
      assert.deepEqual(byId.get('unknown-commitment'), {
        id: 'unknown-commitment',
        name: 'UnknownCommitment',
        shortDescription: { text: withDash.meta.description },
        helpUri: ruleDocsUrl('unknown-commitment'),
        help: { text: `See ${ruleDocsUrl('unknown-commitment')}` },
        defaultConfiguration: { level: withDash.meta.defaultSeverity === 'error' ? 'error' : withDash.meta.defaultSeverity === 'warning' ? 'warning' : 'note' },
      });
      assert.equal(byId.get('schema')?.['name'], undefined);
      assert.equal(byId.get('trajectory-target')?.['name'], 'TrajectoryTarget');
      for (const rule of rules) assert.equal(rule['name'] === undefined, !String(rule['id']).includes('-'), String(rule['id']));
    });

    it('marks results new or unchanged only when there is a baseline', () => {
      assert.deepEqual(results(checkReport([finding('error', 'schema', 0)], [])).map((r) => r.baselineState), [undefined]);
      const both = results(checkReport([finding('error', 'schema', 0)], [], { baselined: [finding('warning', 'schema', 1)] }));
      assert.deepEqual(both.map((r) => [r.baselineState, r.suppressions]), [['new', undefined], ['unchanged', undefined]]);
    });

    const waivers: { name: string; suppression?: ReturnType<typeof waiver>; expected: unknown }[] = [
      { name: 'no waiver details', expected: { kind: 'inSource' } },
      { name: 'a reason', suppression: waiver({ reason: 'agreed with the ICB' }), expected: { kind: 'inSource', justification: 'agreed with the ICB' } },
      { name: 'an owner', suppression: waiver({ owner: 'J. Smith' }), expected: { kind: 'inSource', properties: { owner: 'J. Smith' } } },
      { name: 'a review date', suppression: waiver({ until: '2020-03-31', expired: true }), expected: { kind: 'inSource', properties: { until: '2020-03-31', expired: true } } },
      {
        name: 'everything',
        suppression: waiver({ reason: 'why', owner: 'who', until: '2030-01-01', expired: false }),
        expected: { kind: 'inSource', justification: 'why', properties: { owner: 'who', until: '2030-01-01', expired: false } },
      },
    ];
    for (const w of waivers) {
      it(`records a finding disabled with ${w.name} as a suppression`, () => {
        const f: Finding = { ...finding('warning', 'schema', 2), ...(w.suppression ? { suppression: w.suppression } : {}) };
        const [result] = results(checkReport([], [], { suppressed: [f] }));
        assert.deepEqual(result?.suppressions, [w.expected]);
        assert.equal(result?.baselineState, undefined);
      });
    }

    it('gives related places an id, a message and a 1-based region', () => {
      const f = finding('warning', 'schema', 0, { related: [{ uri: `${ROOT}a.md`, range: range(3, 0, 4), message: 'first' }, { uri: `${ROOT}b.md`, range: range(9, 1, 2), message: 'second' }] });
      const [result] = results(checkReport([f], []));
      assert.deepEqual(result?.relatedLocations, [
        { physicalLocation: { artifactLocation: { uri: 'anyshire/a.md' }, region: { startLine: 4, startColumn: 1, endLine: 4, endColumn: 5 } }, id: 0, message: { text: 'first' } },
        { physicalLocation: { artifactLocation: { uri: 'anyshire/b.md' }, region: { startLine: 10, startColumn: 2, endLine: 10, endColumn: 3 } }, id: 1, message: { text: 'second' } },
      ]);
      assert.equal(results(checkReport([finding('warning', 'schema', 0)], []))[0]?.relatedLocations, undefined);
    });

    it('encodes relative paths as URIs and keeps the file URI where the path was given absolute', () => {
      const spaced = finding('error', 'schema', 0, { uri: `${ROOT}my%20plan.md` });
      assert.equal(results(checkReport([spaced], []))[0]?.locations[0]?.physicalLocation.artifactLocation.uri, 'anyshire/my%20plan.md');
      const absolute = checkReport([spaced], [], { paths: { cwd: '/plans', absolute: ['file:///plans/anyshire'] } });
      assert.equal(results(absolute)[0]?.locations[0]?.physicalLocation.artifactLocation.uri, `${ROOT}my%20plan.md`);
    });

    it('gives a finding of an unknown rule the index -1', () => {
      assert.equal(results(checkReport([finding('error', 'no-such-rule', 0)], []))[0]?.ruleIndex, -1);
    });
  });

  describe('JSON', () => {
    type Json = { plans: { root: string }[]; findings: Record<string, unknown>[]; summary: Record<string, number> };
    const json = (report: ReturnType<typeof checkReport>) => JSON.parse(formatJson(report)) as Json;

    it('marks baselined and disabled findings and counts only the others', () => {
      const out = json(
        checkReport([finding('error', 'schema', 0), finding('hint', 'schema', 1)], [], {
          baselined: [finding('warning', 'schema', 2)],
          suppressed: [finding('warning', 'schema', 3, { suppression: waiver({ reason: 'r', owner: 'o', until: '2020-01-01', expired: true }) }), finding('information', 'schema', 4)],
        }),
      );
      assert.deepEqual(out.findings.map((f) => [f['line'], f['baselined'], f['suppressed']]), [
        [1, undefined, undefined],
        [2, undefined, undefined],
        [3, true, undefined],
        [4, undefined, { kind: 'inSource', justification: 'r', owner: 'o', until: '2020-01-01', expired: true }],
        [5, undefined, { kind: 'inSource' }],
      ]);
      assert.deepEqual(out.summary, { error: 1, warning: 0, information: 0, hint: 1, baselined: 1, suppressed: 2 });
    });

    it('keeps the data and the related places of a finding', () => {
      const f = finding('warning', 'unknown-commitment', 0, { data: { suggestions: ['mh-a', 'mh-b'] }, related: [{ uri: `${ROOT}other.md`, range: range(7, 4, 5), message: 'also here' }] });
      const [out] = json(checkReport([f], [])).findings;
      assert.deepEqual(out?.['data'], { suggestions: ['mh-a', 'mh-b'] });
      assert.deepEqual(out?.['related'], [{ file: 'anyshire/other.md', line: 8, column: 5, message: 'also here' }]);
      const [plain] = json(checkReport([finding('warning', 'schema', 0)], [])).findings;
      assert.deepEqual(Object.keys(plain ?? {}), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'ruleId', 'message', 'docs', 'range']);
    });

    it('names a plan at the current folder "."', () => {
      assert.equal(json(checkReport([], [plan([], [], 'Here', { root: 'file:///plans/' })])).plans[0]?.root, '.');
    });
  });
});
