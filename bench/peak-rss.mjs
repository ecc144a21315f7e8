// Preloaded into a benchmarked process (`node --import bench/peak-rss.mjs ...`):
// on exit, writes the process's peak resident memory in bytes to the file
// named by PLANWRIGHT_BENCH_RSS. Worker threads share the process, so this
// counts them too.
import { writeFileSync } from 'node:fs';

const file = process.env.PLANWRIGHT_BENCH_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
