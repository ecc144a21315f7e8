import { readYaml } from '../parse/read-yaml';
import type { SchemaSet } from '../schema/schema-set';
import { LineIndex } from '../text/positions';

/** A jargon term and its plain alternative. */
export interface JargonTerm {
  readonly term: string;
  readonly instead: string;
}

/** A source file: its URI and its text. */
interface WordListSource {
  readonly uri: string;
  readonly text: string;
}

/**
 * The terms of the plain-language word list (catalogs/plain-language.yaml).
 * The list ships with Planwright, so a problem in it is a packaging fault:
 * this throws, naming the line.
 */
export function readWordList(source: WordListSource, schemas: SchemaSet): JargonTerm[] {
  const index = new LineIndex(source.text);
  const read = readYaml(source.text, index, schemas, 'plain-language', index.rangeOf(0, 0));
  const problem = read.problems[0];
  if (problem) throw new Error(`word list ${source.uri} is invalid at line ${problem.range.start.line + 1}: ${problem.message}`);
  return (read.view?.get('words')?.items() ?? []).flatMap((item) => {
    const term = item.get('term')?.string()?.value;
    return term ? [{ term, instead: item.get('instead')?.string()?.value ?? '' }] : [];
  });
}
