import * as assert from 'node:assert/strict';
import { lines, manifest, projectOf, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

const block = (...body: string[]) => lines('```commitment', ...body, '```', '');

describe('suppression comments', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const cases: { name: string; files: Record<string, string> }[] = [
    {
      name: 'Markdown: a disable comment covers the next block only',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines(
          '# Local pilots',
          '',
          '<!-- planwright-disable unknown-commitment: a local pilot, agreed with the region -->',
          '```commitment',
          'id: local-pilot',
          'status: on-track',
          '```',
          '',
          '```commitment',
          'id: other-pilot',
          '    ^^^^^^^^^^^ unknown-commitment',
          'status: on-track',
          '```',
        ),
      },
    },
    {
      name: 'Markdown: a disable comment silences only the rule it names',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('<!-- planwright-disable unknown-organisation: the trust joins the footprint in April -->', '```commitment', 'id: local-pilot', '    ^^^^^^^^^^^ unknown-commitment', 'status: on-track', 'lead: new-trust', '```'),
      },
    },
    {
      name: 'Markdown: several rules in one comment',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('<!-- planwright-disable unknown-organisation, unknown-commitment: a joint pilot with a new trust -->', '```commitment', 'id: local-pilot', 'status: on-track', 'lead: new-trust', '```'),
      },
    },
    {
      name: 'Markdown: a comment without a reason is reported, and still suppresses',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('<!-- planwright-disable unknown-commitment -->', '^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ suppression-reason: say why `unknown-commitment` is disabled here', '```commitment', 'id: local-pilot', 'status: on-track', '```'),
      },
    },
    {
      name: 'Markdown: an empty reason after the colon counts as no reason',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('<!-- planwright-disable unknown-commitment:   -->', '^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ suppression-reason: say why', '```commitment', 'id: local-pilot', 'status: on-track', '```'),
      },
    },
    {
      name: 'Markdown: an unknown rule id is reported with a suggestion, and suppresses nothing',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines(
          '<!-- planwright-disable unknown-comitment: typo in the rule id -->',
          '                        ^^^^^^^^^^^^^^^^^ suppression-reason: `unknown-comitment` is not a Planwright rule: did you mean `unknown-commitment`?',
          '```commitment',
          'id: local-pilot',
          '    ^^^^^^^^^^^ unknown-commitment',
          'status: on-track',
          '```',
        ),
      },
    },
    {
      name: 'Markdown: a comment naming no rule',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('<!-- planwright-disable -->', '^^^^^^^^^^^^^^^^^^^^^^^^^^^ suppression-reason: names no rule', '', 'Some prose.'),
      },
    },
    {
      name: 'Markdown: a disable comment covers a [[reference]] in the next paragraph',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('<!-- planwright-disable unknown-commitment: the local name for the service -->', 'We call it [[talking-space]].', '', 'Elsewhere [[talking-spaces]].', '            ^^^^^^^^^^^^^^ unknown-commitment'),
      },
    },
    {
      name: 'YAML-only file: a # comment covers the next entry only',
      files: {
        'plan.yaml': manifest(),
        'data/r.yaml': lines(
          'responses:',
          '  # planwright-disable unknown-commitment: a local pilot',
          '  - id: local-pilot',
          '    status: on-track',
          '  - id: other-pilot',
          '        ^^^^^^^^^^^ unknown-commitment',
          '    status: on-track',
          '',
        ),
      },
    },
    {
      name: 'YAML-only file: a comment without a reason is reported and still applies to the next entry',
      files: {
        'plan.yaml': manifest(),
        'data/r.yaml': lines(
          'responses:',
          '  # planwright-disable unknown-organisation',
          '  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ suppression-reason: say why `unknown-organisation` is disabled here',
          '  - id: mh-liaison',
          '    status: on-track',
          '    lead: nobody',
          '  - id: mh-crisis-care',
          '    status: on-track',
          '    lead: nobody-else',
          '          ^^^^^^^^^^^ unknown-organisation',
          '',
        ),
      },
    },
    {
      name: 'a # comment inside a chapter block covers the next key only',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines(
          '```commitment',
          'id: mh-liaison',
          'status: on-track',
          '# planwright-disable unknown-organisation: joins the footprint in April',
          'lead: new-trust',
          'partners: [other-trust]',
          '           ^^^^^^^^^^^ unknown-organisation',
          '```',
        ),
      },
    },
    {
      name: 'plan.yaml: a # comment covers the next engagement entry',
      files: {
        'plan.yaml': manifest(lines('  # planwright-disable unknown-organisation: the local paper ran the survey', '  - { with: the-press, how: a survey }', '  - { with: the-radio, how: a phone-in }', '            ^^^^^^^^^ unknown-organisation')),
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      checkPlan(c.files, { rules: ['suppression-reason', 'unknown-commitment', 'unknown-organisation'] });
    });
  }
});

