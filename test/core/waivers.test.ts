import * as assert from 'node:assert/strict';
import { language, PlanProject, type Finding } from '../../core/src/index';
import { crlf, lines, manifest, PLAN_ROOT, testEngine } from '../helpers/engine';
import { extractMarkers } from '../helpers/markers';

/**
 * Waivers: a disable comment with a reason, an owner and a review date. The
 * finding it covers is kept aside with the waiver's details; once the review
 * date is before the report date, the waiver is reported (waiver-expired).
 */

const block = (type: string, ...rows: string[]): string => lines('```' + type, ...rows, '```', '');

function project(files: Record<string, string>, today?: string): PlanProject {
  const result = new PlanProject(testEngine(), today === undefined ? {} : { today });
  for (const [path, text] of Object.entries(files)) result.setFile(PLAN_ROOT + path, text);
  return result;
}

function analysis(files: Record<string, string>, today?: string): { findings: readonly Finding[]; suppressed: readonly Finding[] } {
  const [result] = project(files, today).analyzeAll();
  assert.ok(result);
  return result;
}

const chapter = (waiver: string): string =>
  lines('# Mental health', '', waiver, block('commitment', 'id: mh-liaison', 'status: at-risk', 'lead: nobody-we-know'));

const dataFile = (waiver: string): string => lines('responses:', `  ${waiver}`, '  - id: mh-liaison', '    status: at-risk', '    lead: nobody-we-know');

const variants: { name: string; file: string; text: (waiver: string) => string; comment: (body: string) => string }[] = [
  { name: 'Markdown', file: 'a.md', text: chapter, comment: (body) => `<!-- planwright-disable ${body} -->` },
  { name: 'YAML-only', file: 'data.yaml', text: dataFile, comment: (body) => `# planwright-disable ${body}` },
];

