import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_CSS } from '../../core/src/index';
import { normaliseSettings, SETTINGS } from '../../server/src/settings';

const REPO = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  engines: { vscode: string };
  contributes: Record<string, unknown> & {
    configuration: { properties: Record<string, unknown> };
    commands: { command: string; category?: string }[];
    menus: Record<string, { command: string }[]>;
    snippets: { path: string }[];
    grammars: { path: string }[];
    yamlValidation: { url: string }[];
  };
};

describe('the extension manifest (package.json)', () => {
  it('declares exactly the settings defined in server/src/settings.ts (run `npm run generate` after changing them)', () => {
    const expected = Object.fromEntries(
      SETTINGS.map((s) => [s.key, { type: s.type, default: s.default, ...(s.enum ? { enum: s.enum } : {}), ...(s.minimum !== undefined ? { minimum: s.minimum } : {}), markdownDescription: s.markdownDescription, scope: s.scope }]),
    );
    assert.deepEqual(manifest.contributes.configuration.properties, expected);
  });

  it('normalises raw settings in one place, falling back to defaults', () => {
    const MB = 1024 * 1024;
    assert.deepEqual(normaliseSettings(undefined), { unopenedFiles: true, codeLens: true, inlayHints: true, hoverGuidance: true, maxFileBytes: 32 * MB });
    assert.deepEqual(normaliseSettings({ codeLens: { enabled: false }, hover: { guidance: 'no' } }), { unopenedFiles: true, codeLens: false, inlayHints: true, hoverGuidance: true, maxFileBytes: 32 * MB });
    assert.deepEqual(normaliseSettings({ 'diagnostics.unopenedFiles': false }), { unopenedFiles: false, codeLens: true, inlayHints: true, hoverGuidance: true, maxFileBytes: 32 * MB });
    assert.deepEqual(normaliseSettings({ inlayHints: { enabled: false } }), { unopenedFiles: true, codeLens: true, inlayHints: false, hoverGuidance: true, maxFileBytes: 32 * MB });
    assert.equal(normaliseSettings({ files: { maxFileSize: 0.5 } }).maxFileBytes, 0.5 * MB);
    assert.equal(normaliseSettings({ 'files.maxFileSize': 2 }).maxFileBytes, 2 * MB);
    for (const bad of [0, -1, '8', Number.NaN, Number.POSITIVE_INFINITY]) assert.equal(normaliseSettings({ files: { maxFileSize: bad } }).maxFileBytes, 32 * MB, String(bad));
  });

  it('gives every command a category and declares every command a menu uses', () => {
    const declared = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const command of manifest.contributes.commands) assert.equal(command.category, 'Planwright', command.command);
    for (const [menu, entries] of Object.entries(manifest.contributes.menus)) {
      for (const entry of entries) assert.ok(declared.has(entry.command), `${menu} uses undeclared ${entry.command}`);
    }
  });

  it('points only at files that exist', () => {
    const paths = [
      ...manifest.contributes.snippets.map((s) => s.path),
      ...manifest.contributes.grammars.map((g) => g.path),
      ...manifest.contributes.yamlValidation.map((v) => v.url),
      ...(manifest.contributes['markdown.previewStyles'] as string[]),
      ...(manifest.contributes['walkthroughs'] as { steps: { media: { markdown: string } }[] }[]).flatMap((w) => w.steps.map((s) => s.media.markdown)),
    ];
    for (const path of paths) assert.ok(existsSync(join(REPO, path)), path);
    for (const path of manifest.contributes.snippets.map((s) => s.path)) JSON.parse(readFileSync(join(REPO, path), 'utf8'));
  });

  it('targets VS Code no newer than 1.100, so the real-VS-Code tests can load it', () => {
    assert.match(manifest.engines.vscode, /^\^1\.(\d|[1-9]\d|100)\.\d+$/);
  });

  it('styles preview charts with the rules the dashboard uses: the build writes CHART_CSS to a contributed preview style, packaged', () => {
    assert.ok((manifest.contributes['markdown.previewStyles'] as string[]).includes('./dist/chart.css'));
    assert.equal(readFileSync(join(REPO, 'dist', 'chart.css'), 'utf8'), `${CHART_CSS}\n`);
    assert.match(readFileSync(join(REPO, '.vscodeignore'), 'utf8'), /^!dist\/chart\.css$/m);
  });
});
