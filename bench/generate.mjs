// Generates the benchmark inputs from the example plan, into a folder outside
// the source tree (default: the system temp folder):
//   large-chapter/  — a plan whose one chapter is ~250 KB with 1,000 blocks;
//   corpus/         — 42 plans (copies of examples/anyshire, each grown with
//                     extra chapters) totalling ~10 MB.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(root, 'examples', 'anyshire');

/** One ~250-byte commitment block plus prose, varied by index. */
function block(i) {
  const ids = ['mh-liaison', 'mh-crisis-care', 'pc-networks', 'cancer-62-day', 'rtt-18-weeks', 'personalised-care', 'social-prescribing', 'digital-first-primary-care'];
  return [
    `## Initiative ${i}`,
    '',
    `Local work item ${i} supports [[${ids[i % ids.length]}]] with partners across the footprint; it is described in plain words for the public.`,
    '',
    '```milestones',
    `- what: deliver initiative ${i} with partners in the locality`,
    `  by: ${2019 + (i % 5)}-0${1 + (i % 9)}`,
    `  owner: anyshire-ccg`,
    '```',
    '',
  ].join('\n');
}

export function largeChapter(target = 250_000, blocks = 1000) {
  const parts = ['---', 'title: Locality delivery plans', 'lead: anyshire-ccg', '---', '', '# Locality delivery plans', ''];
  for (let i = 0; i < blocks; i++) parts.push(block(i));
  let text = parts.join('\n');
  while (text.length < target) text += `\nFurther detail on local delivery, written for residents and staff alike, line ${text.length}.\n`;
  return text;
}

export function generate(out = join(tmpdir(), 'planwright-bench')) {
  rmSync(out, { recursive: true, force: true });
  const large = join(out, 'large-chapter');
  cpSync(example, large, { recursive: true });
  writeFileSync(join(large, '20-localities.md'), largeChapter());

  const corpus = join(out, 'corpus');
  const perPlan = Math.ceil((10 * 1024 * 1024) / 42);
  for (let p = 0; p < 42; p++) {
    const plan = join(corpus, `plan-${String(p + 1).padStart(2, '0')}`);
    cpSync(example, plan, { recursive: true });
    const manifest = join(plan, 'plan.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/title: (.*)/, `title: $1 (${p + 1})`).replace(/anyshire-/g, `p${p + 1}-anyshire-`));
    for (const file of readdirSync(plan, { recursive: true })) {
      const path = join(plan, String(file));
      if (statSync(path).isFile() && /\.(md|yaml)$/.test(path) && !path.endsWith('plan.yaml')) {
        writeFileSync(path, readFileSync(path, 'utf8').replace(/anyshire-/g, `p${p + 1}-anyshire-`));
      }
    }
    const size = () => readdirSync(plan, { recursive: true }).reduce((n, f) => n + (statSync(join(plan, String(f))).isFile() ? statSync(join(plan, String(f))).size : 0), 0);
    const extra = perPlan - size();
    if (extra > 0) writeFileSync(join(plan, '30-local-detail.md'), largeChapter(extra, Math.floor(extra / 260)).replace(/anyshire-ccg/g, `p${p + 1}-anyshire-ccg`));
  }
  mkdirSync(out, { recursive: true });
  return { large, corpus };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { large, corpus } = generate(process.argv[2]);
  console.log(`large chapter plan: ${large}\ncorpus: ${corpus}`);
}
