import * as assert from 'node:assert/strict';
import { PlanProject } from '../../core/src/index';
import { decodeText, MAX_FILE_BYTES } from '../../host/src/index';
import { lines, manifest, PLAN_ROOT, projectOf, testEngine } from '../helpers/engine';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('bad input: decoding plan files (host)', () => {
  const cases: { name: string; bytes: Uint8Array; ok: boolean; reason?: RegExp; text?: string }[] = [
    { name: 'UTF-8 text', bytes: utf8('# Café 😀\n'), ok: true, text: '# Café 😀\n' },
    { name: 'empty file', bytes: new Uint8Array(0), ok: true, text: '' },
    { name: 'binary content (NUL bytes)', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), ok: false, reason: /binary/ },
    { name: 'a NUL byte after some text', bytes: Uint8Array.from([...utf8('# Title\n'), 0x00, ...utf8('more')]), ok: false, reason: /binary/ },
    { name: 'invalid UTF-8 (Latin-1 bytes)', bytes: Uint8Array.from([...utf8('# Caf'), 0xe9, 0x0a]), ok: false, reason: /not valid UTF-8/ },
    { name: 'invalid UTF-8 (a truncated sequence at the end)', bytes: Uint8Array.from([...utf8('ok '), 0xf0, 0x9f, 0x98]), ok: false, reason: /not valid UTF-8/ },
    { name: 'UTF-16 with a BOM (has NUL bytes)', bytes: Uint8Array.from([0xff, 0xfe, 0x23, 0x00, 0x20, 0x00, 0x41, 0x00]), ok: false, reason: /binary/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = decodeText(c.bytes);
      assert.equal(result.ok, c.ok);
      if (result.ok) assert.equal(result.text, c.text);
      else assert.match(result.reason, c.reason ?? /./);
    });
  }

  it('refuses files over the size limit without decoding them', () => {
    const result = decodeText(new Uint8Array(MAX_FILE_BYTES + 1));
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.reason, /MB/);
  });
});

