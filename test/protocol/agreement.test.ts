import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCli, planwright } from '../cli/cli-harness';
import { LspClient, PULL_CAPABILITIES, REPO } from './lsp-client';

/** One finding as both faces can state it: rule, file, exact range, severity. */
type Row = string;

const SEVERITIES: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const SECRET = 'SECRET-TEXT-THAT-MUST-NOT-LEAK';

interface CliFinding {
  file: string;
  ruleId: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

function cliRows(target: string, cwd: string): { rows: Row[]; messages: string[]; output: string } {
  const result = planwright(['check', target, '--format', 'json'], cwd);
  assert.ok(result.status === 1 || result.status === 2, `exit ${result.status}: ${result.stderr}`);
  const findings = (JSON.parse(result.stdout) as { findings: CliFinding[] }).findings;
  return {
    rows: findings.map((f) => row(f.ruleId, pathToFileURL(resolve(cwd, f.file)).href, f.range, f.severity)).sort(),
    messages: findings.map((f) => f.message),
    output: result.stdout + result.stderr,
  };
}

async function serverRows(folder: string): Promise<{ rows: Row[]; messages: string[]; output: string }> {
  const client = new LspClient();
  try {
    await client.initialize(folder, PULL_CAPABILITIES);
    type Item = { uri: string; items?: { code?: string; severity?: number; message: string; range: CliFinding['range'] }[] };
    const report = await client.request<{ items: Item[] }>('workspace/diagnostic', { previousResultIds: [] });
    const rows: Row[] = [];
    const messages: string[] = [];
    for (const item of report.items) {
      for (const d of item.items ?? []) {
        rows.push(row(d.code ?? '', item.uri, d.range, SEVERITIES[d.severity ?? 0] ?? '?'));
        messages.push(d.message);
      }
    }
    return { rows: rows.sort(), messages, output: JSON.stringify(report) + client.logs.join('\n') };
  } finally {
    await client.close();
  }
}

function row(rule: string, uri: string, range: CliFinding['range'], severity: string): Row {
  return `${uri} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${severity} ${rule}`;
}

/**
 * A repository of plans with everything that has made the two faces disagree
 * or read what they should not: a local catalog beside the plan folder, one
 * outside the repository, links to files and folders outside, a binary
 * chapter, a data file that is not UTF-8, a folder named plan.yaml.
 */
function fixture(): { base: string; repo: string; plan: string } {
  const base = mkdtempSync(join(tmpdir(), 'planwright-agree-'));
  const outside = join(base, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.md'), `# ${SECRET}\n\nSee [[${SECRET}]].\n`);
  writeFileSync(join(outside, 'shared.catalog.yaml'), `catalog: { id: ${SECRET} }\n`);
  const repo = join(base, 'repo');
  const plans = join(repo, 'plans');
  const plan = join(plans, 'anyshire');
  cpSync(join(REPO, 'examples', 'anyshire'), plan, { recursive: true });
  cpSync(join(REPO, 'examples', 'riverside'), join(plans, 'riverside'), { recursive: true });
  const manifest = readFileSync(join(plan, 'plan.yaml'), 'utf8');
  writeFileSync(join(plan, 'plan.yaml'), manifest.replace(/^footprint:/m, 'catalogs: [../region.catalog.yaml, ../../../outside/shared.catalog.yaml, linked.catalog.yaml]\nfootprint:'));
  writeFileSync(
    join(plans, 'region.catalog.yaml'),
    ['catalog: { id: wessex-region, title: Wessex regional priorities, version: "1", period: { start: 2019/20, end: 2023/24 } }', 'areas:', '  - { id: wessex, title: Wessex }', 'commitments:', '  - { id: wessex-one, area: wessex, kind: transformation, title: One regional priority }', ''].join('\n'),
  );
  symlinkSync(join(outside, 'secret.md'), join(plan, '17-linked.md'));
  symlinkSync(join(outside, 'shared.catalog.yaml'), join(plan, 'linked.catalog.yaml'));
  symlinkSync(outside, join(plan, 'linked-folder'));
  symlinkSync('..', join(plan, 'data', 'loop'));
  writeFileSync(join(plan, '18-binary.md'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  writeFileSync(join(plan, 'data', 'latin1.yaml'), Uint8Array.from([...Buffer.from('note: caf'), 0xe9, 0x0a]));
  mkdirSync(join(plans, 'broken', 'plan.yaml'), { recursive: true });
  writeFileSync(join(plans, 'broken', '01-intro.md'), '# Intro\n');
  return { base, repo, plan };
}

describe('the CLI and the language server report the same findings on the same plans', function () {
  this.timeout(60_000);
  let made: ReturnType<typeof fixture>;
  before(() => {
    buildCli();
    made = fixture();
  });
  after(() => rmSync(made.base, { recursive: true, force: true }));

  it('checking the repository (the catalog beside the plan folder is inside it)', async () => {
    const cli = cliRows(made.repo, made.base);
    const server = await serverRows(made.repo);
    assert.deepEqual(server.rows, cli.rows);
    assert.deepEqual([...server.messages].sort(), [...cli.messages].sort());
    const plan = pathToFileURL(made.plan).href;
    const expected = [
      `${plan}/17-linked.md 0:0-0:0 error unreadable-file`,
      `${plan}/18-binary.md 0:0-0:0 error unreadable-file`,
      `${plan}/data/latin1.yaml 0:0-0:0 error unreadable-file`,
      `${plan}/linked.catalog.yaml 0:0-0:0 error unreadable-file`,
      `${pathToFileURL(made.repo).href}/plans/broken/plan.yaml 0:0-0:0 error unreadable-file`,
    ];
    for (const line of expected) assert.ok(cli.rows.includes(line), `${line} in\n${cli.rows.join('\n')}`);
    const catalogFindings = cli.messages.filter((m) => m.startsWith('catalog file'));
    assert.deepEqual(catalogFindings.sort(), [
      'catalog file `../../../outside/shared.catalog.yaml` could not be read: it is outside the folders being checked, and Planwright reads nothing outside them (check a folder that holds both the plan and this file)',
      'catalog file `linked.catalog.yaml` could not be read: it is a symbolic link, and Planwright does not follow links (they could lead outside the folders being checked): replace the link with the file itself',
    ]);
    // The regional catalog was read: its commitment counts as missing, and nothing says it was not found.
    assert.ok(!cli.messages.some((m) => m.includes('region.catalog.yaml')), cli.messages.join('\n'));
    for (const output of [cli.output, server.output]) assert.ok(!output.includes(SECRET), 'nothing from outside the checked folders is read');
  });

  it('checking only the plan folder (the catalog beside it is then outside)', async () => {
    const cli = cliRows(made.plan, made.base);
    const server = await serverRows(made.plan);
    assert.deepEqual(server.rows, cli.rows);
    assert.deepEqual([...server.messages].sort(), [...cli.messages].sort());
    assert.ok(cli.messages.includes('catalog file `../region.catalog.yaml` could not be read: it is outside the folders being checked, and Planwright reads nothing outside them (check a folder that holds both the plan and this file)'));
    for (const output of [cli.output, server.output]) assert.ok(!output.includes(SECRET));
  });
});
