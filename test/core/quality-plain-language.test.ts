import * as assert from 'node:assert/strict';
import { crlf, lines, manifest, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';


describe('plain-language', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  const cases: { name: string; files: Record<string, string>; rules?: string[] }[] = [
    {
      name: 'jargon in a paragraph, with the plain alternative',
      files: {
        'plan.yaml': manifest(),
        'money.md': lines(
          '# Money',
          '',
          'Our finances are a burning platform, and we cannot go on like this.',
          '                   ^^^^^^^^^^^^^^^^ plain-language: "burning platform" is jargon many readers will not follow: try "say what will go wrong, and for whom, if nothing changes"',
          '',
        ),
      },
    },
    {
      name: 'any case: "Going forward" at the start of a sentence, "VALUE PROPOSITION" in capitals',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines(
          'Going forward, the hospital will run a planned surgery unit.',
          '^^^^^^^^^^^^^ plain-language: "Going forward" is jargon many readers will not follow: try "from now on (or leave it out)"',
          'Our VALUE PROPOSITION is simple.',
          '    ^^^^^^^^^^^^^^^^^ plain-language: "VALUE PROPOSITION" is jargon',
          '',
        ),
      },
    },
    {
      name: 'in headings and list items too',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines(
          '# Synergies between our services',
          '  ^^^^^^^^^ plain-language: try "the benefits of working together"',
          '',
          '- we will upskill our staff',
          '          ^^^^^^^ plain-language: try "train"',
          '- a holistic approach',
          '    ^^^^^^^^ plain-language: try "whole-person"',
          '',
        ),
      },
    },
    {
      name: 'a term split across a line break inside a paragraph, at its first line',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines(
          'Three of our trusts are in deficit. Our finances are a burning',
          '                                                       ^^^^^^^ plain-language: is jargon many readers will not follow: try "say what will go wrong',
          'platform, and we cannot go on like this.',
          '',
        ),
      },
    },
    {
      name: 'not across two paragraphs',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('We are not burning', '', 'platform tickets.', ''),
      },
    },
    {
      name: 'whole words only: "leverage" and "leveraging" are listed, "leveraged" and "leverages" are not',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines(
          'We leveraged funds last year and it leverages more; we will leverage it again by leveraging grants.',
          '                                                            ^^^^^^^^ plain-language: try "use"',
          '                                                                                 ^^^^^^^^^^ plain-language: try "using"',
          'Our stakeholder and deliverable lists, and stakeholders and deliverables.',
          '                                           ^^^^^^^^^^^^ plain-language: try "name the people or organisations"',
          '                                                            ^^^^^^^^^^^^ plain-language: try "what we will deliver"',
          '',
        ),
      },
    },
    {
      name: 'hyphenated terms, and terms inside longer words are not matched',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines(
          'A best-in-class service, some low-hanging fruit, and no bestinclass or upskilling or unholistic.',
          '  ^^^^^^^^^^^^^ plain-language: try "among the best (say compared with whom)"',
          '                              ^^^^^^^^^^^^^^^^^ plain-language: try "the easiest improvements"',
          '',
        ),
      },
    },
    {
      name: 'not inside `code spans`',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('The phrase `burning platform` and ``going forward`` are quoted as code, but not going forward here.', '                                                                                ^^^^^^^^^^^^^ plain-language', ''),
      },
    },
    {
      name: 'not inside fenced blocks, plan blocks or indented code',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines(
          '# Notes',
          '',
          '```text',
          'a burning platform, going forward',
          '```',
          '',
          '```commitment',
          'id: mh-liaison',
          'status: at-risk',
          'summary: Going forward we will leverage synergies.',
          '```',
          '',
          '    going forward in indented code',
          '',
          '<!-- a burning platform in a comment -->',
          '',
        ),
      },
    },
    {
      name: 'not in YAML-only files or plan.yaml',
      files: {
        'plan.yaml': manifest('# going forward, a burning platform'),
        'data/finance.yaml': lines('finance:', '  notes: Going forward we will leverage synergies on this burning platform.', '  income: { 2019/20: 1, 2020/21: 1, 2021/22: 1, 2022/23: 1, 2023/24: 1 }', ''),
      },
    },
    {
      name: 'extra words from plan.yaml, alongside the built-in list',
      files: {
        'plan.yaml': manifest(lines('plain-language:', '  words:', '    - { term: care navigation hub, instead: one phone number for help }', '    - { term: footprint-wide, instead: across the area }')),
        'a.md': lines(
          'A footprint-wide care navigation',
          '  ^^^^^^^^^^^^^^ plain-language: "footprint-wide" is jargon many readers will not follow: try "across the area"',
          '                 ^^^^^^^^^^^^^^^ plain-language: try "one phone number for help"',
          'hub, going forward.',
          '     ^^^^^^^^^^^^^ plain-language: try "from now on (or leave it out)"',
          '',
        ),
      },
    },
    {
      name: 'the rule turned off in plan.yaml',
      files: {
        'plan.yaml': manifest('rules: { plain-language: off }'),
        'a.md': lines('Our finances are a burning platform. Going forward we will leverage synergies.', ''),
      },
    },
    {
      name: 'a severity override in plan.yaml keeps the findings',
      files: {
        'plan.yaml': manifest('rules: { plain-language: information }'),
        'a.md': lines('Our finances are a burning platform.', '                   ^^^^^^^^^^^^^^^^ plain-language', ''),
      },
    },
    {
      name: 'a disable comment with a reason covers the next paragraph only',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines(
          '# History',
          '',
          '<!-- planwright-disable plain-language: quoting the 2016 plan -->',
          'In 2016 the plan said: "our burning platform means that, going',
          'forward, we must leverage synergies."',
          '',
          'Going forward we will write plainly.',
          '^^^^^^^^^^^^^ plain-language',
          '',
        ),
      },
      rules: ['plain-language', 'suppression-reason'],
    },
    {
      name: 'CRLF line endings, including a term split across a line break',
      files: {
        'plan.yaml': crlf(manifest()),
        'a.md': crlf(
          lines(
            '# Money',
            '',
            'Our finances are a burning',
            '                   ^^^^^^^ plain-language: try "say what will go wrong',
            'platform, and going forward we must change.',
            '              ^^^^^^^^^^^^^ plain-language: "going forward" is jargon',
            '',
            '`burning platform`',
            '',
          ),
        ),
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      checkPlan(c.files, { rules: c.rules ?? ['plain-language'] });
    });
  }

  it('carries the plain alternative in the finding data (for the quick fix)', () => {
    const { findings } = checkPlan({ 'plan.yaml': manifest(), 'a.md': lines('We need a step change in care.', '          ^^^^^^^^^^^ plain-language', '') }, { rules: ['plain-language'] });
    const finding = findings.find((f) => f.ruleId === 'plain-language');
    assert.equal(finding?.data?.replacement, 'a big improvement (say how big)');
    assert.equal(finding?.severity, 'warning');
  });

  it('a term split across a line break spans both lines', () => {
    const { findings } = checkPlan({ 'plan.yaml': manifest(), 'a.md': lines('We face a paradigm', '          ^^^^^^^^ plain-language', 'shift in care.', '') }, { rules: ['plain-language'] });
    assert.deepEqual(findings.find((f) => f.ruleId === 'plain-language')?.range, { start: { line: 0, character: 10 }, end: { line: 1, character: 5 } });
  });
});
