import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXPECTED } from './expected';
import { click, exactly, see, WORKBENCH } from './screen';

// The harness starts VS Code with $PLANWRIGHT_SERVER_MODULE naming a server module that
// does not exist, so the first start of the language server, at activation, fails.
const FAILING_MODULE = 'PLANWRIGHT_SERVER_MODULE';

describe('Planwright in VS Code: starting', () => {
  afterEach(async function () {
    // Whatever happened above, the rest of the suite needs a running server.
    if (this.currentTest?.state !== 'failed') return;
    delete process.env[FAILING_MODULE];
    await vscode.commands.executeCommand('planwright.restartServer');
  });

  it('activates through its activation events and reports a failed first start, with a way to start again', async function () {
    this.timeout(180_000); // VS Code's own start-up comes first, slow on a loaded machine
    assert.ok(process.env[FAILING_MODULE], `the suite expects $${FAILING_MODULE} to name a missing module (scripts/test-vscode.mjs sets it)`);
    // Nothing in the suite has run a command or opened a file yet: only the manifest's
    // activation events (a workspace holding a plan.yaml) can have started the extension.
    await see({ selector: WORKBENCH.notification, text: /Planwright: the language server did not start/, timeoutMs: 90_000 });
    const buttons = await see({ selector: WORKBENCH.notificationButton, text: exactly('Restart server') });
    assert.ok(buttons.some((b) => b.text === 'Show output'), `buttons: ${buttons.map((b) => b.text).join(', ')}`);
    assert.deepEqual(
      (await see({ selector: WORKBENCH.statusBarItem })).filter((item) => /LTP/.test(item.text)),
      [],
      'no coverage in the status bar while the server is down',
    );

    delete process.env[FAILING_MODULE];
    await click({ selector: WORKBENCH.notificationButton, text: exactly('Restart server') });
    await see({ selector: WORKBENCH.statusBarItem, text: exactly(EXPECTED.statusBar), timeoutMs: 60_000 });
  });
});
