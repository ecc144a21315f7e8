import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../core/src/rules/registry';

// Each rule's description is what the editor's hover, completion and the SARIF output show, and
// what its documentation page and the rule index open with: they must say the same thing.
const DOCS = join(__dirname, '..', '..', '..', 'docs', 'rules');

/** Text as a reader sees it: Markdown code marks dropped, line breaks and runs of spaces as one space. */
const plain = (text: string): string => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();

describe('rule documentation matches each rule', () => {
  const index = readFileSync(join(DOCS, 'README.md'), 'utf8').split('\n');

  for (const { meta } of RULES) {
    it(`${meta.id}: its page opens with its description and default severity, and the index lists both`, () => {
      const page = readFileSync(join(DOCS, `${meta.id}.md`), 'utf8').replace(/\r\n/g, '\n');
      const [heading, , ...rest] = page.split('\n');
      assert.equal(heading, `# ${meta.id}`);
      const opening = rest.join('\n').split('\n\n')[0] ?? '';
      assert.equal(plain(opening), plain(meta.description));
      assert.match(page, new RegExp(`^Default severity: (\\*\\*${meta.defaultSeverity}\\*\\*|depends)`, 'm'));

      const row = index.find((line) => line.startsWith(`| [\`${meta.id}\`](${meta.id}.md) |`));
      assert.ok(row, `no row for ${meta.id} in docs/rules/README.md`);
      const cells = row.split('|').map((cell) => cell.trim());
      assert.ok(cells[2]?.startsWith(meta.defaultSeverity), `${meta.id}: the index says ${cells[2]}, the rule ${meta.defaultSeverity}`);
      assert.equal(plain(cells[cells.length - 2] ?? ''), plain(meta.description));
    });
  }
});
