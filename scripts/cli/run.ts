import { readFileSync } from 'node:fs';
import { EXIT, isFolder, terminalSafe, type CliIo } from './io';

/*
 * Each command's module is imported when that command runs, so an export does not evaluate the
 * KR coach (lint) or the workspace folder code at start-up (the bundle keeps dynamic imports lazy).
 */

export const USAGE = `usage: quarterdeck lint PLAN.csv|DIR [--json]
       quarterdeck validate BACKUP.json [--json]
       quarterdeck export BACKUP.json|DIR --team NAME --quarter LABEL --format FORMAT [--out FILE]
       quarterdeck export BACKUP.json --organisation --quarter LABEL --format md|html [--out FILE]
       quarterdeck to-folder BACKUP.json DIR
       quarterdeck from-folder DIR BACKUP.json

  lint PLAN.csv          check a plan CSV with the KR coach
  lint DIR               check every team-quarter file (*.okrs.json) of a workspace folder
  validate BACKUP.json   check a backup file and print what it holds
  export BACKUP.json     write one quarter's review from a backup (or a workspace folder); FORMAT
                         is md, html, docx, csv (key results) or csv-checkins; FILE defaults to a
                         name like Team-2027-Q1-review.html in the current directory
  --organisation         the department review of the quarter across every team instead:
                         the alignment tree with roll-ups, each team's line, failed
                         dependencies; FILE defaults to Department-2027-Q1-review.md
  to-folder              write a backup's workspace into a folder, one file per team and quarter
                         (only changed files; other quarters' files are left alone)
  from-folder            write a backup of everything a workspace folder holds, to restore in the app
  --json                 print { "findings": [...], "rowErrors": [...] } (lint of a CSV),
                         { "files": [...], "fileErrors": [...] } (lint of a folder) or the
                         summary (validate) as JSON

exit: 0 no error-level findings, a valid backup or the review written, 1 error-level findings
      or cells that cannot be imported (each named; the other rows are still checked),
      2 the file cannot be read or parsed, is not a valid backup, has no such team or quarter,
      a bad option, the review cannot be written, or a folder file cannot be read (each named;
      the others are still used)
`;

/**
 * The version package.json declares, written into backups the CLI makes. Looked up from this
 * module upwards: `npm run cli` runs it bundled into node_modules/.cache, not from scripts/cli.
 */
function appVersion(): string {
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    try {
      const pkg: unknown = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
      if (isOwnPackage(pkg)) return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
    } catch {
      // No package.json here (or not one that parses): look further up.
    }
    if (new URL('../', dir).href === dir.href) return '0.0.0';
  }
}

const isOwnPackage = (pkg: unknown): pkg is { version?: unknown } =>
  typeof pkg === 'object' && pkg !== null && (pkg as { name?: unknown }).name === 'quarterdeck';

/**
 * Runs one CLI command; returns the exit code instead of exiting, so tests can call it. Every
 * line it prints goes through {@link terminalSafe}.
 */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io = terminalSafe(rawIo);
  const fail = (reason: string, withUsage = false): number => {
    io.stderr(`quarterdeck: ${reason}\n${withUsage ? `\n${USAGE}` : ''}`);
    return EXIT.failure;
  };
  const isJson = argv.includes('--json');
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  // export takes options with values, so it parses its own arguments.
  if (argv[0] === 'export' && argv.includes('--organisation')) {
    const { exportDepartmentFromBackup } = await import('./exportDepartment');
    return exportDepartmentFromBackup(argv.slice(1), io);
  }
  if (argv[0] === 'export') {
    const { exportReviewFromBackup } = await import('./export');
    return exportReviewFromBackup(argv.slice(1), io);
  }
  const unknown = argv.find((a) => a.startsWith('-') && a !== '--json');
  if (unknown) return fail(`unknown option ${unknown}`, true);
  const [command, file, ...rest] = argv.filter((a) => a !== '--json');
  if (command === undefined) return fail('missing command', true);
  if (command === 'to-folder' || command === 'from-folder') {
    const [to] = rest;
    if (file === undefined || to === undefined) {
      return fail(
        command === 'to-folder'
          ? 'to-folder needs a backup file and a folder'
          : 'from-folder needs a folder and a backup file to write',
        true,
      );
    }
    if (rest.length > 1) return fail(`unexpected argument "${rest[1]}"`, true);
    const { backupToFolder, folderToBackup } = await import('./folder');
    return command === 'to-folder'
      ? backupToFolder(file, to, io)
      : folderToBackup(file, to, io, appVersion());
  }
  if (command !== 'lint' && command !== 'validate') {
    return fail(`unknown command "${command}"`, true);
  }
  if (file === undefined) {
    return fail(
      command === 'lint' ? 'lint needs a plan file' : 'validate needs a backup file',
      true,
    );
  }
  if (rest.length > 0) return fail(`unexpected argument "${rest[0]}"`, true);
  if (command === 'validate') {
    const { validateBackupFile } = await import('./validate');
    return validateBackupFile(file, io, isJson);
  }
  if (await isFolder(file)) {
    const { lintFolder } = await import('./folder');
    return lintFolder(file, io, isJson);
  }
  const { lintPlanFile } = await import('./lintPlan');
  return lintPlanFile(file, io, isJson);
}
