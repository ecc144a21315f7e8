import * as assert from 'node:assert/strict';
import { lines, manifest, projectOf, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

describe('yaml-syntax', function () {
  // Alias bombs and 20,000-deep nesting are parsed for real; allow a slow machine.
  this.timeout(60_000);

  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const cases: { name: string; files: Record<string, string> }[] = [
    {
      name: 'a value that opens a nested mapping on one line, in a chapter block',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('# A', '', '```commitment', 'id: mh-liaison', 'status: on-track: yes', '        ^ yaml-syntax: Nested mappings are not allowed', '```', ''),
      },
    },
    {
      name: 'an unclosed bracket at the end of a block points at the last line of the block, not at the closing fence',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('```commitment', 'id: mh-liaison', 'status: on-track', 'partners: [test-mh', '                 ^ yaml-syntax', '```', ''),
      },
    },
    {
      name: 'an unclosed quote in a CRLF block',
      files: {
        'plan.yaml': manifest(),
        'a.md': ['```commitment', 'id: mh-liaison', 'status: on-track', 'summary: "never closed', '                     ^ yaml-syntax: Missing closing', '```', ''].join('\r\n'),
      },
    },
    {
      name: 'a duplicate key in a block, at the second key',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('```commitment', 'id: mh-liaison', 'status: on-track', 'id: mh-crisis-care', '^ yaml-syntax: Map keys must be unique', '```', ''),
      },
    },
    {
      name: 'bad indentation in a YAML-only file',
      files: {
        'plan.yaml': manifest(),
        'data/r.yaml': lines('responses:', '  - id: mh-liaison', '    status: on-track', '   lead: test-mh', '^ yaml-syntax', ''),
      },
    },
    {
      name: 'a duplicate key in a YAML-only file',
      files: {
        'plan.yaml': manifest(),
        'data/r.yaml': lines('responses:', '  - id: mh-liaison', '    status: on-track', '    status: at-risk', '    ^ yaml-syntax: Map keys must be unique', ''),
      },
    },
    {
      name: 'a tab used as indentation in plan.yaml',
      files: {
        'plan.yaml': `${manifest()}\nrules:\n\tschema: warning\n^ yaml-syntax: Tabs are not allowed`,
      },
    },
    {
      name: 'an unclosed flow mapping at the end of plan.yaml points at its last character',
      files: {
        'plan.yaml': `${manifest()}\nrules: { schema: warning\n                       ^ yaml-syntax\n`,
      },
    },
    {
      name: 'a YAML error in front matter',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('---', 'title: Mental health', 'lead: [test-mh', '             ^ yaml-syntax', '---', '# Mental health'),
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      checkPlan(c.files, { rules: ['yaml-syntax'] });
    });
  }

  it('a broken block does not hide the next block', () => {
    checkPlan(
      {
        'plan.yaml': manifest(),
        'a.md': lines(
          '```commitment',
          'id: mh-liaison: x',
          '    ^ yaml-syntax',
          '```',
          '',
          '```commitment',
          'id: mh-liasion',
          '    ^^^^^^^^^^ unknown-commitment: did you mean `mh-liaison`',
          'status: on-track',
          '```',
        ),
      },
      { rules: ['yaml-syntax', 'unknown-commitment'] },
    );
  });

  it('an unclosed ``` fence is reported at the block type', () => {
    checkPlan(
      { 'plan.yaml': manifest(), 'a.md': lines('# A', '', '```commitment', '   ^^^^^^^^^^ yaml-syntax: add a closing fence line', 'id: mh-liaison', 'status: on-track', '') },
      { rules: ['yaml-syntax'] },
    );
  });

  /** anchors a: &a [x × 10], b: &b [*a × 10], ... nine deep: 10^9 values if expanded. */
  function billionLaughs(indent = ''): string {
    const names = 'abcdefghi'.split('');
    return names
      .map((name, i) => {
        const items = i === 0 ? Array<string>(10).fill('x') : Array<string>(10).fill(`*${names[i - 1] ?? ''}`);
        return `${indent}${name}: &${name} [${items.join(', ')}]`;
      })
      .join('\n');
  }

  const bombCases: { name: string; files: Record<string, string>; file: string }[] = [
    { name: 'in a YAML-only file', file: 'data/bomb.yaml', files: { 'plan.yaml': manifest(), 'data/bomb.yaml': `${billionLaughs()}\n` } },
    { name: 'in a chapter block', file: 'a.md', files: { 'plan.yaml': manifest(), 'a.md': `# A\n\n\`\`\`assumptions\n${billionLaughs()}\n\`\`\`\n` } },
    { name: 'in plan.yaml', file: 'plan.yaml', files: { 'plan.yaml': `${manifest()}\nbomb:\n${billionLaughs('  ')}\n` } },
  ];
  for (const c of bombCases) {
    it(`a "billion laughs" alias bomb ${c.name} gives a finding instead of expanding`, () => {
      const findings = projectOf(c.files)
        .analyzeAll()
        .flatMap((a) => a.findings)
        .filter((f) => f.ruleId === 'yaml-syntax' && f.uri.endsWith(c.file));
      assert.equal(findings.length, 1, JSON.stringify(findings));
      assert.match(findings[0]?.message ?? '', /too many aliases/);
    });
  }

  it('a few aliases are fine', () => {
    checkPlan(
      { 'plan.yaml': manifest(), 'data/r.yaml': lines('responses:', '  - &r { id: mh-liaison, status: on-track, partners: &p [test-mh] }', '  - { id: mh-crisis-care, status: on-track, partners: *p }', '') },
      { rules: ['yaml-syntax', 'schema'] },
    );
  });

  const deep = 20_000;
  const nested = `${'['.repeat(deep)}${']'.repeat(deep)}`;
  const deepCases: { name: string; files: Record<string, string>; file: string }[] = [
    { name: 'a YAML-only file', file: 'data/deep.yaml', files: { 'plan.yaml': manifest(), 'data/deep.yaml': `responses: ${nested}\n` } },
    { name: 'a chapter block', file: 'a.md', files: { 'plan.yaml': manifest(), 'a.md': `\`\`\`commitment\nid: mh-liaison\nstatus: on-track\npartners: ${nested}\n\`\`\`\n` } },
    { name: 'plan.yaml', file: 'plan.yaml', files: { 'plan.yaml': `${manifest()}\ncatalogs: ${nested}\n` } },
    { name: 'a YAML-only file of nested block mappings', file: 'data/deep.yaml', files: { 'plan.yaml': manifest(), 'data/deep.yaml': `${Array.from({ length: 6000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n` } },
  ];
  for (const c of deepCases) {
    it(`very deep nesting in ${c.name} gives one readable finding without crashing`, () => {
      const all = projectOf(c.files).analyzeAll().flatMap((a) => a.findings);
      const here = all.filter((f) => f.uri.endsWith(c.file) && (f.ruleId === 'yaml-syntax' || f.ruleId === 'schema'));
      assert.ok(here.length >= 1, 'expected a finding');
      assert.deepEqual(
        here.filter((f) => f.ruleId === 'yaml-syntax').map((f) => f.message),
        ['the YAML is nested too deeply to read'],
      );
      for (const f of all) {
        assert.doesNotMatch(f.message, /call stack|internal error/i);
      }
    });
  }

  it('deeply nested Markdown containers do not crash the chapter reader', () => {
    const chapter = `# Deep\n\n\`\`\`commitment\nid: mh-liaisn\n\`\`\`\n\n${'> '.repeat(5000)}quoted\n\n${'- '.repeat(3000)}listed\n`;
    const findings = projectOf({ 'plan.yaml': manifest(), 'a.md': chapter })
      .analyzeAll()
      .flatMap((a) => a.findings)
      .filter((f) => f.uri.endsWith('a.md'));
    assert.ok(findings.some((f) => f.ruleId === 'unknown-commitment' && f.range.start.line === 3));
    for (const f of findings) assert.doesNotMatch(f.message, /internal error/);
  });
});
