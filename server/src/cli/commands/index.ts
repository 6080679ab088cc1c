import type { Command } from 'commander';
import { registerTest } from './test';
import { registerSimulate } from './simulate';
import { registerExpand } from './expand';
import { registerCatalog } from './catalog';
import { registerLint } from './lint';

/** Adds one subcommand to the program; `setExitCode` keeps the highest code reported. */
export type RegisterCommand = (program: Command, setExitCode: (code: number) => void) => void;

/** One line per subcommand (commands/<name>.ts). */
export const COMMANDS: RegisterCommand[] = [
  registerLint,
  registerTest,
  registerSimulate,
  registerExpand,
  registerCatalog,
];
