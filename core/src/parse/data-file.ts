import { emptyDocument } from '../model/document';
import type { BlockType, PlanDocument } from '../model/types';
import type { SchemaSet } from '../schema/schema-set';
import { LineIndex } from '../text/positions';
import { emptyItems, readItems, readResponse } from './items';
import { readYaml } from './read-yaml';
import { yamlSuppressions } from './suppressions';

const DATA_KEYS: readonly BlockType[] = ['finance', 'workforce', 'inequalities', 'assumptions', 'milestones'];

/** Reads a YAML-only plan file: `responses:`, `finance:`, `workforce:` and the other block keys. */
export function parseDataFile(uri: string, text: string, schemas: SchemaSet): PlanDocument {
  const index = new LineIndex(text);
  const read = readYaml(text, index, schemas, 'data-file', index.rangeOf(0, index.lineEnd(0)));
  const items = emptyItems();
  if (read.view) {
    for (const response of read.view.get('responses')?.items() ?? []) {
      items.responses.push(readResponse(response, { uri, form: 'yaml', range: response.range }));
    }
    for (const key of DATA_KEYS) {
      const view = read.view.get(key);
      if (view) readItems(key, view, { uri, form: 'yaml', range: key === 'finance' ? view.entryRange : undefined }, items);
    }
  }
  return {
    ...emptyDocument(uri, 'data', text, read.problems, index),
    suppressions: yamlSuppressions(uri, index, 0, index.lineCount - 1),
    ...items,
  };
}
