import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type BackupTable } from './fileFormat';
import { checkKept, emptyKept, keepRow, type ReadRowsResult, type RowUse } from './keptRows';
import { PROBLEMS } from './problems';
import {
  checkBackupData,
  headerSchema,
  isRow,
  isShallow,
  mayHoldProtoKey,
  openParsed,
  parseText,
  sectionMatches,
  type ReadBackupOptions,
  type Row,
} from './read';
import { FILE_TABLE_ORDER } from './fileLayout';
import { dataSectionOf } from './write';

export type { ReadRowsResult, RowUse } from './keptRows';

/** The rows every selection is given whole: the teams and their quarters, unchecked. */
export interface RowContext {
  teams: readonly Row[];
  cycles: readonly Row[];
}

/**
 * Which rows a caller of {@link readBackupRows} keeps: given every team and quarter, what to
 * keep of a row of a table, one row at a time. Deciding row by row is what lets a file be read
 * a part at a time, the rows not kept let go as soon as their part has been checked.
 */
export type RowPicker = (context: RowContext) => (table: BackupTable, row: Row) => RowUse;

/**
 * Reads a backup for a caller that uses only some of its rows (the command line exporting one
 * quarter): the whole file is checked as `readBackup` checks it (marker, version, no prototype
 * keys or absurd nesting anywhere, header, checksum, every table a list of rows, upgrade) but
 * only the rows `pick` keeps whole are checked against the schemas and each other, and only
 * the links of those it keeps for them; only they come back. A file with a problem among the
 * kept rows is described as `readBackup` would describe it, with the row's place in the file.
 *
 * A file laid out as this build writes it is read a part at a time (see {@link readByParts}):
 * a whole parsed workspace is never held, so the collector never copies or marks one. Any other
 * file, and any file with a problem, is read whole, which names the problem exactly as before.
 */
export async function readBackupRows(
  text: string,
  pick: RowPicker,
  options: ReadBackupOptions = {},
): Promise<ReadRowsResult> {
  try {
    const byParts = await readByParts(text, pick, options);
    if (byParts) return byParts;
  } catch {
    // Anything unexpected on the way: the whole file is read below, and that names it.
  }
  return readWhole(text, pick, options);
}

/** The tables of `data` when each is a list of objects (rows), else null. */
function asRows(data: Row): Readonly<Record<BackupTable, readonly Row[]>> | null {
  for (const table of BACKUP_TABLES) {
    const rows = data[table];
    if (!Array.isArray(rows) || !rows.every(isRow)) return null;
  }
  return data as unknown as Readonly<Record<BackupTable, readonly Row[]>>;
}

const NOT_ROWS = {
  ok: false,
  problem: PROBLEMS.unexpected('a table is not a list of rows'),
} as const;

/**
 * The whole file's first problem, as `readBackup` names it (with its place among all the rows),
 * or `otherwise` when the full check finds none.
 */
function wholeFileProblem(data: Row, otherwise: ReadRowsResult): ReadRowsResult {
  const whole = checkBackupData(data);
  return whole.ok ? otherwise : whole;
}

/** {@link readBackupRows} for any file: parsed whole, every problem named as `readBackup` would. */
async function readWhole(
  text: string,
  pick: RowPicker,
  options: ReadBackupOptions,
): Promise<ReadRowsResult> {
  try {
    const parsed = parseText(text);
    if (!parsed.ok) return parsed;
    const opened = await openParsed(parsed.json, text, options);
    if (!opened.ok) return opened;
    const rows = asRows(opened.data);
    // A table that is not a list of rows: the full check names it as readBackup would.
    if (rows === null) return wholeFileProblem(opened.data, NOT_ROWS);
    const use = pick({ teams: rows.teams, cycles: rows.cycles });
    const kept = emptyKept();
    for (const table of BACKUP_TABLES) {
      for (const row of rows[table]) keepRow(kept, table, row, use(table, row));
    }
    const checked = checkKept(kept);
    // The problem's path counts the kept rows only: find the same problem in the whole file.
    return checked.ok ? checked : wholeFileProblem(opened.data, checked);
  } catch (error) {
    return {
      ok: false,
      problem: PROBLEMS.unexpected(error instanceof Error ? error.message : String(error)),
    };
  }
}

const DATA_KEY = '"data":';

/**
 * Where each table's list lies in `text`, whose `data` (from `start` to `end`) is written as
 * canonical JSON: `{"checkIns":[…],"confidenceRounds":[…],…}`, every table once, in key order.
 * Null for any other layout. The keys are found from the end backwards, each before the one
 * that follows it: the first table (check-ins, nearly all of a large file) is then never
 * searched through, only the smaller ones after it. The same key written inside a row (a wizard
 * draft may hold any) may be found instead of the table's own; a list cut at the wrong place
 * does not parse, and the caller reads the file whole instead. Lists that all parse are the
 * tables, wherever the keys were found: JSON reads `{"a":[…],"b":[…]}` one way only.
 */
