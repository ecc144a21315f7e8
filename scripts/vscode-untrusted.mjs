// Restricted Mode for the real VS Code harness (`node scripts/test-vscode.mjs --untrusted
// --vsix FILE`): the workspace opens with workspace trust on and not trusted.
//
// VS Code exempts an extension under development (the `extensionDevelopmentPath` of the
// test window) from workspace trust: it would run even if its manifest said it does not
// support untrusted workspaces. So in this mode the extension is installed from its .vsix
// into VS Code's own extensions folder, as a user installs it, and is subject to its
// manifest's `capabilities.untrustedWorkspaces`; the tests module runs beside it from a
// stand-in development extension that contributes nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** User settings: trust on, nobody asked at start-up (nothing gets trusted), the banner shown. */
export const UNTRUSTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'always',
};

/** Writes the stand-in development extension into `dir` and returns `dir`. */
export function writeStandInExtension(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'planwright-restricted-mode-tests',
        displayName: 'Runs the Restricted Mode tests; contributes nothing',
        publisher: 'planwright-tests',
        version: '0.0.0',
        engines: { vscode: '^1.100.0' },
      },
      null,
      2,
    ) + '\n',
  );
  return dir;
}
