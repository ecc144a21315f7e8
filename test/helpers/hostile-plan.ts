import { lines, manifest } from './engine';
import { HOSTILE } from './inert-html';

const quoted = JSON.stringify(HOSTILE);

/**
 * A plan whose every free-text field is hostile markup: the plan title, a
 * local catalog's area, commitment titles, summaries, guidance, measure and
 * source, and the responses' summaries. Its commitments have trajectories,
 * so charts are drawn too.
 */
export function hostilePlanFiles(): Record<string, string> {
  return {
    'plan.yaml': manifest('catalogs: [local.catalog.yaml]').replace('title: Test plan', `title: ${quoted}`),
    'local.catalog.yaml': lines(
      `catalog: { id: local, title: ${quoted}, version: "1", period: { start: 2019/20, end: 2023/24 } }`,
      `areas: [{ id: local-area, title: ${quoted} }]`,
      'commitments:',
      `  - id: local-housing`,
      '    area: local-area',
      '    kind: foundational',
      `    title: ${quoted}`,
      `    summary: ${quoted}`,
      `    guidance: ${quoted}`,
      `    source: { title: ${quoted}, url: ${JSON.stringify('https://example.org/"><script>alert("pwned")</script>')} }`,
      '',
    ),
    'a.md': lines(
      `# ${HOSTILE}`,
      '',
      HOSTILE,
      '',
      '```commitment',
      'id: local-housing',
      'status: on-track',
      `summary: ${quoted}`,
      'trajectory: { 2019/20: 10, 2020/21: 20, 2021/22: 30, 2022/23: 40, 2023/24: 50 }',
      '```',
      '',
      '```commitment',
      'id: mh-liaison',
      'status: at-risk',
      `summary: ${quoted}`,
      'trajectory: { 2019/20: 40%, 2020/21: 55%, 2021/22: 60%, 2022/23: 70%, 2023/24: 80% }',
      '```',
      '',
    ),
  };
}
