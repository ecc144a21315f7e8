import { strict as assert } from 'node:assert';
import { COMMANDS } from '../../cli/src/commands/registry';

/** The option lines of a usage (from `Options:` to the next blank line). */
function optionLines(usage: string): string[] {
  const lines = usage.split('\n');
  const start = lines.indexOf('Options:');
  if (start === -1) return [];
  const end = lines.findIndex((line, i) => i > start && line.trim() === '');
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/** Where an option's description starts: after the option and at least two spaces. */
function descriptionColumn(line: string): number | undefined {
  const match = /^ {2}-\S.*?\S( {2,})\S/.exec(line);
  return match ? match[0].length - 1 : undefined;
}

describe('CLI: every command\'s usage is laid out for an 80-column terminal', () => {
  for (const command of COMMANDS) {
    it(`\`planwright ${command.name} --help\`: lines of at most 80 characters, descriptions in one column`, () => {
      for (const line of command.usage.split('\n')) assert.ok(line.length <= 80, `${line.length} characters: ${line}`);
      const options = optionLines(command.usage);
      assert.ok(options.length > 0, 'no Options: block');
      const columns = new Set<number>();
      for (const line of options) {
        const column = line.startsWith('  -') ? descriptionColumn(line) : line.search(/\S/);
        assert.ok(column !== undefined && column > 2, `cannot tell where the description starts: ${line}`);
        columns.add(column);
      }
      assert.equal(columns.size, 1, `descriptions start at columns ${[...columns].join(', ')}:\n${options.join('\n')}`);
    });
  }
});
