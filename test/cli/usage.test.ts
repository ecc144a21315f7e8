import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, planwright, REPO } from './cli-harness';

const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

describe('CLI: usage, help and version', () => {
  before(buildCli);

  const helpCases: { args: string[]; first: RegExp; mentions: RegExp }[] = [
    { args: ['--help'], first: /^Usage: planwright <command>/, mentions: /check\s+report the problems[\s\S]*coverage\s+report which commitments/ },
    { args: ['help'], first: /^Usage: planwright <command>/, mentions: /Commands:/ },
    { args: ['-h'], first: /^Usage: planwright <command>/, mentions: /Commands:/ },
    { args: ['check', '--help'], first: /^Usage: planwright check/, mentions: /--max-warnings N/ },
    { args: ['check', 'examples/anyshire', '-h'], first: /^Usage: planwright check/, mentions: /--exit-zero/ },
    { args: ['help', 'coverage'], first: /^Usage: planwright coverage/, mentions: /md\|html\|csv\|json/ },
    { args: ['coverage', '--help'], first: /^Usage: planwright coverage/, mentions: /md\|html\|csv\|json/ },
  ];
  for (const { args, first, mentions } of helpCases) {
    it(`\`planwright ${args.join(' ')}\` prints that usage on stdout and exits 0`, () => {
      const result = planwright(args);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, first);
      assert.match(result.stdout, mentions);
      assert.equal(result.stderr, '');
    });
  }

  for (const args of [['--version'], ['-V'], ['check', '-V'], ['coverage', 'examples/anyshire', '--version'], ['-v']]) {
    it(`\`planwright ${args.join(' ')}\` prints the version and exits 0`, () => {
      const result = planwright(args);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, `${VERSION}\n`);
    });
  }

  const mistakes: { args: string[]; stderr: RegExp }[] = [
    { args: ['chek'], stderr: /unknown command "chek" — did you mean "check"\?/ },
    { args: ['coverag', 'examples/anyshire'], stderr: /unknown command "coverag" — did you mean "coverage"\?/ },
    { args: ['frobnicate'], stderr: /unknown command "frobnicate"\n/ },
    { args: ['help', 'chek'], stderr: /unknown command "chek" — did you mean "check"\?/ },
    { args: ['coverage', '--max-warnings', '1'], stderr: /--max-warnings[\s\S]*Usage: planwright coverage/ },
    { args: ['check', '--format', 'md'], stderr: /--format must be one of text, json, sarif, github, junit, gitlab for check[\s\S]*Usage: planwright check/ },
  ];
  for (const { args, stderr } of mistakes) {
    it(`\`planwright ${args.join(' ')}\` is a usage error (exit 2) that says what to type`, () => {
      const result = planwright(args);
      assert.equal(result.status, 2);
      assert.match(result.stderr, stderr);
      assert.equal(result.stdout, '');
    });
  }
});
