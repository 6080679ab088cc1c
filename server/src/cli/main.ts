/**
 * `ram-policy` command line: the same policy core as the editor, for CI.
 * Each subcommand lives in commands/<name>.ts and registers itself here.
 * Exit codes: 0 clean, 1 findings (errors, failed tests, denied checks), 2 usage or input errors.
 */
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export async function main(argv: string[]): Promise<number> {
  const program = new Command('ram-policy')
    .description('Lint, test and simulate Alibaba Cloud RAM policies offline.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError();
  let exitCode = EXIT_OK;
  const setExitCode = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  for (const register of COMMANDS) register(program, setExitCode);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    process.stderr.write(`ram-policy: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
  return exitCode;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`ram-policy: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
