import { join } from 'node:path';
import { runSpecs } from './mocha-run';

/**
 * The entry point VS Code's extension host calls (extensionTestsPath), both
 * under @vscode/test-electron and under the code-server harness.
 */
export async function run(): Promise<void> {
  // In this order: starting is checked before anything else can activate the extension, and
  // what the views show before the tests that edit the plan.
  const files = ['startup.test.js', 'views.test.js', 'previews.test.js', 'extension.test.js', 'language.test.js', 'respond.test.js', 'rollup.test.js', 'recovery.test.js'];
  await runSpecs(files.map((file) => join(__dirname, file)));
}