describe('waivers', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  for (const variant of variants) {
    for (const eol of ['LF', 'CRLF'] as const) {
      const write = (body: string): Record<string, string> => {
        const text = variant.text(variant.comment(body));
        return { 'plan.yaml': manifest(), [variant.file]: eol === 'CRLF' ? crlf(text) : text };
      };
      describe(`${variant.name}, ${eol}`, () => {
        it('a waiver before its review date hides the finding and carries reason, owner and date', () => {
          const { findings, suppressed } = analysis(write('unknown-organisation: partner joins in 2020 (owner: test-ccg, until: 2020-03-31)'), '2020-01-15');
          assert.deepEqual(findings.filter((f) => f.ruleId === 'unknown-organisation' || f.ruleId === 'waiver-expired'), []);
          assert.equal(suppressed.length, 1);
          const waived = suppressed[0];
          assert.equal(waived?.ruleId, 'unknown-organisation');
          assert.equal(waived.uri, PLAN_ROOT + variant.file);
          const suppression = waived.suppression;
          assert.deepEqual(
            { reason: suppression?.reason, owner: suppression?.owner, until: suppression?.until, expired: suppression?.expired, uri: suppression?.uri },
            { reason: 'partner joins in 2020', owner: 'test-ccg', until: '2020-03-31', expired: false, uri: PLAN_ROOT + variant.file },
          );
          assert.equal(suppression?.range.start.line, variant.file === 'a.md' ? 2 : 1);
        });

        it('after its review date the waiver is reported, and still named on the finding it covers', () => {
          const files = write('unknown-organisation: partner joins in 2020 (owner: test-ccg, until: 2020-03-31)');
          const { findings, suppressed } = analysis(files, '2020-04-01');
          const expired = findings.filter((f) => f.ruleId === 'waiver-expired');
          assert.equal(expired.length, 1);
          assert.equal(expired[0]?.message, 'this waiver of `unknown-organisation` expired on 2020-03-31 (owner: test-ccg): fix what it waives and remove it, or review it and set a new `until` date');
          assert.equal(expired[0]?.severity, 'warning');
          assert.equal(expired[0]?.range.start.line, variant.file === 'a.md' ? 2 : 1);
          assert.equal(suppressed[0]?.suppression?.expired, true);
          assert.ok(!findings.some((f) => f.ruleId === 'unknown-organisation'));
        });

        it('on the review date itself the waiver still holds; a month runs to its end', () => {
          assert.deepEqual(analysis(write('unknown-organisation: later (until: 2020-03-31)'), '2020-03-31').findings.filter((f) => f.ruleId === 'waiver-expired'), []);
          assert.deepEqual(analysis(write('unknown-organisation: later (until: 2020-03)'), '2020-03-31').findings.filter((f) => f.ruleId === 'waiver-expired'), []);
          assert.equal(analysis(write('unknown-organisation: later (until: 2020-03)'), '2020-04-01').findings.filter((f) => f.ruleId === 'waiver-expired').length, 1);
        });

        it('without a report date nothing expires', () => {
          const { findings, suppressed } = analysis(write('unknown-organisation: later (owner: x, until: 2001-01-01)'));
          assert.deepEqual(findings.filter((f) => f.ruleId === 'waiver-expired'), []);
          assert.equal(suppressed[0]?.suppression?.expired, false);
        });

        it('a review date that is not a date is reported', () => {
          const { findings } = analysis(write('unknown-organisation: later (owner: x, until: 31/03/2020)'), '2020-01-01');
          assert.deepEqual(
            findings.filter((f) => f.ruleId === 'waiver-expired').map((f) => f.message),
            ['the review date `until: 31/03/2020` of this waiver is not a date: write it like 2020-03-31'],
          );
        });

        it('owner and date alone are no reason: suppression-reason still asks why', () => {
          const { findings, suppressed } = analysis(write('unknown-organisation: (owner: x, until: 2030-01-01)'), '2020-01-01');
          assert.equal(findings.filter((f) => f.ruleId === 'suppression-reason').length, 1);
          assert.equal(suppressed[0]?.suppression?.reason, undefined);
          assert.equal(suppressed[0]?.suppression?.owner, 'x');
        });
      });
    }
  }

  it('a plain disable comment (no owner or date) is carried with its reason and never expires', () => {
    const { suppressed, findings } = analysis({ 'plan.yaml': manifest(), 'a.md': chapter('<!-- planwright-disable unknown-organisation: a new partner -->') }, '2030-01-01');
    assert.equal(suppressed[0]?.suppression?.reason, 'a new partner');
    assert.equal(suppressed[0]?.suppression?.expired, false);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'waiver-expired'), []);
  });

  it('the report date can change (a server running past midnight)', () => {
    const files = { 'plan.yaml': manifest(), 'a.md': chapter('<!-- planwright-disable unknown-organisation: later (until: 2020-03-31) -->') };
    const plans = project(files, '2020-03-01');
    const count = () => plans.analyzeAll()[0]?.findings.filter((f) => f.ruleId === 'waiver-expired').length;
    assert.equal(count(), 0);
    plans.setToday('2020-04-01');
    assert.equal(count(), 1);
  });

  describe('completion of the waiver syntax', () => {
    const complete = (text: string, today?: string): string[] => {
      const { text: clean } = extractMarkers(`${PLAN_ROOT}a.md`, text);
      const at = clean.indexOf('|');
      const source = clean.replace('|', '');
      const plans = project({ 'plan.yaml': manifest(), 'a.md': source }, today);
      const before = source.slice(0, at).split('\n');
      const position = { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
      return language.completions(plans, `${PLAN_ROOT}a.md`, position).map((c) => c.insertText);
    };

    it('offers owner: and until: inside the parentheses, then only the one not yet written', () => {
      assert.deepEqual(complete('<!-- planwright-disable plain-language: quoted from the mandate (| -->'), ['owner: ', 'until: ']);
      assert.deepEqual(complete('<!-- planwright-disable plain-language: quoted (owner: test-ccg, | -->'), ['until: ']);
    });

    it('offers the footprint organisations after owner:', () => {
      const items = complete('<!-- planwright-disable plain-language: quoted (owner: te| -->');
      assert.ok(items.includes('test-ccg') && items.includes('test-hospital'));
    });

    it('offers review dates from the report date after until:, in YAML comments too', () => {
      assert.deepEqual(complete('<!-- planwright-disable plain-language: quoted (until: | -->', '2026-11-30'), ['2027-02-28', '2027-05-30', '2027-11-30', '2027-03-31']);
      const yaml = complete(block('commitment', '# planwright-disable trajectory-target: agreed with the region (until: |', 'id: mh-liaison', 'status: at-risk'), '2020-01-15');
      assert.deepEqual(yaml, ['2020-04-15', '2020-07-15', '2021-01-15', '2020-03-31']);
    });

    it('offers nothing from the date list without a report date', () => {
      assert.deepEqual(complete('<!-- planwright-disable plain-language: quoted (until: | -->'), []);
    });
  });
});
