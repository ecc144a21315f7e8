// Generates the benchmark inputs, seeded and outside the source tree
// (default: the system temp folder):
//   large-chapter/   — the example plan plus one ~250 KB chapter of 1,000 commitment
//                      blocks, every block different and many with findings
//                      (the editor benchmark types into it);
//   corpus-repeated/ — 42 plans grown with copies of the same few blocks (~10 MB):
//                      the block cache hides parsing cost here;
//   corpus-varied/   — 42 plans, ~10 MB, every block different, as real plans are;
//   growth-1x, -2x, -4x/ — the varied corpus at a quarter, half and the full size
//                      (made on request), to show how time and memory grow.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(root, 'examples', 'anyshire');
const require = createRequire(import.meta.url);
const YAML = require('yaml');

/** A small seeded PRNG (mulberry32), so every run generates the same inputs. */
export function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const catalog = YAML.parse(readFileSync(join(root, 'catalogs', 'ltp-2019.catalog.yaml'), 'utf8'));
const COMMITMENTS = catalog.commitments.map((c) => ({ id: c.id, percent: c.target?.scale === 'rate' }));
const YEARS = ['2019/20', '2020/21', '2021/22', '2022/23', '2023/24'];
const STATUSES = ['on-track', 'at-risk', 'off-track', 'not-started'];
const WORDS = 'care patients people services community hospital local staff waiting access support health teams families prevention homes partners digital outcomes quality'.split(' ');
const JARGON = ['burning platform', 'value proposition', 'step change', 'going forward', 'leverage'];

function sentence(r, n) {
  const words = Array.from({ length: n }, () => r.pick(WORDS));
  return `${words[0][0].toUpperCase()}${words[0].slice(1)} ${words.slice(1).join(' ')}${r.chance(0.08) ? ` as a ${r.pick(JARGON)}` : ''}.`;
}

/** One commitment block with a trajectory, different every call; about a third carry a problem. */
function commitmentBlock(r, orgs, i, words = 12, compact = false) {
  const known = r.chance(0.9);
  const commitment = r.pick(COMMITMENTS);
  const id = known ? commitment.id : `${commitment.id}-${r.pick(['x', 'local', 'plus'])}`;
  const start = r.int(commitment.percent ? 30 : 200, commitment.percent ? 70 : 9000);
  const step = r.int(commitment.percent ? 1 : 50, commitment.percent ? 6 : 900);
  const years = r.chance(0.85) ? YEARS : YEARS.filter((_, k) => k !== r.int(1, 3));
  const value = (k) => (commitment.percent ? `${Math.min(99, start + step * k)}%` : String(start + step * k + r.int(0, 40)));
  const lead = r.chance(0.75) ? r.pick(orgs) : `${r.pick(orgs)}-unit`;
  return [
    '```commitment',
    `id: ${id}`,
    `status: ${r.pick(STATUSES)}`,
    `summary: ${sentence(r, r.int(Math.max(1, words - 2), words + 4))} Item ${i}.`,
    `lead: ${lead}`,
    ...(compact ? [] : [`partners: [${r.pick(orgs)}, ${r.chance(0.3) ? `${r.pick(orgs)}-team` : r.pick(orgs)}]`]),
    `baseline: { year: 2018/19, value: ${commitment.percent ? `${start - step}%` : Math.max(0, start - step)} }`,
    `trajectory: { ${years.map((y) => `${y}: ${value(YEARS.indexOf(y))}`).join(', ')} }`,
    '```',
  ].join('\n');
}

function milestonesBlock(r, orgs, i) {
  return ['```milestones', `- what: ${sentence(r, r.int(5, 10))} (${i})`, `  by: ${r.int(2019, 2023)}-${String(r.int(1, 12)).padStart(2, '0')}`, `  owner: ${r.pick(orgs)}`, '```'].join('\n');
}

/** A chapter of `bytes` characters of varied prose and blocks. */
export function variedChapter(r, orgs, bytes, title = 'Local delivery') {
  const parts = ['---', `title: ${title}`, `lead: ${orgs[0]}`, '---', '', `# ${title}`, ''];
  let size = parts.join('\n').length;
  for (let i = 0; size < bytes; i++) {
    const section = [`## ${sentence(r, 3).slice(0, -1)} ${i}`, '', `${sentence(r, r.int(12, 30))} ${sentence(r, r.int(10, 25))} It supports [[${r.pick(COMMITMENTS).id}]].`, '', r.chance(0.7) ? commitmentBlock(r, orgs, i) : milestonesBlock(r, orgs, i), ''].join('\n');
    parts.push(section);
    size += section.length + 1;
  }
  return parts.join('\n');
}

