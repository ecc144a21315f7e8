import type { Rule } from './rule';

export const engagement: Rule = {
  meta: {
    id: 'engagement',
    defaultSeverity: 'warning',
    description: 'A local authority in the footprint never engaged; no public or patient engagement; no voluntary-sector engagement; no clinical lead.',
  },
  check(context, report) {
    const manifest = context.manifest;
    // A plan.yaml that cannot be read has no engagement or clinical lead to look at: yaml-syntax or schema says why.
    if (!manifest?.read) return;
    const engaged = new Set(manifest.engagement.map((e) => e.with.value));
    const uri = manifest.uri;

    for (const organisation of manifest.organisations) {
      if (organisation.type !== 'local-authority' || engaged.has(organisation.id.value)) continue;
      report({
        message: `${organisation.name} (a local authority in the footprint) is never engaged: add an engagement entry \`with: ${organisation.id.value}\` saying how it shaped the plan`,
        uri,
        range: organisation.id.range,
      });
    }
    if (!engaged.has('public') && !engaged.has('patients')) {
      report({ message: 'no engagement with the public or patients is recorded: add an engagement entry `with: public` (or `patients`) saying how people shaped the plan', uri, range: manifest.engagementRange });
    }
    const vcse = manifest.organisations.filter((o) => o.type === 'vcse');
    if (!engaged.has('vcse') && !vcse.some((o) => engaged.has(o.id.value))) {
      const name = vcse[0];
      report({
        message: name
          ? `the voluntary sector (${name.name}) is never engaged: add an engagement entry \`with: ${name.id.value}\``
          : 'no engagement with the voluntary, community and social enterprise sector is recorded: add an engagement entry `with: vcse`',
        uri,
        range: name ? name.id.range : manifest.engagementRange,
      });
    }
    if (!manifest.clinicalLead || manifest.clinicalLead.value.trim() === '') {
      report({ message: 'the plan names no clinical lead: add `plan.clinical-lead` (plans must be clinically led)', uri, range: manifest.planRange });
    }
  },
};
