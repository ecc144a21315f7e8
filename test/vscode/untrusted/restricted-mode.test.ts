import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { see, WORKBENCH } from '../screen';
import { codeOf, fileUri, lineOf, when } from '../util';

// What the manifest declares (`capabilities.untrustedWorkspaces.supported: true`): in
// Restricted Mode the extension runs in full, because it only reads plan files and
// catalogs as data. A hostile local catalog is reported where it is, and the built-in
// catalog keeps working. The workspace is test/vscode/untrusted/workspace.

const diagnosticsOf = (path: string, code: string) => vscode.languages.getDiagnostics(fileUri(path)).filter((d) => codeOf(d) === code);

async function diagnosed(path: string, code: string): Promise<vscode.Diagnostic[]> {
  await when(vscode.languages.onDidChangeDiagnostics, () => diagnosticsOf(path, code).length > 0, `${code} on ${path}`, 60_000);
  return diagnosticsOf(path, code);
}

describe('Planwright in VS Code: an untrusted workspace (Restricted Mode)', () => {
  it('is opened untrusted: VS Code shows Restricted Mode', async function () {
    this.timeout(180_000); // VS Code's own start-up comes first, slow on a loaded machine
    assert.equal(vscode.workspace.isTrusted, false, 'scripts/test-vscode.mjs --untrusted opens this workspace without trusting it');
    await see({ selector: WORKBENCH.statusBarItem, text: /Restricted Mode/, timeoutMs: 90_000 });
  });

  it('starts on its own and shows the built-in catalog’s coverage in the status bar', async () => {
    // One foundational commitment of the built-in catalog is answered (plan.md), none met.
    await see({ selector: WORKBENCH.statusBarItem, text: /^\s*LTP 1\/\d+ · 0 met\s*$/, timeoutMs: 90_000 });
    const extension = vscode.extensions.all.find((e) => (e.packageJSON as { name?: string }).name === 'planwright');
    assert.equal(extension?.isActive, true, 'activated by its activation events, with no command run');
  });

  it('reports a local catalog that takes a built-in commitment’s id, on that id', async () => {
    const [clash] = await diagnosed('hostile.catalog.yaml', 'local-catalog');
    assert.match(clash?.message ?? '', /`mh-liaison` is already a commitment of the built-in ltp-2019 catalog/);
    assert.equal(clash?.range.start.line, await lineOf(fileUri('hostile.catalog.yaml'), '  - id: mh-liaison'));
  });

  it('reports a YAML alias bomb in a local catalog instead of expanding it', async () => {
    const [bomb] = await diagnosed('bomb.catalog.yaml', 'yaml-syntax');
    assert.match(bomb?.message ?? '', /too many aliases/);
    const [unused] = await diagnosed('plan.yaml', 'local-catalog');
    assert.match(unused?.message ?? '', /`bomb\.catalog\.yaml` could not be used/);
    assert.equal(unused?.range.start.line, await lineOf(fileUri('plan.yaml'), 'catalogs:'));
  });

  it('still resolves the built-in commitments, and reads the local catalog as data', async () => {
    const unknown = await diagnosed('plan.md', 'unknown-commitment');
    // Only the made-up id is unknown: the built-in cancer-62-day resolves.
    assert.deepEqual(
      unknown.map((d) => d.range.start.line),
      [(await lineOf(fileUri('plan.md'), 'id: no-such-commitment'))],
    );
    assert.match(unknown[0]?.message ?? '', /not in the ltp-2019 \+ hostile-local catalog/);
  });
});
