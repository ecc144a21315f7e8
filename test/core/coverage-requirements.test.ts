import * as assert from 'node:assert/strict';
import { RULE_IDS, type CommitmentCoverage, type CoverageStatus } from '../../core/src/index';
import { crlf, lines, manifest, projectOf, testEngine } from '../helpers/engine';

/** The five plan requirements judged by rules, and what a response block looks like. */
const respond = (...ids: string[]): string => ids.map((id) => lines('```commitment', `id: ${id}`, 'status: on-track', '```', '')).join('\n');
const REQUIREMENTS = ['financial-balance', 'productivity', 'demand-moderation', 'people-plan', 'inequalities-goals'];

/** A YAML-only data file: finance, assumptions, workforce and inequalities, each overridable. */
function dataFile(parts: { finance?: string[]; assumptions?: string[]; workforce?: string[]; inequalities?: string[] }): string {
  return lines(
    ...(parts.finance ?? ['finance:', '  unit: £m', '  income: { 2019/20: 100, 2020/21: 104 }', '  expenditure: { 2019/20: 99, 2020/21: 103 }', '  efficiency: { 2019/20: 1.5%, 2020/21: 1.8% }']),
    ...(parts.assumptions ?? ['assumptions:', '  emergency-admissions-growth: { 2019/20: 2%, 2020/21: 2% }']),
    ...(parts.workforce ?? ['workforce:', '  groups:', '    - group: Registered nurses', '      demand: { 2023/24: 7100 }', '      supply: { 2023/24: 7100 }']),
    ...(parts.inequalities ?? [
      'inequalities:',
      '  goals:',
      '    - id: life-gap',
      '      measure: Gap in healthy life expectancy (years)',
      '      baseline: { year: 2018/19, value: 16 }',
      '      target-5-year: { year: 2023/24, value: 14.5 }',
      '      target-10-year: { year: 2028/29, value: 12.5 }',
    ]),
    '',
  );
}

function covered(files: Record<string, string>, id: string): CommitmentCoverage {
  const [analysis] = projectOf(files).analyzeAll();
  const found = analysis?.coverage.areas.flatMap((a) => a.commitments).find((c) => c.commitment.id === id);
  assert.ok(found, id);
  return found;
}

