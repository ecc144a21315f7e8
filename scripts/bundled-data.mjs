// An esbuild plugin giving the web language server the schemas and catalogs as a module,
// 'planwright:bundled-data' (declared in server/src/web/bundled-data.d.ts), read from
// schemas/ and catalogs/ at build time exactly as host's loadEngine reads them at run time.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function bundledData(root) {
  return {
    name: 'planwright-bundled-data',
    setup(build) {
      build.onResolve({ filter: /^planwright:bundled-data$/ }, (args) => ({ path: args.path, namespace: 'planwright-data' }));
      build.onLoad({ filter: /.*/, namespace: 'planwright-data' }, () => {
        const schemaDir = join(root, 'schemas');
        const catalogDir = join(root, 'catalogs');
        const schemaNames = readdirSync(schemaDir).filter((n) => n.endsWith('.schema.json')).sort();
        const catalogNames = readdirSync(catalogDir).filter((n) => n.endsWith('.catalog.yaml')).sort();
        const schemas = Object.fromEntries(schemaNames.map((name) => [name, JSON.parse(readFileSync(join(schemaDir, name), 'utf8'))]));
        const builtinCatalogs = catalogNames.map((name) => ({ name, text: readFileSync(join(catalogDir, name), 'utf8') }));
        const plainLanguage = readFileSync(join(catalogDir, 'plain-language.yaml'), 'utf8');
        return {
          contents: [
            `export const schemas = ${JSON.stringify(schemas)};`,
            `export const builtinCatalogs = ${JSON.stringify(builtinCatalogs)};`,
            `export const plainLanguage = ${JSON.stringify(plainLanguage)};`,
          ].join('\n'),
          loader: 'js',
          watchFiles: [...schemaNames.map((n) => join(schemaDir, n)), ...catalogNames.map((n) => join(catalogDir, n)), join(catalogDir, 'plain-language.yaml')],
          watchDirs: [schemaDir, catalogDir],
        };
      });
    },
  };
}
