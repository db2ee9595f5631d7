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