/** The ~250 KB editor chapter: 1,000 commitment blocks, every one different. */
export function largeChapter(seed = 1) {
  const r = random(seed);
  const orgs = ['anyshire-ccg', 'anyshire-mh', 'anyshire-hospitals', 'anyshire-community', 'anyshire-council'];
  const parts = ['---', 'title: Locality delivery plans', 'lead: anyshire-ccg', '---', '', '# Locality delivery plans', ''];
  for (let i = 0; i < 1000; i++) parts.push(commitmentBlock(r, orgs, i, 2, true), '');
  return parts.join('\n');
}

function planManifest(r, p, orgs) {
  const population = r.int(300, 3000) * 1000;
  return [
    'plan:',
    `  title: Generated system plan ${p}`,
    '  framework: ltp-2019',
    '  period: { start: 2019/20, end: 2023/24 }',
    '  clinical-lead: Dr A. Example',
    'footprint:',
    `  population: ${population}`,
    '  organisations:',
    ...orgs.map((id, k) => `    - { id: ${id}, name: Organisation ${p}-${k}, type: ${['ccg', 'local-authority', 'acute-provider', 'mental-health-provider', 'community-provider', 'vcse'][k % 6]} }`),
    'engagement:',
    `  - { with: ${orgs[1]}, how: co-wrote the plan, when: 2019-07 }`,
    '  - { with: public, how: listening events, when: 2019-06 }',
    `  - { with: ${orgs[5]}, how: workshops, when: 2019-08 }`,
    '',
  ].join('\n');
}

/** 42 plans of `total` bytes, every block different. */
export function variedCorpus(folder, total, seed = 42) {
  rmSync(folder, { recursive: true, force: true });
  const r = random(seed);
  const perPlan = Math.ceil(total / 42);
  for (let p = 1; p <= 42; p++) {
    const plan = join(folder, `plan-${String(p).padStart(2, '0')}`);
    mkdirSync(plan, { recursive: true });
    const orgs = Array.from({ length: 6 }, (_, k) => `sys${p}-org${k}`);
    writeFileSync(join(plan, 'plan.yaml'), planManifest(r, p, orgs));
    const chapters = 8;
    for (let c = 1; c <= chapters; c++) writeFileSync(join(plan, `${String(c).padStart(2, '0')}-chapter.md`), variedChapter(r, orgs, perPlan / chapters, `Chapter ${c}`));
  }
  return folder;
}

/** 42 copies of the example plan, each grown with repeated blocks (the older, cache-friendly corpus). */
export function repeatedCorpus(folder, total = 10 * 1024 * 1024) {
  rmSync(folder, { recursive: true, force: true });
  const perPlan = Math.ceil(total / 42);
  const block = (i) => `## Initiative ${i}\n\nLocal work item ${i % 8} supports [[mh-liaison]] with partners.\n\n\`\`\`milestones\n- what: deliver initiative ${i % 8} with partners\n  by: 2020-0${1 + (i % 8)}\n  owner: anyshire-ccg\n\`\`\`\n`;
  for (let p = 1; p <= 42; p++) {
    const plan = join(folder, `plan-${String(p).padStart(2, '0')}`);
    cpSync(example, plan, { recursive: true });
    const size = readdirSync(plan, { recursive: true }).reduce((n, f) => n + (statSync(join(plan, String(f))).isFile() ? statSync(join(plan, String(f))).size : 0), 0);
    const parts = ['# Local detail', ''];
    for (let i = 0, bytes = 0; bytes < perPlan - size; i++) {
      parts.push(block(i));
      bytes += parts[parts.length - 1].length;
    }
    writeFileSync(join(plan, '30-local-detail.md'), parts.join('\n'));
  }
  return folder;
}

export function generate(out = join(tmpdir(), 'planwright-bench'), { growth = false } = {}) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const large = join(out, 'large-chapter');
  cpSync(example, large, { recursive: true });
  writeFileSync(join(large, '20-localities.md'), largeChapter());
  const MB = 1024 * 1024;
  const result = {
    large,
    repeated: repeatedCorpus(join(out, 'corpus-repeated')),
    varied: variedCorpus(join(out, 'corpus-varied'), 10 * MB),
    growth: growth ? [1, 2, 4].map((k) => ({ factor: k, folder: variedCorpus(join(out, `growth-${k}x`), 2.5 * k * MB, 7) })) : [],
  };
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const made = generate(process.argv[2], { growth: true });
  console.log(JSON.stringify(made, null, 2));
}
