import pc from 'picocolors';
import { reportDate, runCheckWorker } from '../../host/src/index';
import { run } from './main';

// The bundle's entry point: a worker thread of a large run checks its share
// of the plans; the main thread wires the CLI to the real process.
if (!runCheckWorker()) main();

function main(): void {
  // Colour as picocolors decides it: NO_COLOR and --no-color turn it off;
  // FORCE_COLOR, --color, a terminal (not TERM=dumb) or CI turn it on.
  const color = pc.isColorSupported;
  run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color,
    env: process.env,
    progress: Boolean(process.stderr.isTTY) && !process.env['CI'],
    workerScript: __filename,
    now: new Date(`${reportDate()}T00:00:00Z`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`planwright: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
