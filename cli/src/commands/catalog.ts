import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { catalogListing, listOr, suggest, type Catalog, type CatalogListing } from '../../../core/src/index';
import { loadEngine, loadProject } from '../../../host/src/index';
import { formatCatalogIndexMarkdown, formatCatalogIndexText, formatCatalogMarkdown, formatCatalogText } from '../format/catalog';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';
import { stringOption, type Command, type CommandArgs } from './command';

const FORMATS = ['text', 'md', 'json'] as const;

export const catalogCommand: Command = {
  name: 'catalog',
  summary: 'list the catalogs, or one catalog\'s header and commitments (text, Markdown or JSON)',
  usage: `Usage: planwright catalog [id] [options]

With no id, lists the built-in catalogs and the local catalogs of the plan
in the current folder (or --plan). With an id, prints that catalog's header
(title, version, period, fair-share population and its source) and every
commitment: id, kind, area, title, target (measure, value, scale, unit,
direction, timing, dated milestones, per-organisation rule, standing) and
source.

Options:
  -f, --format text|md|json  output format (default: text)
  --plan <folder>            also list the local catalogs of the plan there

Exit codes: 0 done; 2 bad usage, an unknown id or unreadable input.`,
  options: {
    format: { type: 'string', short: 'f' },
    plan: { type: 'string' },
  },
  run(args, io) {
    return Promise.resolve(listCatalogs(args, io));
  },
};

/** Lists the catalogs in reach, or prints one; returns the exit code. */
function listCatalogs(args: CommandArgs, io: CliIO): number {
  const format = stringOption(args, 'format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} for catalog`);
  if (args.positionals.length > 1) throw new UsageError('catalog takes at most one catalog id');
  const catalogs = catalogsInReach(stringOption(args, 'plan'), io);
  if (!catalogs) return EXIT_USAGE;
  const id = args.positionals[0];
  if (id === undefined) {
    const listings = catalogs.map(catalogListing);
    io.stdout(format === 'json' ? `${JSON.stringify(listings.map(header), null, 2)}\n` : format === 'md' ? formatCatalogIndexMarkdown(listings) : formatCatalogIndexText(listings));
    return EXIT_OK;
  }
  const catalog = catalogs.find((c) => c.id === id);
  if (!catalog) {
    const known = catalogs.map((c) => c.id);
    const close = suggest(id, known);
    throw new UsageError(`unknown catalog \`${id}\`: ${close.length > 0 ? `did you mean ${listOr(close)}?` : `the catalogs are ${listOr(known)}`}`);
  }
  const listing = catalogListing(catalog);
  io.stdout(format === 'json' ? `${JSON.stringify(listing, null, 2)}\n` : format === 'md' ? formatCatalogMarkdown(listing) : formatCatalogText(listing));
  return EXIT_OK;
}

/** The header of a listing without its commitments, for the list of catalogs. */
function header(listing: CatalogListing): Omit<CatalogListing, 'commitments'> & { readonly commitments: number } {
  return { ...listing, commitments: listing.commitments.length };
}

/** Built-in catalogs, then the local ones of the plan in `plan` (or the current folder when it holds plan.yaml). */
function catalogsInReach(plan: string | undefined, io: CliIO): Catalog[] | undefined {
  const engine = loadEngine();
  const catalogs: Catalog[] = [...engine.builtinCatalogs.values()];
  // The plan folder as given (errors name it so), else the current folder when it holds a plan.
  const folder = plan ?? (existsSync(join(io.cwd, 'plan.yaml')) ? '.' : undefined);
  if (folder === undefined) return catalogs;
  const loaded = loadProject(engine, [folder], {}, undefined, io.cwd);
  for (const error of loaded.errors) io.stderr(`planwright: ${error}\n`);
  if (loaded.errors.length > 0) return undefined;
  for (const analysis of loaded.project.analyzeAll()) {
    for (const local of analysis.context.localCatalogs) {
      if (local.catalog && !catalogs.some((c) => c.id === local.catalog?.id)) catalogs.push(local.catalog);
    }
  }
  return catalogs;
}
