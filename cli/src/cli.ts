import { reportDate, runCheckWorker } from '../../host/src/index';
import { run } from './main';

// The bundle's entry point: a worker thread of a large run checks its share
// of the plans; the main thread wires the CLI to the real process.
if (!runCheckWorker()) main();

function main(): void {
  const color = Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env) && process.env['TERM'] !== 'dumb';
  run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color,
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
