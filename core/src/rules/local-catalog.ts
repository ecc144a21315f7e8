import type { Rule } from './rule';

export const localCatalog: Rule = {
  meta: {
    id: 'local-catalog',
    defaultSeverity: 'error',
    description: 'A local catalog named in plan.yaml that is missing or unusable, or whose ids clash with a built-in catalog.',
  },
  check(context, report) {
    const manifest = context.manifest;
    if (!manifest) return;
    for (const local of context.localCatalogs) {
      if (!local.found) {
        report({ message: `catalog file \`${local.entry.value}\` was not found next to plan.yaml`, uri: manifest.uri, range: local.entry.range });
        continue;
      }
      if (local.unreadable) {
        report({ message: `catalog file \`${local.entry.value}\` could not be read: ${local.unreadable.replace(/^cannot read the file: /, '')}`, uri: manifest.uri, range: local.entry.range });
        continue;
      }
      const catalog = local.catalog;
      if (!catalog) {
        report({ message: `catalog file \`${local.entry.value}\` could not be used: fix the problems reported in it`, uri: manifest.uri, range: local.entry.range });
        continue;
      }
      for (const commitment of catalog.commitments) {
        for (const builtin of context.builtinCatalogs.values()) {
          const clash = builtin.commitments.find((c) => c.id === commitment.id);
          if (!clash) continue;
          report({
            message: `\`${commitment.id}\` is already a commitment of the built-in ${builtin.id} catalog (${clash.title}): give the local commitment its own id`,
            uri: catalog.uri,
            range: commitment.idRange,
            related: [{ uri: clash.uri, range: clash.idRange, message: `${builtin.id} commitment` }],
          });
        }
      }
    }
  },
};
