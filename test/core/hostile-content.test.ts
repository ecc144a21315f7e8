import * as assert from 'node:assert/strict';
import { PLAN_ROOT, lines, manifest, projectOf, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';
import { analyzeSoundly } from '../helpers/soundness';

/**
 * Content-level hostility: text no author meant to write, or an attacker
 * wrote on purpose. Each case must finish (the engine's own bounds make it
 * finish; mocha's timeout only catches a hang), keep every range inside its
 * document, and give exactly the findings marked or counted, not a cascade.
 */
describe('hostile content', function () {
  this.timeout(120_000);
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const findingsIn = (files: Record<string, string>, file: string, rules?: readonly string[]) =>
    analyzeSoundly(projectOf(files))
      .flatMap((a) => a.findings)
      .filter((f) => f.uri === PLAN_ROOT + file && (!rules || rules.includes(f.ruleId)));

  describe('exact findings on odd characters and numbers', () => {
    const cases: { name: string; files: Record<string, string>; rules: string[] }[] = [
      {
        name: 'NUL bytes in prose and inside a block value',
        files: { 'plan.yaml': manifest(), 'a.md': lines('# Mental\u0000health', '', 'Text\u0000with NULs.', '', '```commitment', 'id: mh-liaison', 'status: on\u0000track', '        ^^^^^^^^ schema: `status` is "on', '```', '') },
        rules: ['schema', 'yaml-syntax'],
      },
      {
        name: '1e309, -1e309 and .nan are not numbers a plan can use',
        files: {
          'plan.yaml': manifest(),
          'a.md': lines(
            '```commitment',
            'id: mh-liaison',
            'status: on-track',
            'baseline: { year: 2019/20, value: -1e309 }',
            '                                  ^^^^^^ schema: `value` is -Infinity',
            'trajectory:',
            '  2019/20: 1e309',
            '           ^^^^^ schema: `2019/20` is Infinity',
            '  2020/21: .nan',
            '           ^^^^ schema: `2020/21` is NaN',
            '  2021/22: NaN',
            '           ^^^ schema: `2021/22` is "NaN"',
            '  2022/23: -0',
            '  2023/24: 1',
            '```',
          ),
        },
        rules: ['schema', 'yaml-syntax'],
      },
      {
        name: 'a year whose value is 1e309 or .nan is reported once, by the schema, not also as a year with no value',
        files: {
          'plan.yaml': manifest(),
          'a.md': lines(
            '```commitment',
            'id: mh-liaison',
            'status: on-track',
            'trajectory: { 2019/20: 1e309, 2020/21: .nan, 2021/22: 3%, 2022/23: 4%, 2023/24: 5% }',
            '                       ^^^^^ schema: `2019/20` is Infinity',
            '                                       ^^^^ schema: `2020/21` is NaN',
            'organisations:',
            '  test-hospital:',
            '    trajectory: { 2019/20: 1e309, 2020/21: 2%, 2021/22: 3%, 2022/23: 4%, 2023/24: 5% }',
            '                           ^^^^^ schema: `2019/20` is Infinity',
            '```',
          ),
        },
        rules: ['trajectory-period', 'schema', 'yaml-syntax'],
      },
      {
        name: 'a year like 2019/21 in a trajectory',
        files: {
          'plan.yaml': manifest(),
          'a.md': lines('```commitment', 'id: mh-liaison', 'status: on-track', 'trajectory: { 2019/20: 1, 2019/21: 2, 2020/21: 3, 2021/22: 4, 2022/23: 5, 2023/24: 6 }', '                          ^^^^^^^ trajectory-period: `2019/21` is not a financial year', '```'),
        },
        rules: ['trajectory-period', 'schema', 'yaml-syntax'],
      },
      {
        name: 'a list used as a key is one finding at the key, not a stringified key',
        files: { 'plan.yaml': manifest(), 'data/r.yaml': lines('responses:', '  - ? [a, b]', '      ^^^^^^ yaml-syntax: a list or mapping cannot be used as a key', '    : c', '') },
        rules: ['schema', 'yaml-syntax'],
      },
      {
        name: 'a mapping used as a key in a block',
        files: { 'plan.yaml': manifest(), 'a.md': lines('```commitment', '{ id: x }: mh-liaison', '^^^^^^^^^ yaml-syntax: a list or mapping cannot be used as a key', '```') },
        rules: ['schema', 'yaml-syntax'],
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        checkPlan(c.files, { rules: c.rules });
      });
    }

    it('lone CR: the schema finding is at line 4, on the value', () => {
      const found = findingsIn({ 'plan.yaml': manifest(), 'a.md': '# A\r\r```commitment\rid: mh-liaison\rstatus: nope\r```\r' }, 'a.md', ['schema']);
      assert.deepEqual(
        found.map((f) => f.range),
        [{ start: { line: 4, character: 8 }, end: { line: 4, character: 12 } }],
      );
    });
  });

  describe('size and count', () => {
    it('a 10 MB single-line chapter: read in full, no finding on it', () => {
      assert.deepEqual(findingsIn({ 'plan.yaml': manifest(), 'a.md': `${'x'.repeat(10 * 1024 * 1024)}` }, 'a.md'), []);
    });

    it('a 10 MB single line inside a block value: one schema finding spanning the value', () => {
      const value = 'a'.repeat(10 * 1024 * 1024);
      const found = findingsIn({ 'plan.yaml': manifest(), 'a.md': `\`\`\`commitment\nid: mh-liaison\nstatus: ${value}\n\`\`\`\n` }, 'a.md', ['schema', 'yaml-syntax']);
      assert.deepEqual(
        found.map((f) => f.range),
        [{ start: { line: 2, character: 8 }, end: { line: 2, character: 8 + value.length } }],
      );
    });

    it('100,000 headings are all read, each at its line', () => {
      const project = projectOf({ 'plan.yaml': manifest(), 'a.md': '# Heading\n'.repeat(100_000) });
      analyzeSoundly(project);
      const headings = project.document(`${PLAN_ROOT}a.md`)?.headings ?? [];
      assert.equal(headings.length, 100_000);
      assert.deepEqual(headings[99_999]?.range, { start: { line: 99_999, character: 0 }, end: { line: 99_999, character: 9 } });
    });

    it('200,000 unclosed HTML comment openers on one line are scanned once, not rescanned (no findings)', () => {
      assert.deepEqual(findingsIn({ 'plan.yaml': manifest(), 'a.md': `<!-- ${'<!-- [[x '.repeat(200_000)}` }, 'a.md'), []);
    });

    it('a YAML file with a million list entries is refused with one finding, not parsed', () => {
      const found = findingsIn({ 'plan.yaml': manifest(), 'data/big.yaml': `responses: [${'1,'.repeat(1_000_000)}]\n` }, 'data/big.yaml');
      assert.deepEqual(
        found.map((f) => [f.ruleId, f.message, f.range.start.line]),
        [['yaml-syntax', 'the YAML has more than 50,000 list and mapping entries and was not read: split it across files', 0]],
      );
    });

    it('5,000 bad entries get their first schema problem and a note, not 5,000 findings', () => {
      const found = findingsIn({ 'plan.yaml': manifest(), 'data/many.yaml': `responses:\n${'  - 1\n'.repeat(5000)}` }, 'data/many.yaml');
      assert.deepEqual(
        found.map((f) => [f.ruleId, f.range.start.line]),
        [
          ['schema', 0],
          ['schema', 1],
        ],
      );
      assert.match(found.map((f) => f.message).join('\n'), /more than 2,000 entries, so only its first schema problem is listed/);
    });

    it('3,000 anchors on one node give at most 21 YAML findings (20 and a count of the rest)', () => {
      const found = findingsIn({ 'plan.yaml': manifest(), 'data/a.yaml': `${'&a '.repeat(3000)}x\n` }, 'data/a.yaml', ['yaml-syntax']);
      assert.equal(found.length, 21);
      assert.match(found[20]?.message ?? '', /^\d+ more YAML problems from here on are not listed/);
    });
  });

  describe('nesting', () => {
    const deepCases: { name: string; yaml: string; line: number; character: number }[] = [
      { name: '10,000 nested sequence indicators on one line', yaml: `${'- '.repeat(10_000)}x`, line: 1, character: 128 },
      { name: '5,000 unclosed flow brackets', yaml: '['.repeat(5000), line: 1, character: 64 },
      { name: '300 nested explicit keys (exponential to convert)', yaml: `${'? '.repeat(300)}x`, line: 1, character: 128 },
      { name: '3,000 mappings indented one more space each', yaml: Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'), line: 65, character: 64 },
    ];
    for (const c of deepCases) {
      it(`${c.name}: one finding at the first level past 64`, () => {
        const found = findingsIn({ 'plan.yaml': manifest(), 'a.md': `\`\`\`commitment\n${c.yaml}\n\`\`\`\n` }, 'a.md', ['yaml-syntax', 'schema']);
        assert.deepEqual(
          found.map((f) => [f.message, f.range.start]),
          [['the YAML is nested too deeply to read', { line: c.line, character: c.character }]],
        );
      });
    }

    it('64 levels are still read', () => {
      const found = findingsIn({ 'plan.yaml': manifest(), 'data/d.yaml': `x: ${'['.repeat(63)}${']'.repeat(63)}\n` }, 'data/d.yaml', ['yaml-syntax']);
      assert.deepEqual(found, []);
    });

    it('an alias bomb in front matter is refused like one in a block', () => {
      const names = 'abcdefghi'.split('');
      const bomb = names.map((n, i) => `${n}: &${n} [${Array<string>(10).fill(i === 0 ? 'x' : `*${names[i - 1] ?? ''}`).join(', ')}]`).join('\n');
      const found = findingsIn({ 'plan.yaml': manifest(), 'a.md': `---\n${bomb}\n---\n# A\n` }, 'a.md', ['yaml-syntax']);
      assert.equal(found.length, 1);
      assert.match(found[0]?.message ?? '', /too many aliases/);
    });

    it('an alias bomb through merge keys is refused', () => {
      const names = 'abcdefgh'.split('');
      const bomb = names.map((n, i) => (i === 0 ? `${n}: &${n} { k: v }` : `${n}: &${n} [${Array<string>(10).fill(`*${names[i - 1] ?? ''}`).join(', ')}]`)).join('\n');
      const found = findingsIn({ 'plan.yaml': manifest(), 'data/m.yaml': `${bomb}\n` }, 'data/m.yaml', ['yaml-syntax']);
      assert.equal(found.length, 1);
      assert.match(found[0]?.message ?? '', /too many aliases/);
    });
  });
});