describe('severity overrides in plan.yaml', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const chapter = block('id: no-such-commitment', 'status: on-track', 'lead: nobody');

  const cases: { name: string; rules: string; expected: Record<string, string | undefined> }[] = [
    { name: 'defaults', rules: '', expected: { 'unknown-commitment': 'error', 'unknown-organisation': 'error' } },
    { name: '`off` removes a rule\'s findings', rules: 'rules: { unknown-commitment: off }', expected: { 'unknown-commitment': undefined, 'unknown-organisation': 'error' } },
    { name: '`warning` changes the severity', rules: 'rules: { unknown-commitment: warning }', expected: { 'unknown-commitment': 'warning', 'unknown-organisation': 'error' } },
    { name: '`information` and `hint`', rules: 'rules: { unknown-commitment: information, unknown-organisation: hint }', expected: { 'unknown-commitment': 'information', 'unknown-organisation': 'hint' } },
    { name: 'an invalid severity is ignored (and reported by schema)', rules: 'rules: { unknown-commitment: loud }', expected: { 'unknown-commitment': 'error', 'unknown-organisation': 'error' } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const findings = projectOf({ 'plan.yaml': manifest(c.rules), 'a.md': chapter })
        .analyzeAll()
        .flatMap((a) => a.findings);
      for (const [rule, severity] of Object.entries(c.expected)) {
        const ofRule = findings.filter((f) => f.ruleId === rule);
        assert.deepEqual(ofRule.map((f) => f.severity), severity ? [severity] : [], rule);
      }
    });
  }

  it('an override applies to every level a rule reports at (missing-response)', () => {
    const findings = projectOf({ 'plan.yaml': manifest('rules: { missing-response: warning }') })
      .analyzeAll()
      .flatMap((a) => a.findings)
      .filter((f) => f.ruleId === 'missing-response');
    assert.ok(findings.length > 0);
    assert.deepEqual([...new Set(findings.map((f) => f.severity))], ['warning']);
  });

  it('`off` for missing-response removes all of them', () => {
    const findings = projectOf({ 'plan.yaml': manifest('rules: { missing-response: off }') })
      .analyzeAll()
      .flatMap((a) => a.findings);
    assert.equal(findings.filter((f) => f.ruleId === 'missing-response').length, 0);
  });
});