function tableSpans(
  text: string,
  start: number,
  end: number,
): Record<BackupTable, [number, number]> | null {
  const spans: Partial<Record<BackupTable, [number, number]>> = {};
  if (text.charCodeAt(end - 1) !== 0x7d /* } */) return null;
  let to = end - 1;
  for (let i = FILE_TABLE_ORDER.length - 1; i >= 0; i -= 1) {
    const table = FILE_TABLE_ORDER[i]!;
    const key = `${i === 0 ? '{' : ','}"${table}":`;
    const at = i === 0 ? start : text.lastIndexOf(key, to - key.length);
    if (at < start || (i > 0 && at === start) || !text.startsWith(key, at)) return null;
    const from = at + key.length;
    if (from > to) return null;
    spans[table] = [from, to];
    to = at;
  }
  return spans as Record<BackupTable, [number, number]>;
}

/**
 * About how much of a table's text is parsed at once. A part's rows are let go once they are
 * checked and picked, so the young generation of the heap stays small and nothing that is not
 * kept lives long enough to be copied or marked by the collector. The text of a part (copied
 * once, with its brackets) stays under 128 KB, above which V8 keeps a string in its
 * large-object space until a full collection.
 */
const PART_CHARS = 100 * 1024;

/**
 * Gives `visit` each row of the table whose list is `text.slice(from, to)`, in order, and says
 * whether the list parses to rows (objects) nested no deeper than the file allows (rows of a
 * part that does not are never visited). A long list is parsed in
 * parts cut between two rows, found as the text that starts a row as the first row starts (its
 * first key, as canonical JSON writes keys in order): a part cut inside a row (an inner object
 * that starts the same way) does not parse, and is then extended to the next such place. Parts
 * that do parse are the list's rows in order, as JSON reads a list one way only.
 */
function tableRows(text: string, [from, to]: [number, number], visit: (row: Row) => void): boolean {
  if (text.charCodeAt(from) !== 0x5b /* [ */ || text.charCodeAt(to - 1) !== 0x5d /* ] */) {
    return false;
  }
  const take = (rows: unknown): boolean => {
    // A table sits at depth 2 of the file (the file, `data`, the table), as its parts do.
    if (!Array.isArray(rows) || !rows.every(isRow) || !isShallow(rows, 2)) return false;
    for (const row of rows) visit(row);
    return true;
  };
  const end = to - 1;
  const firstKeyEnd = text.startsWith('{"', from + 1) ? text.indexOf('"', from + 3) : -1;
  if (end - from <= PART_CHARS || firstKeyEnd < 0 || firstKeyEnd > end) {
    return take(JSON.parse(text.slice(from, to)));
  }
  // `},{"blockers":` between two check-ins, say.
  const rowStart = `},${text.slice(from + 1, firstKeyEnd + 2)}`;
  const nextCut = (after: number): number => {
    const found = text.indexOf(rowStart, after);
    return found >= 0 && found < end ? found + 1 : end;
  };
  for (let at = from + 1; at < end;) {
    let cut = end - at > PART_CHARS ? nextCut(at + PART_CHARS) : end;
    let rows: unknown;
    for (;;) {
      try {
        rows = JSON.parse(`[${text.slice(at, cut)}]`);
        break;
      } catch {
        if (cut === end) return false;
        cut = nextCut(cut + 1);
      }
    }
    if (!take(rows)) return false;
    at = cut + 1;
  }
  return true;
}

/**
 * {@link readBackupRows} for a file of this build's format and layout whose rows are all sound:
 * the header is parsed on its own and each table's text separately, in parts, each checked as
 * the whole file would be (a list of rows nested no deeper than allowed, no prototype key
 * anywhere in the text), and only what is picked of its rows kept; the checksum is taken of the file's own
 * bytes. Null whenever anything is not so (another layout or version, any problem at all): the
 * whole file is then read, which names the problem. The result, when there is one, is what the
 * whole read gives: the same rows, checked by the same schemas.
 */
async function readByParts(
  text: string,
  pick: RowPicker,
  options: ReadBackupOptions,
): Promise<ReadRowsResult | null> {
  if (mayHoldProtoKey(text)) return null;
  const dataAt = text.indexOf(DATA_KEY);
  if (dataAt < 0) return null;
  // The header as the file writes it, with `data` left out: `{"format":…,"data":null}`.
  const head: unknown = JSON.parse(`${text.slice(0, dataAt + DATA_KEY.length)}null}`);
  if (!isRow(head) || head.format !== BACKUP_FORMAT || head.formatVersion !== BACKUP_VERSION) {
    return null;
  }
  const header = headerSchema().safeParse(head);
  if (!header.success) return null;
  const section = dataSectionOf(text, { ...header.data, formatVersion: BACKUP_VERSION });
  if (section === null || section.start !== dataAt + DATA_KEY.length) return null;
  const spans = tableSpans(text, section.start, section.end);
  if (spans === null) return null;
  if (!(await sectionMatches({ text, ...section }, header.data.checksum, options))) return null;

  const teams: Row[] = [];
  const cycles: Row[] = [];
  if (!tableRows(text, spans.teams, (row) => teams.push(row))) return null;
  if (!tableRows(text, spans.cycles, (row) => cycles.push(row))) return null;
  const use = pick({ teams, cycles });
  const kept = emptyKept();
  for (const table of BACKUP_TABLES) {
    const visit = (row: Row) => keepRow(kept, table, row, use(table, row));
    if (table === 'teams') teams.forEach(visit);
    else if (table === 'cycles') cycles.forEach(visit);
    else if (!tableRows(text, spans[table], visit)) return null;
  }
  const checked = checkKept(kept);
  return checked.ok ? checked : null;
}
