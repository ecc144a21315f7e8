import * as assert from 'node:assert/strict';
import type { Finding } from '../../core/src/index';
import { lines, manifest, projectOf, testEngine } from '../helpers/engine';
import { checkPlan } from '../helpers/markers';

const block = (...body: string[]) => lines('```commitment', ...body, '```', '');

function findingsOf(files: Record<string, string>, ruleId: string): Finding[] {
  return projectOf(files)
    .analyzeAll()
    .flatMap((a) => a.findings)
    .filter((f) => f.ruleId === ruleId);
}

describe('duplicate-response', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const cases: { name: string; files: Record<string, string> }[] = [
    {
      name: 'two chapters answer one commitment: the second is reported',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('# A', '', ...block('id: mh-liaison', 'status: on-track').split('\n')),
        'b.md': lines('# B', '', '```commitment', 'id: mh-liaison', '    ^^^^^^^^^^ duplicate-response: `mh-liaison` is already answered at a.md:4', 'status: at-risk', '```'),
      },
    },
    {
      name: 'a chapter and a YAML-only file',
      files: {
        'plan.yaml': manifest(),
        'a.md': block('id: mh-crisis-care', 'status: on-track'),
        'data/r.yaml': lines('responses:', '  - id: mh-crisis-care', '        ^^^^^^^^^^^^^^ duplicate-response: already answered at a.md:2', '    status: on-track', ''),
      },
    },
    {
      name: 'three answers give two findings, each pointing back at the first',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines(...block('id: mh-liaison', 'status: on-track').split('\n'), ...block('id: mh-liaison', '    ^^^^^^^^^^ duplicate-response: a.md:2', 'status: on-track').split('\n')),
        'b.md': block('id: mh-liaison', '    ^^^^^^^^^^ duplicate-response: a.md:2', 'status: on-track'),
      },
    },
    {
      name: 'different commitments are not duplicates',
      files: { 'plan.yaml': manifest(), 'a.md': lines(...block('id: mh-liaison', 'status: on-track').split('\n'), ...block('id: mh-crisis-care', 'status: on-track').split('\n')) },
    },
    {
      name: 'the same commitment in two different plan roots is not a duplicate',
      files: { 'plan.yaml': manifest(), 'a.md': block('id: mh-liaison', 'status: on-track'), 'place/plan.yaml': manifest(), 'place/a.md': block('id: mh-liaison', 'status: on-track') },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      checkPlan(c.files, { rules: ['duplicate-response'] });
    });
  }

  it('the related location points at the first response', () => {
    const [finding] = findingsOf(
      {
        'plan.yaml': manifest(),
        'a.md': lines('# A', '', '```commitment', 'status: on-track', 'id: mh-liaison', '```'),
        'data/r.yaml': lines('responses:', '  - id: mh-liaison', '    status: on-track'),
      },
      'duplicate-response',
    );
    assert.ok(finding);
    assert.equal(finding.uri, 'file:///plans/test/data/r.yaml');
    assert.deepEqual(finding.related, [{ uri: 'file:///plans/test/a.md', range: { start: { line: 4, character: 4 }, end: { line: 4, character: 14 } }, message: 'first response' }]);
    assert.equal(finding.data?.commitment, 'mh-liaison');
    assert.equal(finding.severity, 'warning');
  });
});

