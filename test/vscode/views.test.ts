import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXPECTED } from './expected';
import { click, exactly, hover, see, WORKBENCH, type Seen } from './screen';
import { serverRunning } from './util';

const rowsOf = (seen: Seen[]) => seen.map((row) => [row.label ?? row.text, row.level, row.icon] as [string, string | null, string | null]);

describe('Planwright in VS Code: what the status bar, the Problems count and the coverage tree show', () => {
  before(serverRunning);

  it('shows foundational coverage in the status bar', async () => {
    const items = await see({ selector: WORKBENCH.statusBarItem, text: exactly(EXPECTED.statusBar) });
    const ours = items.filter((item) => item.text === EXPECTED.statusBar);
    assert.equal(ours.length, 1);
    assert.equal(ours[0]?.icon, 'checklist');
  });

  it('counts the plan’s problems, in files open or not, in the Problems entry', async () => {
    // Diagnostics of unopened files arrive one file after another: wait for the total.
    const exact = `[aria-label="${EXPECTED.problems}"]`;
    const seen = await see({ selector: `${WORKBENCH.problemsStatus}${exact}, ${WORKBENCH.problemsStatus} ${exact}`, timeoutMs: 30_000 }).catch(async (error: Error) => {
      const [entry] = await see({ selector: WORKBENCH.problemsStatus });
      throw new Error(`${error.message}\n  the Problems entry reads: ${entry?.label ?? entry?.text}`);
    });
    assert.ok(seen.length > 0);
  });

  it('lists areas with counts and commitments with their status icons in the coverage tree', async () => {
    await vscode.commands.executeCommand('planwright.coverage.focus');
    const rows = await see({ selector: WORKBENCH.coverageRows, text: new RegExp(EXPECTED.firstAreas[0]?.split(' (')[0] ?? '') });
    const areas = rows.filter((row) => row.level === '1').map((row) => row.label);
    assert.deepEqual(areas.slice(0, EXPECTED.firstAreas.length), EXPECTED.firstAreas);
    const missing = rows.find((row) => row.label?.startsWith(EXPECTED.missing.title));
    assert.equal(missing?.icon, 'error', `the missing commitment's row: ${JSON.stringify(missing)}`);
  });

  it('filters the tree to missing and partial commitments from the view’s title bar', async () => {
    await hover({ selector: WORKBENCH.sideBar });
    await click({ selector: WORKBENCH.coverageAction('Show missing and partial commitments only') });
    await hover({ selector: WORKBENCH.sideBar });
    await see({ selector: WORKBENCH.coverageAction('Show all statuses') });
    const rows = await see({ selector: WORKBENCH.coverageRows, text: new RegExp(`^${EXPECTED.problemRows[0]?.[0].split(' (')[0] ?? ''} \\(0/`) });
    assert.deepEqual(rowsOf(rows), EXPECTED.problemRows);
    await hover({ selector: WORKBENCH.sideBar });
    await click({ selector: WORKBENCH.coverageAction('Show all statuses') });
    await see({ selector: WORKBENCH.coverageRows, text: new RegExp(`^${EXPECTED.firstAreas[0]?.split(' (')[0] ?? ''}`) });
  });
});
