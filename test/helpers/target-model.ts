import { lines, manifest } from './engine';

/** A local catalog holding one commitment, `t-measure`, with the given target lines (indented under `target:`). */
export function targetCatalog(...target: string[]): string {
  return lines(
    'catalog: { id: target-model-test, title: Target model test, version: "1", period: { start: 2019/20, end: 2023/24 } }',
    'areas: [{ id: test-area, title: Test area }]',
    'commitments:',
    '  - id: t-measure',
    '    area: test-area',
    '    kind: foundational',
    '    title: A measure',
    '    summary: A measure to judge.',
    '    source: { title: Test source }',
    '    guidance: Give a trajectory.',
    '    target:',
    '      measure: the measure',
    ...target.map((line) => `      ${line}`),
    '',
  );
}

/** plan.yaml naming the test catalog, with a second acute provider (`north-acute`) in the footprint. */
export function targetManifest(): string {
  return manifest('catalogs: [target.catalog.yaml]').replace(
    "    - { id: test-cvs, name: Test Voluntary Action, type: vcse }",
    "    - { id: north-acute, name: North Acute NHS Trust, type: acute-provider }\n    - { id: test-cvs, name: Test Voluntary Action, type: vcse }",
  );
}

/** A response to `t-measure`; `rows` may hold marker lines, `idMarker` is one for the `id:` line. */
export function targetResponse(options: { status: string; idMarker?: string | undefined }, ...rows: string[]): string {
  return lines('```commitment', 'id: t-measure', ...(options.idMarker ? [options.idMarker] : []), `status: ${options.status}`, ...rows, '```', '');
}
