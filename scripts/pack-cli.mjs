// Builds the npm package `planwright` (the CLI, the language server and a
// library entry) and writes dist/planwright-<version>.tgz.
//
// The repository's package.json is the VS Code extension's manifest and the
// development set-up; the npm package gets its own manifest, made here from
// it: bundles, catalogs and schemas only, and no `dependencies`, because the
// bundles already contain them.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledPlugin } from './precompiled.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const stage = mkdtempSync(join(tmpdir(), 'planwright-pack-'));

try {
  await build({
    absWorkingDir: root,
    entryPoints: [
      { in: 'cli/src/cli.ts', out: 'cli' },
      { in: 'server/src/main.ts', out: 'server' },
      { in: 'host/src/library.ts', out: 'index' },
    ],
    outdir: join(stage, 'dist'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    plugins: [precompiledPlugin(root)],
    logLevel: 'warning',
  });
  // Type declarations for the library entry, from the sources (core/ and host/ only).
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'scripts', 'tsconfig.library.json'), '--outDir', join(stage, 'types')], { cwd: root, stdio: 'inherit' });
  for (const dir of ['bin', 'catalogs', 'schemas']) cpSync(join(root, dir), join(stage, dir), { recursive: true, filter: (src) => statSync(src).isDirectory() || /(\.ya?ml|\.json|planwright(-language-server)?)$/.test(src) });
  for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md']) cpSync(join(root, file), join(stage, file));

  const types = './types/host/src/library.d.ts';
  const pkg = {
    name: manifest.name,
    version: manifest.version,
    description: manifest.description,
    license: manifest.license,
    keywords: manifest.keywords.filter((k) => k !== 'lsp').concat(['lint', 'cli', 'language-server']),
    repository: manifest.repository,
    engines: { node: manifest.engines.node },
    bin: manifest.bin,
    main: './dist/index.js',
    types,
    exports: { '.': { types, default: './dist/index.js' }, './package.json': './package.json' },
    files: ['bin', 'dist', 'types', 'catalogs', 'schemas', 'CHANGELOG.md'],
  };
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

  const out = join(root, 'dist');
  mkdirSync(out, { recursive: true });
  const npm = process.env.npm_execpath;
  const [command, args] = npm && /npm-cli\.js$/.test(npm) ? [process.execPath, [npm]] : ['npm', []];
  const report = JSON.parse(execFileSync(command, [...args, 'pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  const [{ filename, size, unpackedSize, entryCount }] = report;
  console.log(`dist/${filename}: ${entryCount} files, ${kb(size)} packed, ${kb(unpackedSize)} installed`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(0)} kB`;
}
