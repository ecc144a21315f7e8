import type { Severity } from '../findings';
import type { CommitmentKind } from '../catalog/types';
import type { Rule } from './rule';

const SEVERITY: Record<CommitmentKind, Severity> = {
  foundational: 'error',
  requirement: 'warning',
  transformation: 'information',
};

export const missingResponse: Rule = {
  meta: {
    id: 'missing-response',
    defaultSeverity: 'error',
    description: 'A catalog commitment the plan does not answer: an error for foundational commitments, a warning for plan requirements, information for transformations (unless the catalog sets the commitment\'s own severity).',
  },
  check(context, report) {
    const manifest = context.manifest;
    if (!manifest) return;
    const range = manifest.framework?.range ?? manifest.planRange;
    // A commitment block that does not parse is answered as far as this rule can tell: yaml-syntax says what is wrong.
    const unreadable = new Set(context.documents.flatMap((document) => document.blocks.flatMap((block) => block.unreadableId ?? [])));
    for (const commitment of context.catalogs.commitments()) {
      if (unreadable.has(commitment.id)) continue;
      const responses = context.responsesById.get(commitment.id) ?? [];
      const answered = responses.some((response) => response.status?.value !== 'not-applicable' || response.reason !== undefined);
      if (answered) continue;
      const kind = commitment.kind === 'foundational' ? 'foundational commitment' : commitment.kind === 'requirement' ? 'plan requirement' : 'transformation';
      report({
        message: `no response to the ${kind} \`${commitment.id}\` (${commitment.title}): add a commitment block, or one with status not-applicable and a reason`,
        uri: manifest.uri,
        range,
        severity: commitment.missingSeverity ?? SEVERITY[commitment.kind],
        data: { commitment: commitment.id },
      });
    }
  },
};
