import { reportParseProblems } from './parse-problems';
import type { Rule } from './rule';

export const yamlSyntax: Rule = {
  meta: {
    id: 'yaml-syntax',
    defaultSeverity: 'error',
    description: 'YAML that cannot be read: a syntax error, a duplicate key, an unclosed block, or too many aliases.',
  },
  check(context, report) {
    reportParseProblems('yaml-syntax', context, report);
  },
};