describe('bad input: the engine', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const unreadable: { name: string; file: string }[] = [
    { name: 'chapter', file: 'chapter.md' },
    { name: 'YAML-only file', file: 'data/r.yaml' },
    { name: 'plan.yaml', file: 'plan.yaml' },
  ];
  for (const c of unreadable) {
    it(`an unreadable ${c.name} gives one unreadable-file finding on that file, with the reason`, () => {
      const project = new PlanProject(testEngine());
      if (c.file !== 'plan.yaml') project.setFile(`${PLAN_ROOT}plan.yaml`, manifest());
      project.setFile(`${PLAN_ROOT}other.md`, lines('```commitment', 'id: mh-liaison', 'status: on-track', '```'));
      const bytes = Uint8Array.from([0x00, 0x01, 0x02, 0xff]);
      const decoded = decodeText(bytes);
      assert.equal(decoded.ok, false);
      if (!decoded.ok) project.setUnreadable(`${PLAN_ROOT}${c.file}`, decoded.reason);
      const findings = project.analyzeAll().flatMap((a) => a.findings);
      const unreadableFindings = findings.filter((f) => f.ruleId === 'unreadable-file');
      assert.deepEqual(
        unreadableFindings.map((f) => [f.uri, f.severity, f.range.start.line]),
        [[`${PLAN_ROOT}${c.file}`, 'error', 0]],
      );
      assert.match(unreadableFindings[0]?.message ?? '', /binary/);
      for (const f of findings) assert.doesNotMatch(f.message, /internal error/);
    });
  }

  it('a file made readable again loses its finding', () => {
    const project = projectOf({ 'plan.yaml': manifest() });
    project.setUnreadable(`${PLAN_ROOT}a.md`, 'the file is binary, not text');
    const count = () =>
      project
        .analyzeAll()
        .flatMap((a) => a.findings)
        .filter((f) => f.ruleId === 'unreadable-file').length;
    assert.equal(count(), 1);
    project.setFile(`${PLAN_ROOT}a.md`, '# Fixed\n');
    assert.equal(count(), 0);
  });

  it('text with NUL and other control characters in a chapter does not crash the engine', () => {
    const findings = projectOf({ 'plan.yaml': manifest(), 'a.md': `# Title\u0000\u0007\n\n\`\`\`commitment\nid: mh-liaisn\u0000\nstatus: on-track\n\`\`\`\n` })
      .analyzeAll()
      .flatMap((a) => a.findings);
    assert.ok(findings.some((f) => f.uri.endsWith('a.md') && (f.ruleId === 'yaml-syntax' || f.ruleId === 'unknown-commitment' || f.ruleId === 'schema')));
    for (const f of findings) assert.doesNotMatch(f.message, /internal error/);
  });

  it('an unknown framework gives one schema finding, not a cascade of unknown-commitment or missing-response', () => {
    const findings = projectOf({
      'plan.yaml': manifest('', { framework: 'ltp-2020' }),
      'a.md': lines('See [[mh-liaison]] and [[mh-crisis-care]].', '', '```commitment', 'id: mh-liaison', 'status: on-track', '```', '', '```milestones', '- { what: x, by: 2020/21, commitment: mh-crisis-care }', '```'),
      'data/r.yaml': lines('responses:', '  - { id: mh-talking-therapies, status: on-track }'),
    })
      .analyzeAll()
      .flatMap((a) => a.findings);
    assert.deepEqual(
      findings.filter((f) => ['unknown-commitment', 'missing-response', 'duplicate-response'].includes(f.ruleId)).map((f) => f.message),
      [],
    );
    const schema = findings.filter((f) => f.ruleId === 'schema');
    assert.equal(schema.length, 1);
    assert.match(schema[0]?.message ?? '', /unknown framework `ltp-2020`: did you mean `ltp-2019`\?/);
  });

  it('an empty plan.yaml: one schema finding, no crash, and no rule trips over the missing manifest', () => {
    const findings = projectOf({ 'plan.yaml': '', 'a.md': lines('---', 'lead: someone', '---', '```commitment', 'id: mh-liaison', 'status: on-track', 'lead: x', '```') })
      .analyzeAll()
      .flatMap((a) => a.findings);
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'schema').map((f) => f.message),
      ['plan.yaml is empty: it needs `plan:` (title, framework, period) and `footprint:` (organisations)'],
    );
    assert.deepEqual(findings.filter((f) => f.ruleId === 'unknown-commitment'), []);
    for (const f of findings) assert.doesNotMatch(f.message, /internal error/);
  });

  describe('a 5 MB chapter with many blocks', function () {
    this.timeout(120_000);

    it('is parsed in full and its findings are exact', () => {
      // Blocks with planted problems whose lines are recorded as the text is built.
      const parts: string[] = [];
      let size = 0;
      const push = (...added: string[]) => {
        for (const part of added) size += part.length + 1;
        parts.push(...added);
      };
      const nextLine = () => parts.length + 1; // 1-based number of the line pushed next
      const expected: string[] = [];
      let blocks = 0;
      let milestones = 0;
      push('# A very long chapter', '');
      for (let i = 0; size < 5 * 1024 * 1024; i++) {
        push(`## Section ${i}`, '', `Prose for section ${i}, with a reference to [[mh-crisis-care]] and enough words to look like a real paragraph of a plan.`, '');
        if (i % 300 === 150) {
          expected.push(`${nextLine()} unknown-commitment`);
          push('A mistyped reference: [[mh-crisis-kare]].', '');
        }
        push('```milestones');
        for (let m = 0; m < 8; m++) push(`- { what: Milestone ${i}.${m} for the plan, by: 2020/21, commitment: mh-liaison, owner: test-mh }`);
        milestones += 8;
        if (i % 700 === 699) {
          expected.push(`${nextLine()} unknown-organisation`);
          push(`- { what: Owned by a stranger ${i}, by: 2021/22, owner: stranger-${i} }`);
          milestones++;
        }
        push('```', '');
        blocks++;
        if (i % 1100 === 550) {
          push('```commitment', 'id: mh-liaison');
          expected.push(`${nextLine()} yaml-syntax`);
          push('status: [on-track', '```', '');
          blocks++;
        }
      }
      const text = parts.join('\n');
      assert.ok(text.length >= 5 * 1024 * 1024);
      const project = projectOf({ 'plan.yaml': manifest(), 'big.md': text });
      const document = project.document(`${PLAN_ROOT}big.md`);
      assert.equal(document?.blocks.length, blocks);
      assert.equal(document?.milestones.length, milestones);
      const findings = project
        .analyzeAll()
        .flatMap((a) => a.findings)
        .filter((f) => f.uri.endsWith('big.md') && ['unknown-commitment', 'unknown-organisation', 'yaml-syntax', 'schema'].includes(f.ruleId))
        .map((f) => `${f.range.start.line + 1} ${f.ruleId}`);
      assert.ok(expected.length > 10);
      assert.deepEqual(findings, [...expected].sort((a, b) => parseInt(a, 10) - parseInt(b, 10)));
    });
  });
});
