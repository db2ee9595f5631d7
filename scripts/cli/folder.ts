import { readFolderFiles, writeWorkspaceFolder } from '../../electron/main/workspaceFolder';
import { writeFileAtomic } from '../../electron/main/atomicWrite';
import { sha256HexNode } from '../../electron/main/sha256';
import { describeFsError, readTextFile } from '../../electron/main/textFile';
import { createBackup, serializeBackup } from '../../shared/backup/fileFormat';
import { readBackup } from '../../shared/backup/read';
import { planInputFromEntities } from '../../shared/domain/coach/adapters';
import { coachPlan } from '../../shared/domain/coach/coach';
import { formatCount } from '../../shared/domain/format';
import { joinFolder, type ReadFolderResult } from '../../shared/folder/workspaceFolder';
import { TEAM_QUARTER_EXTENSION } from '../../shared/folder/teamQuarterFile';
import { EXIT, type CliIo } from './io';
import { formatFindings, jsonFindings } from './lintReport';

/** Reads a whole workspace folder; every file that cannot be read is named on stderr. */
export async function readWorkspaceFolder(
  dir: string,
  io: CliIo,
): Promise<ReadFolderResult | { failed: string }> {
  let files;
  try {
    files = await readFolderFiles(dir);
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
  const joined = joinFolder(files.entries);
  const problems = [...files.problems, ...joined.problems];
  for (const p of problems) io.stderr(`quarterdeck: ${dir}/${p.name}: ${p.problem}\n`);
  if (files.entries.length + files.problems.length === 0) {
    return { failed: `${dir} holds no team-quarter files (*${TEAM_QUARTER_EXTENSION})` };
  }
  return { ...joined, problems };
}

/**
 * `quarterdeck lint DIR`: coaches every team-quarter file in a workspace folder, each under its
 * file's name, with the same findings and exit codes as a plan CSV: 1 when any key result has
 * an error-level finding, 2 when a file cannot be read (the others are still coached).
 */
export async function lintFolder(dir: string, io: CliIo, isJson: boolean): Promise<number> {
  const folder = await readWorkspaceFolder(dir, io);
  if ('failed' in folder) {
    io.stderr(`quarterdeck: ${folder.failed}\n`);
    return EXIT.failure;
  }
  const { data } = folder;
  const labels = {
    teams: Object.fromEntries(data.teams.map((t) => [t.id, t.name])),
    quarters: Object.fromEntries(data.cycles.map((c) => [c.id, c.label])),
  };
  const perFile = folder.quarters.map((q) => {
    // As in the app: a quarter's possible parents are the other teams' objectives of that quarter.
    const label = data.cycles.find((c) => c.id === q.cycleId)?.label;
    const siblings = new Set(
      data.cycles.filter((c) => c.label === label && c.teamId !== q.teamId).map((c) => c.id),
    );
    const parents = data.objectives
      .filter((o) => siblings.has(o.cycleId))
      .map((o) => ({ id: o.id, title: o.title }));
    const objectives = data.objectives.filter((o) => o.cycleId === q.cycleId);
    const keyResults = data.keyResults.filter((kr) => kr.cycleId === q.cycleId);
    const findings = coachPlan(planInputFromEntities(objectives, keyResults, parents, labels));
    return { file: q.name, objectives, krCount: keyResults.length, findings };
  });
  if (isJson) {
    io.stdout(
      `${JSON.stringify(
        {
          files: perFile.map((f) => ({ file: f.file, findings: jsonFindings(f.findings) })),
          fileErrors: folder.problems.map((p) => ({ file: p.name, message: p.problem })),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const blocks = perFile.map((f) =>
      formatFindings(
        `${f.file}: ${formatCount(f.objectives.length, 'objective')}, ${formatCount(f.krCount, 'key result')}`,
        [...f.objectives]
          .sort((a, b) => a.order - b.order)
          .map((o) => ({ id: o.id, heading: o.title })),
        f.findings,
      ),
    );
    io.stdout(blocks.join('\n'));
  }
  if (folder.problems.length > 0) return EXIT.failure;
  const all = perFile.flatMap((f) => f.findings);
  return all.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
}

/**
 * `quarterdeck to-folder BACKUP.json DIR`: writes a backup's workspace into a folder, one file
 * per team and quarter; only changed files are written, and files of quarters the backup does
 * not hold are left alone.
 */
export async function backupToFolder(backup: string, dir: string, io: CliIo): Promise<number> {
  const text = await readTextFile(backup);
  const read = text.ok
    ? await readBackup(text.text, { sourceBytes: text.bytes, sha256Hex: sha256HexNode })
    : { ok: false as const, problem: text.problem };
  if (!read.ok) {
    io.stderr(`quarterdeck: ${backup}: ${read.problem}\n`);
    return EXIT.failure;
  }
  let result;
  try {
    result = await writeWorkspaceFolder(dir, read.file.data);
  } catch (error) {
    io.stderr(`quarterdeck: cannot write to ${dir}: ${describeFsError(error, 'no such folder')}\n`);
    return EXIT.failure;
  }
  for (const b of result.blocked) {
    io.stderr(`quarterdeck: ${dir}/${b.name}: not written: the file ${b.problem}\n`);
  }
  io.stdout(
    `${dir}: ${formatCount(result.writes.length, 'file')} written, ${result.unchanged} unchanged` +
      `${result.removes.length > 0 ? `, ${formatCount(result.removes.length, 'old name')} removed` : ''}\n`,
  );
  return result.blocked.length > 0 ? EXIT.failure : EXIT.ok;
}

/**
 * `quarterdeck from-folder DIR BACKUP.json`: writes a backup of everything a folder holds, which
 * the app restores (with its preview and undo). Files that cannot be read are named and left out;
 * the command then exits 2 so a script notices.
 */
export async function folderToBackup(
  dir: string,
  backup: string,
  io: CliIo,
  appVersion: string,
): Promise<number> {
  const folder = await readWorkspaceFolder(dir, io);
  if ('failed' in folder) {
    io.stderr(`quarterdeck: ${folder.failed}\n`);
    return EXIT.failure;
  }
  try {
    await writeFileAtomic(backup, serializeBackup(await createBackup(folder.data, appVersion)));
  } catch (error) {
    io.stderr(`quarterdeck: cannot write ${backup}: ${describeFsError(error, 'no such folder')}\n`);
    return EXIT.failure;
  }
  io.stdout(
    `Wrote ${formatCount(folder.quarters.length, 'team quarter')} from ${dir} to ${backup}\n`,
  );
  return folder.problems.length > 0 ? EXIT.failure : EXIT.ok;
}
