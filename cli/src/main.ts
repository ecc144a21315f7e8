import { parseArgs } from 'node:util';
import { suggest } from '../../core/src/index';
import type { Command } from './commands/command';
import { COMMANDS } from './commands/registry';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from './io';
import { version } from './version';

export { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliIO } from './io';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: planwright <command> [paths...] [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Paths are plan folders (holding plan.yaml), folders with plans below them, or
plan files. The default is the current folder.

Run \`planwright <command> --help\` for a command's options;
\`planwright --version\` prints the version.`;
}

const HELP = new Set(['--help', '-h']);
const VERSION = new Set(['--version', '-V', '-v']);

/** Runs one command line; returns the exit code. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  // --version and --help are honoured wherever they stand, before any other check.
  if (argv.some((arg) => VERSION.has(arg))) {
    io.stdout(`${version()}\n`);
    return EXIT_OK;
  }
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(`${usage()}\n`);
    return EXIT_USAGE;
  }
  if (HELP.has(name) || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = topic === undefined ? undefined : COMMANDS.find((c) => c.name === topic);
    if (topic !== undefined && !command) return usageError(unknownCommand(topic), usage(), io);
    io.stdout(`${command ? command.usage : usage()}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) return usageError(unknownCommand(name), usage(), io);
  if (rest.some((arg) => HELP.has(arg))) {
    io.stdout(`${command.usage}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(parse(command, rest), io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) return usageError((error as Error).message, command.usage, io);
    throw error;
  }
}

function parse(command: Command, args: readonly string[]) {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: command.options });
  return { values, positionals };
}

function unknownCommand(name: string): string {
  const [best] = suggest(name, COMMANDS.map((c) => c.name), 1);
  return `unknown command "${name}"${best ? ` — did you mean "${best}"?` : ''}`;
}

function usageError(message: string, text: string, io: CliIO): number {
  io.stderr(`planwright: ${message}\n\n${text}\n`);
  return EXIT_USAGE;
}

function isParseArgsError(error: unknown): boolean {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