describe('local catalogs', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const local = (...commitments: string[]) =>
    lines(
      'catalog: { id: anyshire-local, title: Anyshire local priorities, version: "1", period: { start: 2019/20, end: 2023/24 } }',
      'areas: [{ id: local-priorities, title: Local priorities }]',
      'commitments:',
      ...commitments,
      '',
    );
  const entry = (id: string, kind = 'transformation') =>
    lines(`  - id: ${id}`, '    area: local-priorities', `    kind: ${kind}`, `    title: Local priority ${id}`, '    summary: What the local board asked for.', '    source: { title: "Anyshire health and wellbeing board, 12 March 2019" }', '    guidance: Say what will be done, by whom and when.');

  it('adds its commitments: they can be answered, and misspellings get suggestions', () => {
    checkPlan(
      {
        'plan.yaml': manifest('catalogs: [local.catalog.yaml]'),
        'local.catalog.yaml': local(entry('local-housing')),
        'a.md': lines(...block('id: local-housing', 'status: on-track').split('\n'), '```commitment', 'id: local-housng', '    ^^^^^^^^^^^^ unknown-commitment: did you mean `local-housing`', 'status: on-track', '```'),
      },
      { rules: ['unknown-commitment', 'local-catalog', 'schema'] },
    );
  });

  it('its unanswered commitments are reported by missing-response', () => {
    const findings = projectOf({ 'plan.yaml': manifest('catalogs: [local.catalog.yaml]'), 'local.catalog.yaml': local(entry('local-housing', 'foundational')) })
      .analyzeAll()
      .flatMap((a) => a.findings)
      .filter((f) => f.ruleId === 'missing-response' && f.data?.commitment === 'local-housing');
    assert.deepEqual(findings.map((f) => f.severity), ['error']);
  });

  it('a missing catalog file is reported at its entry in plan.yaml', () => {
    checkPlan(
      { 'plan.yaml': manifest(lines('catalogs: [local.catalog.yaml, missing.catalog.yaml]', '                               ^^^^^^^^^^^^^^^^^^^^ local-catalog: `missing.catalog.yaml` was not found')), 'local.catalog.yaml': local(entry('local-housing')) },
      { rules: ['local-catalog'] },
    );
  });

  it('an id that clashes with ltp-2019 is reported at the local entry, related to the built-in one', () => {
    const { findings } = checkPlan(
      {
        'plan.yaml': manifest('catalogs: [local.catalog.yaml]'),
        'local.catalog.yaml': local(entry('local-housing'), entry('mh-liaison').replace('  - id: mh-liaison', '  - id: mh-liaison\n        ^^^^^^^^^^ local-catalog: `mh-liaison` is already a commitment of the built-in ltp-2019 catalog')),
      },
      { rules: ['local-catalog'] },
    );
    const clash = findings.find((f) => f.ruleId === 'local-catalog');
    assert.match(clash?.related?.[0]?.uri ?? '', /catalogs\/ltp-2019\.catalog\.yaml$/);
  });

  it('a catalog in a folder beside the plan is found by its relative path, and its schema problems reported', () => {
    checkPlan(
      {
        'plan.yaml': manifest('catalogs: [shared/local.catalog.yaml]'),
        'shared/local.catalog.yaml': local(entry('local-housing').replace('    kind: transformation', '    kind: local\n          ^^^^^ schema: `kind` is "local"; it must be `foundational`, `transformation` or `requirement`')),
      },
      { rules: ['local-catalog', 'schema'] },
    );
  });

  // What Restricted Mode promises in VS Code: a workspace's catalog is data. A hostile one is
  // reported where it is, and the built-in commitments keep working.
  it('a hostile local catalog is reported, and the built-in commitments still resolve', () => {
    // Nine levels of ten aliases each: a billion nodes if expanded.
    const letters = 'abcdefghij';
    const bomb = [`a: &a [${Array(10).fill('x').join(', ')}]`, ...[...letters.slice(1)].map((name, i) => `${name}: &${name} [${Array(10).fill(`*${letters[i] ?? 'a'}`).join(', ')}]`)];
    const hostile = local(entry('mh-liaison'), entry('local-housing').replace('title: Local priority local-housing', 'title: "<script>alert(1)</script>"'), ...bomb.map((line) => `# ${line}`));
    const project = projectOf({
      'plan.yaml': manifest('catalogs: [hostile.catalog.yaml, bomb.catalog.yaml]'),
      'hostile.catalog.yaml': hostile,
      'bomb.catalog.yaml': lines(...bomb, 'catalog: *j'),
      'a.md': lines(...block('id: mh-liaison', 'status: on-track').split('\n'), ...block('id: cancer-62-day', 'status: on-track').split('\n')),
    });
    const findings = project.analyzeAll().flatMap((a) => a.findings);
    const at = (file: string) => findings.filter((f) => f.uri.endsWith(`/${file}`)).map((f) => f.ruleId);
    assert.ok(at('hostile.catalog.yaml').includes('local-catalog'), `hostile.catalog.yaml: ${at('hostile.catalog.yaml').join(', ')}`);
    assert.ok(at('bomb.catalog.yaml').length > 0, 'the alias bomb is reported');
    assert.deepEqual(at('a.md').filter((id) => id === 'unknown-commitment'), [], 'built-in ids still resolve');
  });
});

