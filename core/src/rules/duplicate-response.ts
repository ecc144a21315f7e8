import { relativeTo } from '../uris';
import type { Rule } from './rule';

export const duplicateResponse: Rule = {
  meta: {
    id: 'duplicate-response',
    defaultSeverity: 'warning',
    description: 'Two or more responses to one commitment in one plan.',
  },
  check(context, report) {
    for (const [id, responses] of context.responsesById) {
      const [first, ...others] = responses;
      if (!first?.id) continue;
      for (const other of others) {
        if (!other.id) continue;
        report({
          message: `\`${id}\` is already answered at ${relativeTo(context.root, first.uri)}:${first.id.range.start.line + 1}: merge the two responses into one`,
          uri: other.uri,
          range: other.id.range,
          related: [{ uri: first.uri, range: first.id.range, message: 'first response' }],
          data: { commitment: id },
        });
      }
    }
  },
};