describe('missing-response', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const ltp = testEngineCatalog('ltp-2019');
  const answerAllBut = (skip: readonly string[], extra: Record<string, string> = {}) => ({
    'plan.yaml': manifest(),
    'all.md': ltp
      .filter((c) => !skip.includes(c.id))
      .map((c) => block(`id: ${c.id}`, 'status: on-track'))
      .join('\n'),
    ...extra,
  });

  const cases: { name: string; missing: string; severity: string; kind: string }[] = [
    { name: 'a foundational commitment is an error', missing: 'uec-nhs-111', severity: 'error', kind: 'foundational commitment' },
    { name: 'a transformation is information', missing: 'air-pollution', severity: 'information', kind: 'transformation' },
    { name: 'a plan requirement is a warning', missing: 'financial-balance', severity: 'warning', kind: 'plan requirement' },
  ];
  for (const c of cases) {
    it(`${c.name}, reported on plan.yaml's framework and naming the id`, () => {
      const findings = findingsOf(answerAllBut([c.missing]), 'missing-response');
      assert.equal(findings.length, 1, findings.map((f) => f.message).join('\n'));
      const [finding] = findings;
      assert.equal(finding?.severity, c.severity);
      assert.equal(finding?.uri, 'file:///plans/test/plan.yaml');
      assert.deepEqual(finding?.range, { start: { line: 2, character: 13 }, end: { line: 2, character: 21 } });
      assert.match(finding?.message ?? '', new RegExp(`${c.kind} \`${c.missing}\``));
      assert.equal(finding?.data?.commitment, c.missing);
    });
  }

  it('one finding per missing id, each naming it', () => {
    const skipped = ['mh-perinatal', 'uec-nhs-111', 'tobacco-pregnancy', 'capital-use'];
    const findings = findingsOf(answerAllBut(skipped), 'missing-response');
    assert.deepEqual(findings.map((f) => f.data?.commitment).sort(), [...skipped].sort());
    for (const f of findings) assert.ok(f.message.includes(`\`${f.data?.commitment ?? ''}\``), f.message);
  });

  it('every commitment of the framework is reported when nothing is answered', () => {
    const findings = findingsOf({ 'plan.yaml': manifest() }, 'missing-response');
    assert.equal(findings.length, ltp.length);
    const bySeverity = (severity: string) => findings.filter((f) => f.severity === severity).length;
    const expected = (severity: string, kind: string) => ltp.filter((c) => (c.missingSeverity ?? { foundational: 'error', requirement: 'warning', transformation: 'information' }[c.kind]) === severity && (kind === '' || c.kind === kind)).length;
    assert.deepEqual(
      [bySeverity('error'), bySeverity('warning'), bySeverity('information')],
      [expected('error', ''), expected('warning', ''), expected('information', '')],
    );
    // The kinds' defaults, except where the catalog sets a commitment's own severity.
    assert.equal(bySeverity('error'), ltp.filter((c) => c.kind === 'foundational').length);
    assert.equal(expected('warning', 'transformation'), 3);
  });

  it('nationally timed commitments (maternity, learning disability) are a warning when missing, not information', () => {
    const findings = findingsOf({ 'plan.yaml': manifest() }, 'missing-response');
    for (const id of ['saving-babies-lives', 'continuity-of-carer', 'lda-inpatients']) {
      const finding = findings.find((f) => f.data?.commitment === id);
      assert.equal(finding?.severity, 'warning', id);
      assert.match(finding?.message ?? '', new RegExp(`no response to the transformation \`${id}\``));
    }
    assert.equal(findings.find((f) => f.data?.commitment === 'pulmonary-rehab')?.severity, 'information');
  });

  const answers: { name: string; response: string[]; reported: boolean }[] = [
    { name: 'not-applicable with a reason counts as answered', response: ['status: not-applicable', 'reason: There is no acute hospital in the footprint.'], reported: false },
    { name: 'not-applicable without a reason does not', response: ['status: not-applicable'], reported: true },
    { name: 'not-started counts as answered', response: ['status: not-started'], reported: false },
    { name: 'a block whose status is invalid still answers the commitment', response: ['status: ontrack'], reported: false },
  ];
  for (const c of answers) {
    it(c.name, () => {
      const files = answerAllBut(['mh-liaison'], { 'liaison.md': block('id: mh-liaison', ...c.response) });
      const reported = findingsOf(files, 'missing-response').map((f) => f.data?.commitment);
      assert.deepEqual(reported, c.reported ? ['mh-liaison'] : []);
    });
  }

  it('a [[reference]] in prose is not an answer', () => {
    const reported = findingsOf(answerAllBut(['uec-nhs-111'], { 'uec.md': 'We will work on [[uec-nhs-111]].\n' }), 'missing-response');
    assert.deepEqual(reported.map((f) => f.data?.commitment), ['uec-nhs-111']);
  });

  it('a YAML-only response answers as well as a block', () => {
    const reported = findingsOf(answerAllBut(['uec-nhs-111'], { 'data/r.yaml': lines('responses:', '  - id: uec-nhs-111', '    status: at-risk') }), 'missing-response');
    assert.deepEqual(reported, []);
  });

  it('the planning-2016 framework has its own commitments', () => {
    const findings = findingsOf({ 'plan.yaml': manifest('', { framework: 'planning-2016', period: ['2016/17', '2020/21'] }) }, 'missing-response');
    const ids = findings.map((f) => f.data?.commitment);
    assert.ok(ids.includes('must-do-1-stp'));
    assert.ok(!ids.includes('uec-nhs-111'));
  });
});

