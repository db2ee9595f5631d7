import * as z from 'zod';
import { BACKUP_TABLES, backupDataSchema, type BackupData, type BackupTable } from './fileFormat';
import { PROBLEMS } from './problems';
import { checkBackupData, type Row } from './read';

/*
 * The rows a reader of part of a backup (`readBackupRows`) keeps, and their checks: rows kept
 * whole are checked as a backup's data, rows kept for their links only by their links' schemas.
 */

/** The fields of a row that are links: its id and every id it names (`cycleId`, …). */
type LinkKey<T> = Extract<keyof T, 'id' | `${string}Id`>;

/** A row of `table` with only its links. */
export type Links<T extends BackupTable> = Pick<
  BackupData[T][number],
  LinkKey<BackupData[T][number]>
>;

/**
 * What a caller keeps of a row: all of it (`true`), checked against its table's schema and the
 * other rows kept whole; nothing (`false`); or only its links (`'links'`: its id and the ids it
 * names, each checked by its field's schema, the rest of the row unchecked and let go), for a
 * caller that only follows them, as a carried key result's lineage follows earlier quarters.
 */
export type RowUse = boolean | 'links';

/** The rows kept whole, checked as a backup's data, and those kept for their links. */
export type ReadRowsResult =
  { ok: true; data: BackupData; links: LinkRows } | { ok: false; problem: string };

/** Rows kept only for their links, by table (see {@link RowUse}). */
export type LinkRows = { [T in BackupTable]?: Links<T>[] };

const isLinkKey = (key: string): boolean => key === 'id' || key.endsWith('Id');

const built = new Map<BackupTable, z.ZodType>();

/**
 * The schema of `table`'s rows cut to their links: each link field checked by its own schema in
 * the full row's (one rule, one home), the other fields left out of the result and unchecked.
 * Built from the fields rather than with `.pick`, which a refined row schema does not allow.
 */
function linksSchema(table: BackupTable): z.ZodType {
  let schema = built.get(table);
  if (schema === undefined) {
    const { shape } = backupDataSchema.shape[table].element;
    const fields: Record<string, z.ZodType> = {};
    for (const [key, field] of Object.entries(shape)) {
      if (isLinkKey(key)) fields[key] = field;
    }
    schema = z.array(z.object(fields));
    built.set(table, schema);
  }
  return schema;
}

/** Rows sorted by what is kept of them: whole, or for their links. */
export interface Kept {
  whole: Partial<Record<BackupTable, Row[]>>;
  links: Partial<Record<BackupTable, Row[]>>;
}

/** Sorts a table's row by `use` into `kept`. */
export function keepRow(kept: Kept, table: BackupTable, row: Row, use: RowUse): void {
  if (use === true) kept.whole[table]!.push(row);
  else if (use === 'links') (kept.links[table] ??= []).push(row);
}

/** Empty lists of whole rows for every table. */
export const emptyKept = (): Kept => ({
  whole: Object.fromEntries(BACKUP_TABLES.map((table) => [table, []])),
  links: {},
});

/** The kept rows checked: the whole ones as a backup's data, the others' links. */
export function checkKept(kept: Kept): ReadRowsResult {
  const checked = checkBackupData(kept.whole);
  if (!checked.ok) return checked;
  const links = checkLinks(kept.links);
  return links
    ? { ok: true, data: checked.data, links }
    : { ok: false, problem: PROBLEMS.unexpected('a linked row is not sound') };
}

/**
 * `rows` of each table cut to their links, each link checked by its schema; null when any is
 * not sound (the caller then names the problem, as a check of the whole file would).
 */
function checkLinks(rows: Partial<Record<BackupTable, readonly Row[]>>): LinkRows | null {
  const links: Partial<Record<BackupTable, unknown>> = {};
  for (const [table, tableRows] of Object.entries(rows) as [BackupTable, readonly Row[]][]) {
    const parsed = linksSchema(table).safeParse(tableRows);
    if (!parsed.success) return null;
    links[table] = parsed.data;
  }
  // Each list was parsed by the very fields Links<T> picks from the table's row type.
  return links as LinkRows;
}
