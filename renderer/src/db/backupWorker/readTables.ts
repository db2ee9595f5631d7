import type { BackupTable } from '@shared/backup/fileFormat';
import type { IndexableType, Table } from 'dexie';
import type { QuarterdeckDb } from '../schema';
import type { RowsRead } from '../repositories/backup';

/**
 * Rows asked for at a time. A large table read whole keeps the worker idle while the database
 * reads it, then busy while the database waits; read in parts, each part is written out while
 * the database reads the next, and the progress moves within the table.
 */
export const ROWS_PER_READ = 2_000;

type Row = { id: IndexableType };

/** Up to {@link ROWS_PER_READ} rows of `table` in key order, after `after` (from the start if null). */
function readPart(table: Table, after: IndexableType | null): Promise<Row[]> {
  const rows = after === null ? table.limit(ROWS_PER_READ) : table.where(':id').above(after);
  return (after === null ? rows : rows.limit(ROWS_PER_READ)).toArray() as Promise<Row[]>;
}

/**
 * Reads every row of `tables` in one transaction, so the copy is consistent, and hands them to
 * `onRows` in the order given, each table's rows in key order (as `toArray` gives them), a part
 * at a time: the next part is always asked for before `onRows` handles this one. The rows are
 * counted in the same transaction right behind the first part (which is then written out
 * while they are counted), so the progress has a total that holds from its first report.
 * Returns the number of rows read.
 */
export async function readTablesInParts(
  db: QuarterdeckDb,
  tables: readonly BackupTable[],
  onRows: (table: BackupTable, rows: readonly Row[]) => void,
  onProgress?: (progress: RowsRead) => void,
): Promise<number> {
  return db.transaction('r', db.tables, async () => {
    let rows = 0;
    let total: number | null = null;
    let index = 0;
    let next = tables.length > 0 ? readPart(db.table(tables[0]!), null) : null;
    const counted = onProgress
      ? Promise.all(db.tables.map((t) => t.count())).then((counts) => {
          total = counts.reduce((a, b) => a + b, 0);
          onProgress({ rows, total });
        })
      : Promise.resolve();
    while (next) {
      const table = tables[index]!;
      const part = await next;
      // The next read goes out before this part is written: the database works meanwhile.
      if (part.length === ROWS_PER_READ) {
        next = readPart(db.table(table), part[part.length - 1]!.id);
      } else {
        index += 1;
        next = index < tables.length ? readPart(db.table(tables[index]!), null) : null;
      }
      rows += part.length;
      if (total !== null) onProgress?.({ rows, total });
      onRows(table, part);
    }
    await counted;
    return rows;
  });
}
