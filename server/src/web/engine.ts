import plainLanguage from '../../../catalogs/plain-language.yaml';
import { Engine, precompiledCatalogs, precompiledValidators, precompiledWordList } from '../../../core/src/index';

/**
 * The engine of the web worker's server, from what the build prepared
 * (scripts/precompiled.mjs): the schema validators compiled ahead of time
 * (nothing is compiled, and no code generated from strings, in the worker)
 * and the built-in catalogs and word list already read. A worker cannot read the
 * extension's folder, so the catalogs are the build's snapshots, named
 * under the extension's URI (`base`, ending in "/"): "Go to definition" on
 * a commitment opens the catalog file as on the desktop.
 */
export function bundledEngine(base: string): Engine {
  const validators = precompiledValidators;
  if (!validators || !precompiledCatalogs) throw new Error('the web server was bundled without its precompiled validators and catalogs (scripts/precompiled.mjs)');
  return new Engine({
    schemas: validators.schemas,
    validators,
    builtinCatalogs: { snapshotsIn: `${base}catalogs/` },
    catalogSnapshots: precompiledCatalogs,
    plainLanguage: { uri: `${base}catalogs/plain-language.yaml`, text: plainLanguage },
    wordListSnapshot: precompiledWordList,
  });
}
