import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildCli, planwright, STACK_TRACE, TempFolders } from './cli-harness';

const MANIFEST = [
  'plan:',
  '  title: Bad input plan',
  '  framework: ltp-2019',
  '  period: { start: 2019/20, end: 2023/24 }',
  'footprint:',
  '  population: 500000',
  '  organisations:',
  '    - { id: test-ccg, name: NHS Test CCG, type: ccg }',
  '',
].join('\n');

/**
 * Plans a user might really hand the CLI. Each must give findings (or a usage
 * error) with the stated exit code, and never a stack trace or an internal error.
 */
describe('CLI: bad input', function () {
  this.timeout(120_000);
  const temp = new TempFolders();

  before(() => buildCli());
  after(() => temp.cleanup());

  const cases: { name: string; files: Record<string, string | Uint8Array>; status: number; expect: RegExp }[] = [
    { name: 'an empty plan.yaml', files: { 'plan.yaml': '' }, status: 1, expect: /plan\.yaml:1:1 error schema plan\.yaml is empty/ },
    { name: 'a plan.yaml that is not YAML', files: { 'plan.yaml': 'plan: [unclosed\nfootprint: {\n' }, status: 1, expect: /plan\.yaml:\d+:\d+ error yaml-syntax / },
    { name: 'a plan.yaml that is a bare string', files: { 'plan.yaml': 'just some words\n' }, status: 1, expect: /plan\.yaml:1:1 error schema plan\.yaml is "just some words"; it must be a mapping/ },
    { name: 'an unknown framework', files: { 'plan.yaml': MANIFEST.replace('ltp-2019', 'ltp-2020'), 'a.md': '```commitment\nid: mh-liaison\nstatus: on-track\n```\n' }, status: 1, expect: /plan\.yaml:3:14 error schema unknown framework `ltp-2020`: did you mean `ltp-2019`\?/ },
    { name: 'a binary chapter', files: { 'plan.yaml': MANIFEST, 'photo.md': Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]) }, status: 2, expect: /photo\.md:1:1 error unreadable-file the file is binary/ },
    { name: 'a chapter in Latin-1', files: { 'plan.yaml': MANIFEST, 'old.md': Uint8Array.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]) }, status: 2, expect: /old\.md:1:1 error unreadable-file the file is not valid UTF-8/ },
    { name: 'a binary plan.yaml', files: { 'plan.yaml': Uint8Array.from([0x00, 0x01, 0x02]) }, status: 2, expect: /plan\.yaml:1:1 error unreadable-file/ },
    { name: 'an alias bomb', files: { 'plan.yaml': MANIFEST, 'data/bomb.yaml': `${'abcdefghi'.split('').map((n, i, all) => `${n}: &${n} [${Array<string>(10).fill(i === 0 ? 'x' : `*${all[i - 1] ?? ''}`).join(',')}]`).join('\n')}\n` }, status: 1, expect: /bomb\.yaml:1:1 error yaml-syntax the YAML expands too many aliases/ },
    { name: 'very deep nesting', files: { 'plan.yaml': MANIFEST, 'data/deep.yaml': `responses: ${'['.repeat(20000)}${']'.repeat(20000)}\n` }, status: 1, expect: /deep\.yaml:1:\d+ error yaml-syntax the YAML is nested too deeply to read/ },
    { name: 'a chapter with a BOM and CRLF line breaks', files: { 'plan.yaml': MANIFEST, 'a.md': '\uFEFF# A\r\n\r\n```commitment\r\nid: mh-liaisn\r\nstatus: on-track\r\n```\r\n' }, status: 1, expect: /a\.md:4:5 error unknown-commitment commitment `mh-liaisn`/ },
  ];

  for (const c of cases) {
    it(`${c.name}: exit ${c.status}, a finding, no stack trace`, () => {
      const folder = temp.withFiles(c.files);
      for (const format of ['text', 'sarif']) {
        const result = planwright(['check', '.', '--format', format], folder);
        assert.equal(result.status, c.status, `${format}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
        assert.doesNotMatch(result.stdout + result.stderr, STACK_TRACE);
        assert.doesNotMatch(result.stdout + result.stderr, /internal error/);
        if (format === 'text') assert.match(result.stdout, c.expect);
        else assert.doesNotThrow(() => JSON.parse(result.stdout) as unknown, `${format} output is JSON`);
      }
      const coverage = planwright(['coverage', '.'], folder);
      assert.doesNotMatch(coverage.stdout + coverage.stderr, STACK_TRACE);
      assert.equal(coverage.status, 0, coverage.stderr);
    });
  }

  it('a plan folder given by a path with spaces and non-ASCII characters', () => {
    const folder = temp.withFiles({ 'Plan für Süd/plan.yaml': MANIFEST, 'Plan für Süd/kapitel 1.md': '```commitment\nid: mh-liaisn\nstatus: on-track\n```\n' });
    const text = planwright(['check', 'Plan für Süd'], folder);
    assert.match(text.stdout, /^Plan für Süd\/kapitel 1\.md:2:5 error unknown-commitment/m);
    const sarif = JSON.parse(planwright(['check', 'Plan für Süd', '--format', 'sarif'], folder).stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uri = sarif.runs[0]?.results.find((r) => r.ruleId === 'unknown-commitment')?.locations[0]?.physicalLocation.artifactLocation.uri;
    assert.equal(uri, 'Plan%20f%C3%BCr%20S%C3%BCd/kapitel%201.md');
  });

  it('a single file that is not in any plan is a usage error', () => {
    const folder = temp.withFiles({ 'loose.md': '# Loose\n' });
    const result = planwright(['check', join(folder, 'loose.md')]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /no plan here/);
    assert.doesNotMatch(result.stderr, STACK_TRACE);
  });
});
