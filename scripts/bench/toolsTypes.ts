/*
 * What the bench's tools page (floor/tools.tsx) offers the bench as `globalThis.benchTools`:
 * seeding a profile, and the raw-Dexie floors for restore and backup. Types only.
 */
export interface BenchTools {
  /** Replaces the database with the backup at `url` (raw Dexie); returns the rows written. */
  seed(url: string): Promise<number>;
  /** Changes one row, so the next automatic backup has something new to save. */
  touch(): Promise<void>;
  /** Settles when the restore the file input started has committed (the restore floor). */
  restored(): Promise<number>;
  /** Reads every table in one transaction and serialises it (the backup floor); returns length. */
  backUp(): Promise<number>;
}

export const TOOLS_GLOBAL = 'benchTools';

/** The label of the tools page's file input. */
export const TOOLS_FILE_LABEL = 'Backup file';
