import { SEVERITIES } from '../findings';
import { yearStart } from '../model/values';
import { listOr, suggest } from '../text/suggest';
import type { Located } from '../model/types';
import type { Range } from '../text/positions';
import { idFor } from '../schema/schema-set';
import { organisationUses, type OrganisationUse } from './organisation-uses';
import type { Report, Rule, RuleContext } from './rule';

export const schema: Rule = {
  meta: {
    id: 'schema',
    defaultSeverity: 'error',
    description: 'A manifest, front matter, block or catalog that breaks its JSON Schema, or a manifest naming an unknown framework or rule.',
  },
  check(context, report) {
    const manifest = context.manifest;
    const badIds = badOrganisationIds(context);
    for (const document of context.documents) {
      for (const problem of document.problems) {
        if (problem.ruleId !== 'schema') continue;
        const bad = problem.invalidId !== undefined ? badIds.get(problem.invalidId) : undefined;
        if (bad) {
          // One finding for a badly written organisation id, at its definition; its uses follow it.
          if (document.uri === manifest?.uri && sameRange(problem.range, bad.definition.range)) report(bad.finding);
          continue;
        }
        report({ message: problem.message, uri: document.uri, range: problem.range, ...(problem.data ? { data: problem.data } : {}) });
      }
    }
    if (!manifest) return;
    const uri = manifest.uri;

    const framework = manifest.framework;
    if (framework && !context.builtinCatalogs.has(framework.value)) {
      const known = [...context.builtinCatalogs.keys()];
      const suggestions = suggest(framework.value, known);
      report({
        message: `unknown framework \`${framework.value}\`: ${suggestions.length > 0 ? `did you mean ${listOr(suggestions)}?` : `use ${listOr(known)}`}`,
        uri,
        range: framework.range,
        data: { suggestions: suggestions.length > 0 ? suggestions : known },
      });
    }

    const period = manifest.period;
    if (period) {
      const start = yearStart(period.start.value);
      const end = yearStart(period.end.value);
      if (start !== undefined && end !== undefined && end < start) {
        report({ message: `the plan period ends (${period.end.value}) before it starts (${period.start.value})`, uri, range: period.end.range });
      }
    }

    for (const [ruleId, setting] of manifest.rules) {
      if (context.ruleIds.includes(ruleId)) continue;
      const suggestions = suggest(ruleId, context.ruleIds);
      report({
        message: `\`${ruleId}\` is not a Planwright rule${suggestions.length > 0 ? `: did you mean ${listOr(suggestions)}?` : ''} (severities are ${listOr(SEVERITIES)})`,
        uri,
        range: setting.range,
        data: { suggestions },
      });
    }
  },
};

interface BadId {
  readonly definition: Located<string>;
  readonly finding: Report;
}

/** Footprint organisations whose id breaks the id pattern, with the one finding each gets and its rename. */
function badOrganisationIds(context: RuleContext): Map<string, BadId> {
  const bad = new Map<string, BadId>();
  const manifest = context.manifest;
  if (!manifest) return bad;
  // The plan's uses of organisations are found only when an id is badly written (rarely): it is a walk over every response.
  let uses: OrganisationUse[] | undefined;
  for (const organisation of manifest.organisations) {
    const written = organisation.id.value;
    if (bad.has(written)) continue;
    const fixed = idFor(written);
    if (fixed === undefined || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(written)) continue;
    const places = [{ uri: manifest.uri, range: organisation.id.range }, ...(uses ??= organisationUses(context)).filter((use) => use.id.value === written).map((use) => ({ uri: use.uri, range: use.id.range }))];
    const others = places.length - 1;
    const taken = context.organisations.has(fixed);
    bad.set(written, {
      definition: organisation.id,
      finding: {
        message: `organisation id \`${written}\` is not written as an id (lower case with hyphens): call it \`${fixed}\`${others > 0 ? `, here and in its ${others} use${others === 1 ? '' : 's'}` : ''}${taken ? ` (but \`${fixed}\` is already taken: choose another)` : ''}`,
        uri: manifest.uri,
        range: organisation.id.range,
        ...(taken ? {} : { data: { fix: { title: `Rename \`${written}\` to \`${fixed}\` everywhere (${places.length} place${places.length === 1 ? '' : 's'})`, edits: places.map((place) => ({ ...place, newText: fixed })), preferred: true } } }),
      },
    });
  }
  return bad;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
