import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../../core/src/index';
import { ruleDocsUrl } from '../../core/src/index';
import { escapeData, escapeProperty, formatGithub } from '../../cli/src/format/github';
import { formatGitlab } from '../../cli/src/format/gitlab';
import { formatJunit, xml } from '../../cli/src/format/junit';
import { formatText } from '../../cli/src/format/text';
import { checkReport, finding, plan, range, ROOT } from './format-fixtures';

/** The terminal and CI formats (text, GitHub annotations, GitLab code quality, JUnit), pinned line by line on hand-made reports. */

const B = 'file:///plans/bshire/';

describe('output formats: text, GitHub, GitLab, JUnit', () => {
  describe('text', () => {
    const summaries: { name: string; severities: Severity[]; plans: number; baselined?: number; suppressed?: number; line: string }[] = [
      { name: 'an error', severities: ['error', 'warning'], plans: 1, line: '✖ 2 problems (1 error, 1 warning, 0 info) in 1 plan' },
      { name: 'warnings and a hint', severities: ['warning', 'warning', 'hint'], plans: 1, line: '! 3 problems (0 errors, 2 warnings, 0 info, 1 hint) in 1 plan' },
      { name: 'hints', severities: ['hint', 'hint'], plans: 1, line: '✔ 2 problems (0 errors, 0 warnings, 0 info, 2 hints) in 1 plan' },
      { name: 'information only', severities: ['information'], plans: 1, line: '✔ 1 problem (0 errors, 0 warnings, 1 info) in 1 plan' },
      { name: 'nothing, two plans', severities: [], plans: 2, line: '✔ 0 problems (0 errors, 0 warnings, 0 info) in 2 plans' },
      { name: 'several errors', severities: ['error', 'error'], plans: 1, line: '✖ 2 problems (2 errors, 0 warnings, 0 info) in 1 plan' },
      { name: 'baselined and disabled', severities: [], plans: 1, baselined: 1, suppressed: 2, line: '✔ 0 problems (0 errors, 0 warnings, 0 info) in 1 plan · not counted: 1 baselined, 2 disabled in the plan' },
      { name: 'disabled only', severities: ['warning'], plans: 1, suppressed: 1, line: '! 1 problem (0 errors, 1 warning, 0 info) in 1 plan · not counted: 1 disabled in the plan' },
      { name: 'baselined only', severities: [], plans: 1, baselined: 3, line: '✔ 0 problems (0 errors, 0 warnings, 0 info) in 1 plan · not counted: 3 baselined' },
    ];
    for (const c of summaries) {
      it(`sums up ${c.name}`, () => {
        const findings = c.severities.map((s, i) => finding(s, 'unknown-commitment', i));
        const plans = Array.from({ length: c.plans }, (_, i) => plan([], [], `Plan ${i + 1}`));
        const others = (n: number | undefined) => Array.from({ length: n ?? 0 }, (_, i) => finding('warning', 'trajectory-target', i));
        const lines = formatText(checkReport(findings, plans, { baselined: others(c.baselined), suppressed: others(c.suppressed) }), false).split('\n');
        assert.equal(lines[findings.length], '');
        assert.equal(lines[findings.length + 1], c.line);
      });
    }

    it('prints file:line:col, the severity, the rule and the message, then each plan', () => {
      const text = formatText(checkReport([finding('information', 'plain-language', 6), finding('hint', 'schema', 0)], [plan([])]), false);
      assert.equal(
        text,
        [
          'anyshire/04-mh.md:7:3 info plain-language information message',
          'anyshire/04-mh.md:1:3 hint schema hint message',
          '',
          '✔ 2 problems (0 errors, 0 warnings, 1 info, 1 hint) in 1 plan',
          '  Anyshire plan: foundational commitments 3/4 answered, 2 met · all: 5 met, 3 answered, 1 partial, 2 missing, 1 not applicable',
          '',
        ].join('\n'),
      );
    });

    it('colours the severity, the mark, the place and the rule when asked to', () => {
      const colours: [Severity, string][] = [
        ['error', '\u001b[31merror\u001b[39m'],
        ['warning', '\u001b[33mwarning\u001b[39m'],
        ['information', '\u001b[34minfo\u001b[39m'],
        ['hint', '\u001b[2mhint\u001b[22m'],
      ];
      for (const [severity, painted] of colours) {
        const [first] = formatText(checkReport([finding(severity, 'schema', 0)], [plan([])]), true).split('\n');
        assert.equal(first, `\u001b[1manyshire/04-mh.md:1:3\u001b[22m ${painted} \u001b[2mschema\u001b[22m ${severity} message`);
      }
      const mark = (severities: Severity[]) => formatText(checkReport(severities.map((s) => finding(s, 'schema', 0)), []), true).trimEnd().split('\n').at(-1)?.slice(0, 14);
      assert.equal(mark(['error', 'warning']), '\u001b[31m✖\u001b[39m 2 ');
      assert.equal(mark(['warning']), '\u001b[33m!\u001b[39m 1 ');
      assert.equal(mark([]), '\u001b[32m✔\u001b[39m 0 ');
      assert.ok(formatText(checkReport([], [plan([])]), true).includes('\n  \u001b[1mAnyshire plan\u001b[22m: foundational'));
    });
  });

  describe('GitHub workflow commands', () => {
    const commands: [Severity, string][] = [
      ['error', 'error'],
      ['warning', 'warning'],
      ['information', 'notice'],
      ['hint', 'notice'],
    ];
    for (const [severity, command] of commands) {
      it(`writes ${severity} as ::${command}`, () => {
        const f = finding(severity, 'trajectory-target', 4, { range: { start: { line: 4, character: 0 }, end: { line: 6, character: 12 } } });
        assert.equal(formatGithub(checkReport([f], [])), `::${command} file=anyshire/04-mh.md,line=5,col=1,endLine=7,endColumn=13,title=trajectory-target::${severity} message\n`);
      });
    }

    it('writes one line per finding and nothing for none', () => {
      assert.equal(formatGithub(checkReport([], [])), '');
      assert.equal(
        formatGithub(checkReport([finding('error', 'schema', 0), finding('hint', 'schema', 1)], [])),
        '::error file=anyshire/04-mh.md,line=1,col=3,endLine=1,endColumn=10,title=schema::error message\n::notice file=anyshire/04-mh.md,line=2,col=3,endLine=2,endColumn=10,title=schema::hint message\n',
      );
    });

    const escapes: [string, string, string][] = [
      ['50% done', '50%25 done', '50%25 done'],
      ['line\r\nnext', 'line%0D%0Anext', 'line%0D%0Anext'],
      ['a: b, c', 'a: b, c', 'a%3A b%2C c'],
      ['%0A', '%250A', '%250A'],
      ['plain', 'plain', 'plain'],
    ];
    for (const [text, data, property] of escapes) {
      it(`escapes ${JSON.stringify(text)} as data and as a property`, () => {
        assert.equal(escapeData(text), data);
        assert.equal(escapeProperty(text), property);
      });
    }

    it('escapes the file and the message in the command', () => {
      const f = finding('warning', 'schema', 0, { uri: `${ROOT}a,b:c.md`, message: 'first\nsecond' });
      assert.equal(formatGithub(checkReport([f], [])), '::warning file=anyshire/a%2Cb%3Ac.md,line=1,col=3,endLine=1,endColumn=10,title=schema::first%0Asecond\n');
    });
  });

  describe('GitLab code quality', () => {
    const base = (f: Finding) => createHash('sha256').update(`${f.ruleId}\0${f.message}\0`).digest('hex').slice(0, 20);

    it('writes each finding as an issue with its severity, fingerprint and lines', () => {
      const severities: [Severity, string][] = [
        ['error', 'major'],
        ['warning', 'minor'],
        ['information', 'info'],
        ['hint', 'info'],
      ];
      const findings = severities.map(([s], i) => finding(s, `rule-${i}`, i, { range: range(i, 0, 1), uri: `${ROOT}plan ${i}.md` }));
      findings[3] = { ...findings[3] as Finding, range: { start: { line: 3, character: 0 }, end: { line: 8, character: 2 } } };
      assert.deepEqual(
        JSON.parse(formatGitlab(checkReport(findings, []))),
        findings.map((f, i) => ({
          type: 'issue',
          check_name: `rule-${i}`,
          description: f.message,
          categories: ['Bug Risk'],
          severity: severities[i]?.[1],
          fingerprint: base(f),
          location: { path: `anyshire/plan ${i}.md`, lines: { begin: i + 1, end: i === 3 ? 9 : i + 1 } },
        })),
      );
    });

    it('numbers identical findings so each fingerprint is unique', () => {
      const same = finding('warning', 'schema', 2);
      const other = finding('warning', 'schema', 3, { message: 'another' });
      const issues = JSON.parse(formatGitlab(checkReport([same, other, same, same], []))) as { fingerprint: string }[];
      assert.deepEqual(issues.map((i) => i.fingerprint), [base(same), base(other), `${base(same)}-1`, `${base(same)}-2`]);
    });

    it('writes an empty array for no findings', () => {
      assert.equal(formatGitlab(checkReport([], [])), '[]\n');
    });
  });

  describe('JUnit', () => {
    it('writes a suite per plan: failures for errors and warnings, passes for the rest, skips with the reason', () => {
      const a = plan([], [], 'Plan <A>');
      const b = plan([], [], "B's plan", { root: B });
      const c = plan([], [], 'Clean plan', { root: 'file:///plans/c/' });
      const report = checkReport(
        [finding('error', 'schema', 0, { message: 'bad & "worse"' }), finding('warning', 'trajectory-target', 1), finding('information', 'plain-language', 2), finding('hint', 'schema', 3, { uri: `${B}x.md` })],
        [a, b, c],
        {
          baselined: [finding('warning', 'schema', 4)],
          suppressed: [finding('warning', 'schema', 5, { uri: `${B}x.md`, suppression: { reason: 'agreed <later>', expired: false, uri: `${B}x.md`, range: range(4, 0, 1) } }), finding('error', 'schema', 6, { uri: `${B}x.md` })],
        },
      );
      const docs = ruleDocsUrl('schema');
      assert.equal(
        formatJunit(report),
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<testsuites name="planwright" tests="8" failures="2" errors="0" skipped="3">',
          '  <testsuite name="Plan &lt;A&gt;" file="anyshire" tests="4" failures="2" errors="0" skipped="1">',
          `    <testcase classname="planwright.schema" name="anyshire/04-mh.md:1:3 schema" file="anyshire/04-mh.md" line="1"><failure type="error" message="bad &amp; &quot;worse&quot;">anyshire/04-mh.md:1:3 error schema bad &amp; &quot;worse&quot;\n${docs}</failure></testcase>`,
          `    <testcase classname="planwright.trajectory-target" name="anyshire/04-mh.md:2:3 trajectory-target" file="anyshire/04-mh.md" line="2"><failure type="warning" message="warning message">anyshire/04-mh.md:2:3 warning trajectory-target warning message\n${ruleDocsUrl('trajectory-target')}</failure></testcase>`,
          `    <testcase classname="planwright.plain-language" name="anyshire/04-mh.md:3:3 plain-language" file="anyshire/04-mh.md" line="3"><system-out>anyshire/04-mh.md:3:3 information plain-language information message\n${ruleDocsUrl('plain-language')}</system-out></testcase>`,
          '    <testcase classname="planwright.schema" name="anyshire/04-mh.md:5:3 schema" file="anyshire/04-mh.md" line="5"><skipped message="recorded in the baseline"/></testcase>',
          '  </testsuite>',
          '  <testsuite name="B&apos;s plan" file="bshire" tests="3" failures="0" errors="0" skipped="2">',
          `    <testcase classname="planwright.schema" name="bshire/x.md:4:3 schema" file="bshire/x.md" line="4"><system-out>bshire/x.md:4:3 hint schema hint message\n${docs}</system-out></testcase>`,
          '    <testcase classname="planwright.schema" name="bshire/x.md:6:3 schema" file="bshire/x.md" line="6"><skipped message="disabled in the plan: agreed &lt;later&gt;"/></testcase>',
          '    <testcase classname="planwright.schema" name="bshire/x.md:7:3 schema" file="bshire/x.md" line="7"><skipped message="disabled in the plan: no reason given"/></testcase>',
          '  </testsuite>',
          '  <testsuite name="Clean plan" file="c" tests="1" failures="0" errors="0" skipped="0">',
          '    <testcase classname="planwright" name="c: no problems"/>',
          '  </testsuite>',
          '</testsuites>',
          '',
        ].join('\n'),
      );
    });

    it('names a plan at the current folder "."', () => {
      const here = plan([], [], 'Here', { root: 'file:///plans/' });
      assert.match(formatJunit(checkReport([], [here])), /<testsuite name="Here" file="\." tests="1"[^\n]*\n {4}<testcase classname="planwright" name="\.: no problems"\/>/);
    });

    const texts: [string, string][] = [
      ['a & b', 'a &amp; b'],
      ['<tag attr="v">', '&lt;tag attr=&quot;v&quot;&gt;'],
      ["it's", 'it&apos;s'],
      ['bell\u0007 and nul\u0000 go; tab\tCR\rLF\n stay', 'bell and nul go; tab\tCR\rLF\n stay'],
      ['\uFFFE\uFFFF\uD800 dropped, \u{1F600} kept', ' dropped, \u{1F600} kept'],
    ];
    for (const [text, escaped] of texts) {
      it(`escapes ${JSON.stringify(text)} for XML`, () => assert.equal(xml(text), escaped));
    }
  });
});
