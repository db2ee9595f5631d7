import { stat } from 'node:fs/promises';
import { terminalText } from '../../shared/documents/sanitize';

/** Where the CLI writes; tests pass collectors, the entry point passes process streams. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * Exit codes of every command: 0 done (no error-level finding, a valid backup, the review
 * written), 1 an error-level finding, 2 unusable input, options or output.
 */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

/**
 * The same streams, writing only what a terminal cannot be attacked with: names and titles come
 * from files, so escape sequences and bidirectional controls in them are shown as escapes.
 */
export function terminalSafe(io: CliIo): CliIo {
  return {
    stdout: (text) => io.stdout(terminalText(text)),
    stderr: (text) => io.stderr(terminalText(text)),
  };
}

/** Is this path a folder (a workspace folder) rather than a file? False when it does not exist. */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
