import { join } from 'node:path';
import { runSpecs } from '../mocha-run';

/**
 * The entry point of the Restricted Mode suite: VS Code opens
 * test/vscode/untrusted/workspace without trusting it
 * (`node scripts/test-vscode.mjs --untrusted`).
 */
export async function run(): Promise<void> {
  await runSpecs([join(__dirname, 'restricted-mode.test.js')]);
}
