// Timing whole processes the way users run them, with their peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/**
 * Runs `node <args>` `rounds` times; returns the median wall time (ms) and
 * the largest peak RSS (bytes). Exit codes 0 and 1 (findings) are normal;
 * anything else is an error.
 */
export function timeNode(args, { rounds = 3, env = {}, cwd } = {}) {
  const temp = mkdtempSync(join(tmpdir(), 'planwright-rss-'));
  try {
    const times = [];
    let rss = 0;
    for (let i = 0; i < rounds; i++) {
      const rssFile = join(temp, `rss-${i}`);
      const started = performance.now();
      const result = spawnSync(process.execPath, ['--import', pathToFileURL(join(here, 'peak-rss.mjs')).href, ...args], {
        cwd,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, ...env, PLANWRIGHT_BENCH_RSS: rssFile },
        maxBuffer: 256 * 1024 * 1024,
      });
      times.push(performance.now() - started);
      if (result.status !== 0 && result.status !== 1) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
      rss = Math.max(rss, Number(readFileSync(rssFile, 'utf8')));
    }
    return { ms: median(times), rss };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