describe('plan files and plan roots', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  it('README.md is not a chapter', () => {
    checkPlan(
      {
        'plan.yaml': manifest(),
        'README.md': block('id: not-a-commitment', 'status: on-track'),
        'readme.md': 'See [[not-a-reference]].\n',
        'a.md': lines('```commitment', 'id: not-a-commitment', '    ^^^^^^^^^^^^^^^^ unknown-commitment', 'status: on-track', '```'),
      },
      { rules: ['unknown-commitment', 'yaml-syntax', 'schema'] },
    );
  });

  it('*.catalog.yaml files not named in plan.yaml are not plan data', () => {
    checkPlan({ 'plan.yaml': manifest(), 'unused.catalog.yaml': 'responses: [{ id: nope, status: on-track }]\n' }, { rules: ['unknown-commitment', 'duplicate-response'] });
  });

  it('several plan roots: each file belongs to the nearest plan.yaml above it', () => {
    const project = projectOf({
      'plan.yaml': manifest(),
      'system.md': block('id: mh-liaison', 'status: on-track'),
      'places/north/plan.yaml': manifest(),
      'places/north/north.md': block('id: mh-liaison', 'status: on-track'),
      'places/north/detail/more.md': block('id: mh-crisis-care', 'status: on-track'),
      'places/notes.md': block('id: mh-crisis-care', 'status: on-track'),
    });
    const root = 'file:///plans/test/';
    assert.deepEqual(project.roots(), [root, `${root}places/north/`]);
    assert.equal(project.rootOf(`${root}places/north/detail/more.md`), `${root}places/north/`);
    assert.equal(project.rootOf(`${root}places/notes.md`), root);
    const documents = (r: string) =>
      project
        .analyze(r)
        .context.documents.map((d) => d.uri.slice(root.length))
        .sort();
    assert.deepEqual(documents(root), ['places/notes.md', 'plan.yaml', 'system.md']);
    assert.deepEqual(documents(`${root}places/north/`), ['places/north/detail/more.md', 'places/north/north.md', 'places/north/plan.yaml']);
    // Each plan answers mh-liaison once and mh-crisis-care once: no duplicates across roots.
    assert.deepEqual(
      project
        .analyzeAll()
        .flatMap((a) => a.findings)
        .filter((f) => f.ruleId === 'duplicate-response'),
      [],
    );
  });

  it('a root\'s findings follow its own manifest (framework and footprint)', () => {
    checkPlan(
      {
        'plan.yaml': manifest(),
        'a.md': block('id: must-do-1-stp', '    ^^^^^^^^^^^^^ unknown-commitment', 'status: on-track'),
        'old/plan.yaml': manifest('', { framework: 'planning-2016', period: ['2016/17', '2020/21'] }),
        'old/a.md': block('id: must-do-1-stp', 'status: on-track', 'lead: test-ccg'),
      },
      { rules: ['unknown-commitment', 'unknown-organisation'] },
    );
  });

  it('a file changed after a check is re-checked', () => {
    const project = projectOf({ 'plan.yaml': manifest(), 'a.md': block('id: mh-liaisn', 'status: on-track') });
    const count = () =>
      project
        .analyzeAll()
        .flatMap((a) => a.findings)
        .filter((f) => f.ruleId === 'unknown-commitment').length;
    assert.equal(count(), 1);
    project.setFile('file:///plans/test/a.md', block('id: mh-liaison', 'status: on-track'));
    assert.equal(count(), 0);
    project.setFile('file:///plans/test/plan.yaml', manifest('rules: { unknown-commitment: off }'));
    project.setFile('file:///plans/test/a.md', block('id: mh-liaisn', 'status: on-track'));
    assert.equal(count(), 0);
  });
});
