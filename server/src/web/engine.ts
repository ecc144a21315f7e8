import { builtinCatalogs, plainLanguage, schemas } from 'planwright:bundled-data';
import { Engine } from '../../../core/src/index';

/**
 * The engine from the schemas and catalogs bundled into the worker, as
 * host's loadEngine builds it from the extension's folder. The catalogs are
 * named under the extension's URI (`base`, ending in "/"), so "Go to
 * definition" on a commitment opens the catalog as on the desktop.
 */
export function bundledEngine(base: string): Engine {
  return new Engine({
    schemas,
    builtinCatalogs: builtinCatalogs.map((catalog) => ({ uri: `${base}catalogs/${catalog.name}`, text: catalog.text })),
    plainLanguage: { uri: `${base}catalogs/plain-language.yaml`, text: plainLanguage },
  });
}
