import { reportParseProblems } from './parse-problems';
import type { Rule } from './rule';

export const unreadableFile: Rule = {
  meta: {
    id: 'unreadable-file',
    defaultSeverity: 'error',
    description: 'A plan file that cannot be read as UTF-8 text (binary content, bad encoding, or no permission).',
  },
  check(context, report) {
    reportParseProblems('unreadable-file', context, report);
  },
};
