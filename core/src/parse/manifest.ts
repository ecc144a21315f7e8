import { SEVERITIES, type ConfiguredSeverity } from '../findings';
import type { Engagement, Located, Manifest, Organisation, OrganisationType, PlanDocument } from '../model/types';
import type { SchemaSet } from '../schema/schema-set';
import { LineIndex } from '../text/positions';
import { formatYear, yearStart } from '../model/values';
import { emptyDocument } from '../model/document';
import { readYaml } from './read-yaml';
import { yamlSuppressions } from './suppressions';

export interface ParsedManifest {
  readonly document: PlanDocument;
  readonly manifest: Manifest;
}

/** Reads `plan.yaml`. An empty or broken manifest still yields a Manifest, with what could be read. */
export function parseManifest(uri: string, text: string, schemas: SchemaSet): ParsedManifest {
  const index = new LineIndex(text);
  const start = index.rangeOf(0, index.lineEnd(0));
  const read = readYaml(text, index, schemas, 'plan', start);
  const problems = [...read.problems];
  if (!read.view && problems.length === 0) {
    problems.push({ ruleId: 'schema', message: 'plan.yaml is empty: it needs `plan:` (title, framework, period) and `footprint:` (organisations)', range: start });
  }
  const root = read.view;
  const plan = root?.get('plan');
  const period = plan?.get('period');
  const periodStart = period?.get('start')?.string();
  const periodEnd = period?.get('end')?.string();
  for (const year of [periodStart, periodEnd]) {
    // The schema checks the spelling (2019/20); a year whose second part is not the next year passes it.
    if (year && /^[0-9]{4}\/[0-9]{2}$/.test(year.value) && yearStart(year.value) === undefined) {
      problems.push({ ruleId: 'schema', message: `\`period\`: \`${year.value}\` is not a financial year: the second part must be the next year, like ${formatYear(Number(year.value.slice(0, 4)))}`, range: year.range });
    }
  }

  const organisationsView = root?.get('footprint')?.get('organisations');
  const organisations: Organisation[] = (organisationsView?.items() ?? []).flatMap((item) => {
    const id = item.get('id')?.string();
    if (!id) return [];
    return [{ id, name: item.get('name')?.string()?.value ?? id.value, type: item.get('type')?.string()?.value as OrganisationType | undefined, range: item.range }];
  });

  const engagementView = root?.get('engagement');
  const engagement: Engagement[] = (engagementView?.items() ?? []).flatMap((item) => {
    const withId = item.get('with')?.string();
    if (!withId) return [];
    return [{ with: withId, how: item.get('how')?.string()?.value, when: item.get('when')?.string()?.value, range: item.range }];
  });

  const rules = new Map<string, Located<ConfiguredSeverity>>();
  for (const [rule, value] of root?.get('rules')?.entries() ?? []) {
    const severity = value.string();
    if (severity && (SEVERITIES as readonly string[]).includes(severity.value)) {
      rules.set(rule.value, { value: severity.value as ConfiguredSeverity, range: rule.range });
    }
  }

  const manifest: Manifest = {
    uri,
    read: root !== undefined,
    title: plan?.get('title')?.string(),
    framework: plan?.get('framework')?.string(),
    period: periodStart && periodEnd && period ? { start: periodStart, end: periodEnd, range: period.entryRange } : undefined,
    population: root?.get('footprint')?.get('population')?.number(),
    clinicalLead: plan?.get('clinical-lead')?.string(),
    status: plan?.get('status')?.string(),
    asAt: plan?.get('as-at')?.string(),
    organisations,
    organisationsListed: organisationsView?.isList() ?? false,
    engagement,
    engagementRange: engagementView?.keyRange ?? start,
    catalogs: root?.get('catalogs')?.strings() ?? [],
    exclude: root?.get('exclude')?.strings() ?? [],
    rules,
    plainLanguage: (root?.get('plain-language')?.get('words')?.items() ?? []).flatMap((item) => {
      const term = item.get('term')?.string()?.value;
      return term ? [{ term, instead: item.get('instead')?.string()?.value ?? '' }] : [];
    }),
    planRange: plan?.keyRange ?? start,
  };

  const document: PlanDocument = { ...emptyDocument(uri, 'manifest', text, problems, index), suppressions: yamlSuppressions(uri, index, 0, index.lineCount - 1) };
  return { document, manifest };
}