describe('coverage of plan requirements, judged by their rules', () => {
  before(function () {
    this.timeout(20000);
    testEngine();
  });

  it('the catalog names the rules that evidence each requirement', () => {
    const catalog = testEngine().builtinCatalogs.get('ltp-2019');
    const evidence = Object.fromEntries(REQUIREMENTS.map((id) => [id, catalog?.commitments.find((c) => c.id === id)?.evidencedBy]));
    assert.deepEqual(evidence, {
      'financial-balance': ['finance-balance/balance'],
      productivity: ['finance-balance/efficiency-floor'],
      'demand-moderation': ['assumption-realism'],
      'people-plan': ['workforce-gap'],
      'inequalities-goals': ['inequalities-goals'],
    });
  });

  it('every evidenced-by entry of a built-in catalog names a rule', () => {
    const rules = new Set(RULE_IDS);
    for (const catalog of testEngine().builtinCatalogs.values()) {
      for (const commitment of catalog.commitments) {
        for (const entry of commitment.evidencedBy) assert.ok(rules.has(entry.split('/')[0] ?? ''), `${catalog.id} ${commitment.id}: ${entry}`);
      }
    }
  });

  const cases: { name: string; data: Parameters<typeof dataFile>[0]; id: string; status: CoverageStatus; reason: RegExp; plan?: string }[] = [
    { name: 'all five met when their rules judge the plan and find nothing', data: {}, id: 'financial-balance', status: 'met', reason: /^finance-balance finds nothing holding it back$/ },
    { name: 'financial balance held back by a year in deficit', data: { finance: ['finance:', '  unit: £m', '  income: { 2019/20: 100 }', '  expenditure: { 2019/20: 101 }', '  efficiency: { 2019/20: 1.5% }'] }, id: 'financial-balance', status: 'partial', reason: /^held back by finance-balance: 2019\/20: expenditure £101m is above income £100m/ },
    { name: 'a deficit does not hold back productivity', data: { finance: ['finance:', '  unit: £m', '  income: { 2019/20: 100 }', '  expenditure: { 2019/20: 101 }', '  efficiency: { 2019/20: 1.5% }'] }, id: 'productivity', status: 'met', reason: /finds nothing/ },
    { name: 'productivity held back by efficiency below the floor', data: { finance: ['finance:', '  unit: £m', '  income: { 2019/20: 100 }', '  expenditure: { 2019/20: 100 }', '  efficiency: { 2019/20: 0.5% }'] }, id: 'productivity', status: 'partial', reason: /^held back by finance-balance: 2019\/20: cash-releasing efficiency of 0\.5% is below 1\.1% a year/ },
    { name: 'no efficiency figures: productivity answered, not judged', data: { finance: ['finance:', '  unit: £m', '  income: { 2019/20: 100 }', '  expenditure: { 2019/20: 100 }'] }, id: 'productivity', status: 'answered', reason: /^nothing for finance-balance\/efficiency-floor to judge: not judged$/ },
    { name: 'no finance data at all holds back financial balance (the rule says so)', data: { finance: [] }, id: 'financial-balance', status: 'partial', reason: /^held back by finance-balance: the plan has no finance data/ },
    { name: 'no finance data at all holds back productivity too', data: { finance: [] }, id: 'productivity', status: 'partial', reason: /no finance data/ },
    { name: 'demand moderation held back by an implausible assumption', data: { assumptions: ['assumptions:', '  emergency-admissions-growth: { 2019/20: -8% }'] }, id: 'demand-moderation', status: 'partial', reason: /^held back by assumption-realism: `emergency-admissions-growth`/ },
    { name: 'no activity assumptions: demand moderation answered, not judged', data: { assumptions: [] }, id: 'demand-moderation', status: 'answered', reason: /^nothing for assumption-realism to judge: not judged$/ },
    { name: 'only an assumption with no known range: answered (information does not hold back)', data: { assumptions: ['assumptions:', '  ambulance-conveyance: { 2019/20: -20% }'] }, id: 'demand-moderation', status: 'answered', reason: /nothing for assumption-realism to judge/ },
    { name: 'people plan held back by a workforce gap with no action', data: { workforce: ['workforce:', '  groups:', '    - group: Registered nurses', '      demand: { 2023/24: 7100 }', '      supply: { 2023/24: 6760 }'] }, id: 'people-plan', status: 'partial', reason: /^held back by workforce-gap: Registered nurses: supply of 6,760 WTE is below demand of 7,100/ },
    { name: 'people plan met when the gap has actions', data: { workforce: ['workforce:', '  groups:', '    - group: Registered nurses', '      demand: { 2023/24: 7100 }', '      supply: { 2023/24: 6760 }', '      actions: [International recruitment of 200 nurses]'] }, id: 'people-plan', status: 'met', reason: /^workforce-gap finds nothing/ },
    { name: 'inequalities goals held back by a goal without targets', data: { inequalities: ['inequalities:', '  goals:', '    - id: life-gap', '      measure: Gap in healthy life expectancy (years)'] }, id: 'inequalities-goals', status: 'partial', reason: /^held back by inequalities-goals: this inequalities goal \(Gap in healthy life expectancy \(years\)\) is not measurable yet/ },
    { name: 'a rule switched off in plan.yaml: answered, saying so', data: {}, plan: 'rules: { workforce-gap: off }', id: 'people-plan', status: 'answered', reason: /^workforce-gap is off in plan\.yaml: not judged$/ },
    { name: 'a rule turned down to information no longer holds the requirement back', data: { workforce: ['workforce:', '  groups:', '    - group: Nurses', '      demand: { 2023/24: 10 }', '      supply: { 2023/24: 5 }'] }, plan: 'rules: { workforce-gap: information }', id: 'people-plan', status: 'met', reason: /finds nothing/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      for (const eol of ['lf', 'crlf'] as const) {
        const text = (t: string) => (eol === 'crlf' ? crlf(t) : t);
        const files = { 'plan.yaml': text(manifest(c.plan ?? '')), 'chapter.md': text(respond(...REQUIREMENTS)), 'data/plan-data.yaml': text(dataFile(c.data)) };
        const entry = covered(files, c.id);
        assert.equal(entry.status, c.status, `${eol}: ${entry.reason}`);
        assert.match(entry.reason, c.reason, eol);
        assert.equal(entry.planStatus, 'on-track');
        assert.equal(entry.heldBackBy.length > 0, c.status === 'partial', eol);
      }
    });
  }

  it('with every rule finding nothing, all five are met, from Markdown blocks as from YAML', () => {
    const markdownData = lines(
      '```finance', 'unit: £m', 'income: { 2019/20: 100 }', 'expenditure: { 2019/20: 100 }', 'efficiency: { 2019/20: 2% }', '```', '',
      '```assumptions', 'emergency-admissions-growth: { 2019/20: 1% }', '```', '',
      '```workforce', 'groups:', '  - group: Nurses', '    demand: { 2023/24: 10 }', '    supply: { 2023/24: 10 }', '```', '',
      '```inequalities', 'goals:', '  - id: g', '    measure: Gap (years)', '    baseline: { year: 2018/19, value: 16 }', '    target-5-year: { year: 2023/24, value: 15 }', '    target-10-year: { year: 2028/29, value: 14 }', '```', '',
    );
    const files = { 'plan.yaml': manifest(), 'chapter.md': lines(respond(...REQUIREMENTS), markdownData) };
    assert.deepEqual(REQUIREMENTS.map((id) => covered(files, id).status), ['met', 'met', 'met', 'met', 'met']);
  });
});
