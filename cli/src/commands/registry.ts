import { checkCommand } from './check';
import type { Command } from './command';
import { catalogCommand } from './catalog';
import { coverageCommand } from './coverage';
import { diffCommand } from './diff';
import { rollupCommand } from './rollup';

/** Every `planwright` command, in the order the usage lists them. Add a new command here. */
export const COMMANDS: readonly Command[] = [checkCommand, coverageCommand, rollupCommand, diffCommand, catalogCommand];
