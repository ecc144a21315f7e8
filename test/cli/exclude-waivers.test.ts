import * as assert from 'node:assert/strict';
import { buildCli, planwright, TempFolders } from './cli-harness';

/** `exclude:` and waivers through the command line, on plans written to disk. */

const MANIFEST = [
  'plan:',
  '  title: Exclude test',
  '  framework: ltp-2019',
  '  period: { start: 2019/20, end: 2023/24 }',
  'footprint:',
  '  population: 500000',
  '  organisations:',
  '    - { id: test-ccg, name: NHS Test CCG, type: ccg }',
].join('\n');

const WRONG = ['```commitment', 'id: mh-talking-therapy', 'status: on-track', '```', ''].join('\n');

interface JsonOut {
  findings: { file: string; ruleId: string; message: string; suppressed?: { kind: string; justification?: string; owner?: string; until?: string; expired?: boolean } }[];
}

describe('CLI: exclude and waivers', function () {
  this.timeout(60000);
  const temp = new TempFolders();
  before(() => buildCli());
  after(() => temp.cleanup());

  it('files matched by exclude: are not read into the plan', () => {
    const folder = temp.withFiles({
      'plan.yaml': `${MANIFEST}\nexclude: [drafts/**, notes.md]\n`,
      'mh.md': WRONG,
      'notes.md': WRONG,
      'drafts/old/mh.md': WRONG,
    });
    const result = planwright(['check', '--format', 'json', '.'], folder);
    const out = JSON.parse(result.stdout) as JsonOut;
    const files = [...new Set(out.findings.filter((f) => f.ruleId === 'unknown-commitment').map((f) => f.file))];
    assert.deepEqual(files, ['mh.md']);
  });

  it('an expired waiver is reported against the report date PLANWRIGHT_TODAY pins', () => {
    const folder = temp.withFiles({
      'plan.yaml': MANIFEST,
      'mh.md': `<!-- planwright-disable unknown-commitment: local name agreed (owner: test-ccg, until: 2020-03-31) -->\n${WRONG}`,
    });
    const run = (today: string): JsonOut => {
      process.env['PLANWRIGHT_TODAY'] = today;
      try {
        return JSON.parse(planwright(['check', '--format', 'json', '.'], folder).stdout) as JsonOut;
      } finally {
        delete process.env['PLANWRIGHT_TODAY'];
      }
    };
    const before = run('2020-03-31');
    assert.deepEqual(before.findings.filter((f) => (f.ruleId === 'unknown-commitment' || f.ruleId === 'waiver-expired') && !f.suppressed), []);
    assert.deepEqual(
      before.findings.filter((f) => f.suppressed).map((f) => [f.ruleId, f.suppressed]),
      [['unknown-commitment', { kind: 'inSource', justification: 'local name agreed', owner: 'test-ccg', until: '2020-03-31', expired: false }]],
      'the waived finding is kept for auditors, with its reason, owner and review date',
    );
    const after = run('2020-04-01');
    assert.deepEqual(
      after.findings.filter((f) => f.ruleId === 'waiver-expired').map((f) => `${f.file} ${f.message}`),
      ['mh.md this waiver of `unknown-commitment` expired on 2020-03-31 (owner: test-ccg): fix what it waives and remove it, or review it and set a new `until` date'],
    );
  });
});
