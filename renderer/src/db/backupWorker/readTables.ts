import type { BackupTable } from '@shared/backup/fileLayout';
import type { QuarterdeckDb } from '../schema';
import type { RowsRead } from '../repositories/backup';

/**
 * Rows asked for at a time. A large table read whole keeps the worker idle while the database
 * reads it, then busy while the database waits; read in parts, each part is written out while
 * the database reads the next, and the progress moves within the table.
 */
export const ROWS_PER_READ = 2_000;

type Row = { id: IDBValidKey };

/**
 * Reads every row of `tables` in one read-only transaction, so the copy is consistent, and
 * hands them to `onRows` in the order given, each table's rows in key order (as `toArray`
 * gives them), {@link ROWS_PER_READ} at a time (a table's last part may be empty). The next
 * part is asked for the moment one arrives, before `onRows` handles it, so the database reads
 * while the rows are written out. The rows are counted in the same transaction right behind the
 * first part, so the progress has a total that holds from its first report. Resolves with the
 * number of rows read; rejects with what `onRows` or `onProgress` threw (a stop), the
 * transaction ended.
 *
 * Native IndexedDB under the app's Dexie connection: Dexie adds nothing to these reads (the
 * schema's only middleware orders keys on writes), and a request sent from the success handler
 * is sure to leave before the rows are handled.
 */
export async function readTablesInParts(
  db: QuarterdeckDb,
  tables: readonly BackupTable[],
  onRows: (table: BackupTable, rows: readonly Row[]) => void,
  onProgress?: (progress: RowsRead) => void,
): Promise<number> {
  if (!db.isOpen()) await db.open();
  const tx = db.backendDB().transaction([...tables], 'readonly');
  return new Promise<number>((resolve, reject) => {
    let rows = 0;
    let total: number | null = null;
    let failed = false;
    /** Runs a step of the caller's; a throw ends the reading (the transaction aborted). */
    const guard = (step: () => void) => {
      if (failed) return;
      try {
        step();
      } catch (error) {
        failed = true;
        reject(error);
        tx.abort();
      }
    };
    const read = (index: number, after: IDBValidKey | null) => {
      const table = tables[index]!;
      const range = after === null ? null : IDBKeyRange.lowerBound(after, true);
      const request = tx.objectStore(table).getAll(range, ROWS_PER_READ);
      request.onsuccess = () => {
        const part = request.result as Row[];
        // The next read goes out first: the database works while this part is written.
        if (part.length === ROWS_PER_READ) read(index, part[part.length - 1]!.id);
        else if (index + 1 < tables.length) read(index + 1, null);
        rows += part.length;
        guard(() => {
          if (total !== null) onProgress?.({ rows, total });
          onRows(table, part);
        });
      };
    };
    if (tables.length > 0) read(0, null);
    if (onProgress) {
      let counted = 0;
      let sum = 0;
      for (const table of tables) {
        const request = tx.objectStore(table).count();
        request.onsuccess = () => {
          sum += request.result;
          counted += 1;
          if (counted < tables.length) return;
          total = sum;
          guard(() => onProgress({ rows, total: sum }));
        };
      }
    }
    tx.oncomplete = () => resolve(rows);
    tx.onabort = () => {
      if (!failed) reject(tx.error ?? new Error('Reading the data was interrupted.'));
    };
  });
}
