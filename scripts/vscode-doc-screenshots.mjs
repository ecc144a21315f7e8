// The documentation screenshots of the real VS Code harness (`node scripts/test-vscode.mjs --screenshots`):
// a second window runs a generated driver that shows each view, and the harness saves the page as
// docs/images/vscode-NAME.png.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { delay } from './vscode-code-server.mjs';
import { HarnessError } from './vscode-install.mjs';

/**
 * Opens a second window with this repository as the extension under development and a
 * generated tests module that drives the UI through the vscode API: for each view it
 * writes NAME.ready and waits for NAME.done, which this script writes after the PNG.
 * `open(folder, { extensionPath, testsPath })` opens a VS Code window on the running code-server;
 * `workspace` is a copy of the example plan for it.
 */
export async function takeDocScreenshots({ extensionPath, workspace, temp, codeServer, open, imagesDir, root, say }) {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'package.json'), 'utf8'));
  const views = Object.values(manifest.contributes?.views ?? {}).flat();
  const markdown = readdirSync(workspace).filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md').sort();
  const dir = join(temp, 'shots');
  mkdirSync(dir, { recursive: true });
  const plan = {
    extensionId: `${manifest.publisher}.${manifest.name}`,
    viewId: views[0]?.id,
    document: join(workspace, markdown.find((name) => name.includes('cancer')) ?? markdown[0] ?? 'README.md'),
    dir,
  };
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
  const driver = join(temp, 'screenshots-driver.js');
  writeFileSync(driver, SCREENSHOT_DRIVER.replace('__PLAN__', JSON.stringify(join(dir, 'plan.json'))));
  if (!plan.viewId) say('screenshots: the extension contributes no view; skipping the tree view');

  say('screenshots: opening a second VS Code window');
  const { page, state } = await open(workspace, { extensionPath, testsPath: driver });
  mkdirSync(imagesDir, { recursive: true });
  const deadline = Date.now() + 180000;
  const saved = [];
  while (Date.now() < deadline) {
    if (existsSync(join(dir, 'finished'))) break;
    if (existsSync(join(dir, 'error'))) throw new HarnessError(`screenshot driver: ${readFileSync(join(dir, 'error'), 'utf8')}`);
    if (codeServer.exited || state.closed || state.crashed) throw new HarnessError('VS Code went away while taking screenshots');
    for (const ready of readdirSync(dir).filter((name) => name.endsWith('.ready'))) {
      const name = ready.slice(0, -'.ready'.length);
      rmSync(join(dir, ready));
      await delay(1500); // let the workbench finish painting
      const path = join(imagesDir, `vscode-${name}.png`);
      await page.screenshot({ path });
      saved.push(path);
      writeFileSync(join(dir, `${name}.done`), '');
    }
    await delay(200);
  }
  if (!existsSync(join(dir, 'finished'))) throw new HarnessError('screenshot driver did not finish within 180 s');
  for (const path of saved) say(`screenshot: ${path.slice(root.length + 1)}`);
  await page.close().catch(() => {});
}

const SCREENSHOT_DRIVER = String.raw`'use strict';
const vscode = require('vscode');
const fs = require('fs');
const path = require('path');
const plan = JSON.parse(fs.readFileSync(__PLAN__, 'utf8'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(check, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) { if (await check()) return true; await sleep(200); }
  return false;
}
async function shot(name) {
  await vscode.commands.executeCommand('notifications.clearAll');
  fs.writeFileSync(path.join(plan.dir, name + '.ready'), '');
  if (!(await until(() => fs.existsSync(path.join(plan.dir, name + '.done')), 60000))) throw new Error('no screenshot for ' + name);
}
exports.run = async function run() {
  try {
    const extension = vscode.extensions.getExtension(plan.extensionId);
    if (extension) await extension.activate();
    // The harness makes the first start of the server fail (for the suite); start it properly.
    delete process.env.PLANWRIGHT_SERVER_MODULE;
    await vscode.commands.executeCommand('planwright.restartServer');
    const uri = vscode.Uri.file(plan.document);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await until(() => vscode.languages.getDiagnostics().some(([, list]) => list.length > 0), 30000);
    if (plan.viewId) {
      await vscode.commands.executeCommand(plan.viewId + '.focus');
      await shot('tree-view');
    }
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await shot('problems');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    await sleep(1500);
    await shot('markdown-preview');
    fs.writeFileSync(path.join(plan.dir, 'finished'), '');
  } catch (error) {
    fs.writeFileSync(path.join(plan.dir, 'error'), String(error && error.stack || error));
  }
};
`;
