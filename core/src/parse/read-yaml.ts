import type { ParseProblem } from '../findings';
import { YamlView } from '../model/yaml-view';
import type { SchemaName, SchemaSet } from '../schema/schema-set';
import type { OffsetMapper } from '../text/embedded';
import type { Range } from '../text/positions';
import { repairYaml } from './repair';
import { parseYaml } from './yaml';
import { nodeAtPath, nodeSpan } from './yaml-nodes';

export interface ReadYaml {
  /** The parsed root, when the YAML is well-formed and not empty. */
  readonly view?: YamlView;
  readonly value: unknown;
  readonly problems: ParseProblem[];
}

/**
 * Parses YAML written at `mapper`'s place in a document, validates it against
 * a schema, and reports both kinds of problem at the exact node. `fallback`
 * is where problems about the whole text point (a block's type word, a
 * file's first line).
 */
export function readYaml(text: string, mapper: OffsetMapper, schemas: SchemaSet, schema: SchemaName, fallback: Range): ReadYaml {
  const parsed = parseYaml(text);
  const problems: ParseProblem[] = parsed.problems.map((problem) => ({
    ruleId: 'yaml-syntax',
    message: problem.message,
    range: mapper.rangeOf(problem.start, problem.end),
  }));
  if (problems.length > 0 || !parsed.root || parsed.value === null || parsed.value === undefined) return { value: undefined, problems };
  const repaired = repairYaml(parsed, parsed.root, schema);
  const root = repaired.root;
  for (const repair of repaired.repairs) {
    problems.push({
      ruleId: 'schema',
      message: repair.message,
      range: mapper.rangeOf(repair.start, repair.end),
      ...(repair.replacement !== undefined ? { data: { suggestions: [repair.replacement] } } : {}),
    });
  }

  for (const issue of schemas.validate(schema, repaired.value, parsed.entries)) {
    const found = nodeAtPath(root, issue.path);
    const target = issue.atKey ? found.key ?? found.node : found.exact ? found.node : found.key ?? found.node;
    const range = target === root && !issue.atKey && issue.path.length === 0 ? fallback : rangeOfNode(target, mapper);
    problems.push({
      ruleId: 'schema',
      message: issue.message,
      range,
      ...(issue.suggestions && issue.suggestions.length > 0 ? { data: { suggestions: issue.suggestions } } : {}),
      ...(issue.invalidId !== undefined ? { invalidId: issue.invalidId } : {}),
    });
  }
  return { view: new YamlView(root, mapper), value: repaired.value, problems };
}

function rangeOfNode(node: Parameters<typeof nodeSpan>[0], mapper: OffsetMapper): Range {
  const [start, end] = nodeSpan(node);
  return mapper.rangeOf(start, end);
}
