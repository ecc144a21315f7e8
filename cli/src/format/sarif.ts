import type { Log, ReportingDescriptor, Result } from 'sarif';
import { RULES, ruleDocsUrl, type Finding, type Range, type Severity } from '../../../core/src/index';
import { displayPath, type PathStyle } from '../paths';
import { LazyArray, prettyJson, prettyJsonText } from './json-stream';
import type { CheckReport } from '../report/check-report';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, every rule with its
 * help URI, paths relative to the current folder. Findings disabled in the
 * plan are included with `suppressions: [{ kind: "inSource", justification }]`
 * (code scanning shows them as dismissed); with a baseline, each result's
 * `baselineState` is `new` or `unchanged` (recorded in the baseline).
 */
export function formatSarif(report: CheckReport): string {
  return prettyJsonText(sarifLog(report));
}

/** The SARIF log in chunks, each result made as it is written (`planwright check --format sarif` writes these). */
export function sarifChunks(report: CheckReport): Iterable<string> {
  return prettyJson(sarifLog(report));
}

function sarifLog(report: CheckReport) {
  const { paths, version } = report;
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
  const withBaseline = report.baselined.length > 0;
  const result = (f: Finding): Result => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location(f.uri, f.range, paths)],
    ...(f.related
      ? { relatedLocations: f.related.map((r, i) => ({ ...location(r.uri, r.range, paths), id: i, message: { text: r.message } })) }
      : {}),
  });
  function* results(): Generator<Result> {
    for (const f of report.findings) yield { ...result(f), ...(withBaseline ? { baselineState: 'new' as const } : {}) };
    for (const f of report.baselined) yield { ...result(f), baselineState: 'unchanged' as const };
    for (const f of report.suppressed) {
      yield { ...result(f), suppressions: [{ kind: 'inSource' as const, ...(f.suppression?.reason ? { justification: f.suppression.reason } : {}), ...waiverProperties(f) }] };
    }
  }
  // A SARIF log, but for its results, which are written one at a time.
  const log: Omit<Log, 'runs'> & { runs: [Omit<Log['runs'][number], 'results'> & { results: LazyArray }] } = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'planwright', version, semanticVersion: version, informationUri: 'https://github.com/planwright/planwright', rules } },
        columnKind: 'utf16CodeUnits',
        results: new LazyArray(results()),
      },
    ],
  };
  return log;
}

function location(uri: string, range: Range, paths: PathStyle) {
  const path = displayPath(uri, paths);
  return {
    physicalLocation: {
      artifactLocation: { uri: path.startsWith('/') ? uri : encodeURI(path) },
      region: {
        startLine: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
      },
    },
  };
}

/** A waiver's owner and review date, in the suppression's property bag (SARIF 3.8). */
function waiverProperties(f: Finding): { properties?: { owner?: string; until?: string; expired?: boolean } } {
  const s = f.suppression;
  if (!s?.owner && !s?.until) return {};
  return { properties: { ...(s.owner ? { owner: s.owner } : {}), ...(s.until ? { until: s.until, expired: s.expired } : {}) } };
}
