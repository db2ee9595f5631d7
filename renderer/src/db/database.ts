import Dexie from 'dexie';
import { DEFAULT_DB_NAME, type QuarterdeckDb } from './schema';
import { sortedKeysMiddleware } from './sortedKeys';
import { applyV1 } from './versions/v1';
import { applyV2 } from './versions/v2';
import { applyV3 } from './versions/v3';

/** Opens (or creates) a Quarterdeck database; tests pass their own name for isolation. */
export function createDb(name: string = DEFAULT_DB_NAME): QuarterdeckDb {
  const db = new Dexie(name) as QuarterdeckDb;
  applyV1(db);
  applyV2(db);
  applyV3(db);
  db.use(sortedKeysMiddleware);
  return db;
}

let current: QuarterdeckDb | null = null;

/** The app's database, opened on first use. */
export function getDb(): QuarterdeckDb {
  current ??= createDb();
  return current;
}

/** Points the app at another database (tests) and closes the previous one. */
export function setDb(db: QuarterdeckDb): void {
  if (current && current !== db) current.close();
  current = db;
}

/**
 * Starts opening the app's database now, before the first screen renders and asks for rows, so
 * the two overlap. A failure is left for that first query to meet and show, as it would without.
 */
export function openDatabaseEarly(): void {
  getDb()
    .open()
    .catch(() => undefined);
}
