import type { Log, ReportingDescriptor, Result } from 'sarif';
import { RULES, ruleDocsUrl, type Finding, type Range, type Severity } from '../../../core/src/index';
import { displayPath } from '../paths';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0 as GitHub code scanning reads it: one run, every rule with its help URI, paths relative to the current folder. */
export function formatSarif(findings: readonly Finding[], cwd: string, version: string): string {
  const rules: ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.meta.id,
    // SARIF 3.49.7: a name that equals the id (ignoring case, e.g. "Schema") must be left out.
    ...(rule.meta.id.includes('-') ? { name: rule.meta.id.replace(/(^|-)([a-z])/g, (_m, _dash: string, letter: string) => letter.toUpperCase()) } : {}),
    shortDescription: { text: rule.meta.description },
    helpUri: ruleDocsUrl(rule.meta.id),
    help: { text: `See ${ruleDocsUrl(rule.meta.id)}` },
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
  }));
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.meta.id, i]));
  const results: Result[] = findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location(f.uri, f.range, cwd)],
    ...(f.related
      ? { relatedLocations: f.related.map((r, i) => ({ ...location(r.uri, r.range, cwd), id: i, message: { text: r.message } })) }
      : {}),
  }));
  const log: Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'planwright', version, semanticVersion: version, informationUri: 'https://github.com/planwright/planwright', rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function location(uri: string, range: Range, cwd: string) {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(displayPath(uri, cwd)) },
      region: {
        startLine: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
      },
    },
  };
}
