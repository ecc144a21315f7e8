import type { ParseArgsConfig } from 'node:util';
import type { CliIO } from '../io';

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** The parsed command line a command receives. */
export interface CommandArgs {
  readonly values: Readonly<Record<string, string | boolean | readonly (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * One `planwright <name>` command. Each lives in its own file under
 * cli/src/commands/ and is listed once in `COMMANDS` (registry.ts); the
 * dispatcher parses the options the command declares, answers `--help` from
 * its usage, and turns a `UsageError` into exit code 2.
 */
export interface Command {
  readonly name: string;
  /** One line for the overall usage. */
  readonly summary: string;
  /** The full usage, printed by `planwright <name> --help` and after a usage error. */
  readonly usage: string;
  readonly options: OptionsConfig;
  run(args: CommandArgs, io: CliIO): Promise<number>;
}

/** A string option's value, or undefined when it was not given. */
export function stringOption(args: CommandArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A boolean option: true when given. */
export function flag(args: CommandArgs, name: string): boolean {
  return args.values[name] === true;
}
