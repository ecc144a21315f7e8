import { remember } from '../cache/remember';
import type { Organisation } from '../model/types';
import { relativeTo } from '../uris';
import type { Rule } from './rule';

export const footprintOverlap: Rule = {
  meta: {
    id: 'footprint-overlap',
    defaultSeverity: 'information',
    description: 'An organisation that is also in the footprint of another plan in the workspace.',
  },
  check(context, report) {
    const manifest = context.manifest;
    if (!manifest) return;
    for (const organisation of manifest.organisations) {
      const name = normalisedName(organisation);
      for (const other of context.otherPlans) {
        const match = other.manifest?.organisations.find((o) => o.id.value === organisation.id.value || normalisedName(o) === name);
        if (!match || !other.manifest) continue;
        const title = other.manifest.title?.value ?? relativeTo(context.root, other.root);
        report({
          message: `${organisation.name} is also in the footprint of "${title}": agree which plan carries its commitments, and keep the two consistent`,
          uri: manifest.uri,
          range: organisation.id.range,
          related: [{ uri: other.manifest.uri, range: match.id.range, message: `in "${title}"` }],
        });
      }
    }
  },
};

/** Every plan compares its organisations with every other plan's: each name is normalised once, with its manifest. */
const names = new WeakMap<Organisation, string>();

function normalisedName(organisation: Organisation): string {
  return remember(names, organisation, () => organisation.name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim());
}