describe('unknown-organisation', () => {
  before(function () {
    this.timeout(60_000);
    testEngine();
  });

  const cases: { name: string; files: Record<string, string> }[] = [
    {
      name: 'a commitment lead, with did-you-mean',
      files: { 'plan.yaml': manifest(), 'a.md': block('id: mh-liaison', 'status: on-track', 'lead: test-mhh', '      ^^^^^^^^ unknown-organisation: lead `test-mhh` is not an organisation in the footprint: did you mean `test-mh`?') },
    },
    {
      name: 'partners, only the unknown ones',
      files: {
        'plan.yaml': manifest(),
        'a.md': block('id: mh-liaison', 'status: on-track', 'partners: [test-ccg, nobody-at-all, test-council]', '                     ^^^^^^^^^^^^^ unknown-organisation: partner `nobody-at-all` is not an organisation in the footprint: add it to `footprint.organisations`'),
      },
    },
    {
      name: 'a partner in a YAML-only response',
      files: { 'plan.yaml': manifest(), 'data/r.yaml': lines('responses:', '  - id: mh-liaison', '    status: on-track', '    partners:', '      - test-councl', '        ^^^^^^^^^^^ unknown-organisation: did you mean `test-council`?', '') },
    },
    {
      name: 'a milestone owner',
      files: { 'plan.yaml': manifest(), 'a.md': lines('```milestones', '- { what: Open the hub, by: 2020/21, owner: test-mh }', '- { what: Close the ward, by: 2021-03, owner: someone-else }', '                                              ^^^^^^^^^^^^ unknown-organisation: milestone owner', '```') },
    },
    {
      name: 'a chapter lead in front matter',
      files: { 'plan.yaml': manifest(), 'a.md': lines('---', 'title: Mental health', 'lead: test-trust', '      ^^^^^^^^^^ unknown-organisation: chapter lead', '---', '# Mental health') },
    },
    {
      name: 'engagement with an unknown organisation',
      files: { 'plan.yaml': manifest(lines('  - { with: test-council2, how: a survey }', '            ^^^^^^^^^^^^^ unknown-organisation: engagement with `test-council2` is not an organisation in the footprint: did you mean `test-council`?', '  - { with: the-press, how: briefings }', '            ^^^^^^^^^ unknown-organisation: engagement with `the-press`')) },
    },
    {
      name: 'engagement with the allowed groups is fine',
      files: {
        'plan.yaml': manifest(['public', 'patients', 'staff', 'clinicians', 'vcse', 'healthwatch'].map((group) => `  - { with: ${group}, how: meetings }`).join('\n')),
      },
    },
    {
      name: 'the groups are only allowed in engagement, not as a lead',
      files: { 'plan.yaml': manifest(), 'a.md': block('id: mh-liaison', 'status: on-track', 'lead: public', '      ^^^^^^ unknown-organisation: lead `public`') },
    },
    {
      name: 'known organisations everywhere are quiet',
      files: {
        'plan.yaml': manifest(),
        'a.md': lines('---', 'lead: test-mh', '---', '', ...block('id: mh-liaison', 'status: on-track', 'lead: test-mh', 'partners: [test-hospital, test-cvs]').split('\n'), '```milestones', '- { what: x, by: 2020/21, owner: test-ccg }', '```'),
      },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      checkPlan(c.files, { rules: ['unknown-organisation'] });
    });
  }
});

function testEngineCatalog(id: string) {
  const catalog = testEngine().builtinCatalogs.get(id);
  assert.ok(catalog, `built-in catalog ${id}`);
  return catalog.commitments;
}
