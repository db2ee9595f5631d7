import { sha256HexNode } from '../../electron/main/sha256';
import { readTextFile } from '../../electron/main/textFile';
import { readBackup } from '../../shared/backup/read';
import { BACKUP_TABLES, BACKUP_VERSION, ROW_LABELS } from '../../shared/backup/fileFormat';
import type { BackupSummary } from '../../shared/backup/summary';
import { formatCount } from '../../shared/domain/format';
import { EXIT, type CliIo } from './io';

/** What a valid backup holds, for a person: header, teams with their quarters, row counts. */
export function formatBackupSummary(file: string, summary: BackupSummary): string {
  const lines = [
    `${file}: Quarterdeck backup, format ${summary.formatVersion}${
      summary.formatVersion < BACKUP_VERSION ? ` (upgraded to ${BACKUP_VERSION} when restored)` : ''
    }`,
    `  made by Quarterdeck ${summary.appVersion} at ${summary.createdAt}`,
    '',
    summary.teams.length === 0 ? 'No teams' : 'Teams',
    ...summary.teams.map(
      (t) => `  ${t.name}: ${t.quarters.length > 0 ? t.quarters.join(', ') : 'no quarters'}`,
    ),
    '',
    'Contents',
    ...BACKUP_TABLES.map((t) => `  ${formatCount(summary.counts[t], ROW_LABELS[t].toLowerCase())}`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * `quarterdeck validate BACKUP.json`: prints what a backup holds and returns 0, or writes
 * one line saying what is wrong and returns 2. `--json` prints the summary as JSON.
 */
export async function validateBackupFile(file: string, io: CliIo, isJson = false): Promise<number> {
  const text = await readTextFile(file);
  const read = text.ok
    ? await readBackup(text.text, { sourceBytes: text.bytes, sha256Hex: sha256HexNode })
    : { ok: false as const, problem: text.problem };
  if (!read.ok) {
    io.stderr(`quarterdeck: ${file}: ${read.problem}\n`);
    return EXIT.failure;
  }
  io.stdout(
    isJson ? `${JSON.stringify(read.summary, null, 2)}\n` : formatBackupSummary(file, read.summary),
  );
  return EXIT.ok;
}
