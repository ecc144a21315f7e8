import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspClient, PULL_CAPABILITIES, REPO, uriOf } from './lsp-client';
import { git } from '../helpers/git';

interface DashboardReply {
  plans: { title: string }[];
  rollup?: { frameworks: { framework: string; plans: { title: string }[]; counts: { id: string; total?: number }[] }[] };
}

describe('language server: the roll-up in the dashboard, and "Compare with…"', function () {
  this.timeout(120_000);
  let client: LspClient;
  let base: string;

  before(async () => {
    base = mkdtempSync(join(tmpdir(), 'planwright-compare-'));
    for (const name of ['anyshire', 'riverside']) cpSync(join(REPO, 'examples', name), join(base, name), { recursive: true });
    git(base, 'init', '-q');
    git(base, 'add', '-A');
    git(base, 'commit', '-qm', 'draft');
    git(base, 'tag', 'draft-2019-09');
    client = new LspClient();
    await client.initialize(base, PULL_CAPABILITIES);
  });
  after(async () => {
    await client.close();
    rmSync(base, { recursive: true, force: true });
  });

  it('with several plans the dashboard carries the roll-up', async () => {
    const reply = await client.request<DashboardReply>('planwright/dashboard', {});
    assert.equal(reply.plans.length, 2);
    const [ltp] = reply.rollup?.frameworks ?? [];
    assert.equal(ltp?.framework, 'ltp-2019');
    assert.equal(ltp?.plans.length, 2);
    assert.ok((ltp?.counts.find((c) => c.id === 'mh-talking-therapies')?.total ?? 0) > 0);
    const one = await client.request<DashboardReply>('planwright/dashboard', { uri: uriOf(join(base, 'riverside'), 'plan.yaml') });
    assert.equal(one.rollup, undefined, 'one plan: no roll-up');
  });

  it('lists branches and tags, and compares the editor\'s text (unsaved edits included) with a revision', async () => {
    const refs = await client.request<{ refs: { name: string; kind: string }[] }>('planwright/gitRefs', {});
    assert.deepEqual(refs.refs.map((r) => [r.name, r.kind]).sort(), [['draft-2019-09', 'tag'], ['main', 'branch']]);

    const uri = uriOf(join(base, 'anyshire'), '04-mental-health.md');
    const text = readFileSync(join(base, 'anyshire', '04-mental-health.md'), 'utf8');
    const edited = text.replace(/^id: mh-talking-therapies\nstatus: [a-z-]+/m, 'id: mh-talking-therapies\nstatus: off-track');
    assert.notEqual(edited, text, 'the fixture has the response to edit');
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: edited } });
    const result = await client.request<{ markdown?: string; error?: string }>('planwright/compare', { base: 'draft-2019-09' });
    assert.equal(result.error, undefined);
    assert.match(result.markdown ?? '', /^## Plan changes since `draft-2019-09` \([0-9a-f]{12}\)$/m);
    assert.match(result.markdown ?? '', /^### Healthier Anyshire and Wessex five-year system plan \(`anyshire`\): changed$/m);
    assert.match(result.markdown ?? '', /^\| Widen access to talking therapies \(`mh-talking-therapies`\) \| +\| on-track → off-track \|$/m);
    assert.match(result.markdown ?? '', /^### Riverside five-year health and care plan \(`riverside`\): unchanged$/m);
  });

  it('an unknown revision is an error message, not a failure', async () => {
    const result = await client.request<{ markdown?: string; error?: string }>('planwright/compare', { base: 'no-such-tag' });
    assert.match(result.error ?? '', /unknown revision "no-such-tag"/);
  });
});
