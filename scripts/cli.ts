/**
 * Quarterdeck command line. Usage: tsx scripts/cli.ts lint PLAN.csv [--json]
 * The logic lives in ./cli/run.ts so tests can call it without a process.
 */
import { runCli } from './cli/run';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `quarterdeck: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
