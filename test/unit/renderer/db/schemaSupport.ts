import Dexie from 'dexie';
import v1Rows from '../../../fixtures/db/v1-rows.json';

/* What the schema-version tests share: the released version-1 layout, its fixture, and readers
 * of a store's shape as IndexedDB and Dexie see it. */

/**
 * Version 1 exactly as it shipped. Copied, not imported: if `versions/v1.ts` is edited, the
 * database an upgraded user already has no longer matches the code, and this test says so.
 */
export const V1_STORES_AS_RELEASED = {
  teams: 'id, name',
  cycles: 'id, teamId, [teamId+label]',
  objectives: 'id, cycleId, teamId, parentObjectiveId',
  keyResults: 'id, objectiveId, cycleId, carriedFromKeyResultId',
  checkIns: 'id, keyResultId, cycleId, sessionId, supersedesId',
  keyResultRetros: 'id, &keyResultId, cycleId',
  cycleRetros: 'id, &cycleId',
  dependencies: 'id, cycleId, objectiveId, keyResultId',
  templates: 'id, family',
  wizardDrafts: 'id, cycleId',
};

export type TableName = keyof typeof V1_STORES_AS_RELEASED;
export const TABLES = Object.keys(V1_STORES_AS_RELEASED) as TableName[];

export const FIXTURE: Record<TableName, { id: string }[]> = v1Rows;

/** Writes the fixture into a database created by plain Dexie at version 1, then closes it. */
export async function buildV1Database(name: string): Promise<void> {
  const raw = new Dexie(name);
  raw.version(1).stores(V1_STORES_AS_RELEASED);
  await raw.open();
  await raw.transaction('rw', raw.tables, async () => {
    for (const table of TABLES) await raw.table(table).bulkAdd(FIXTURE[table]);
  });
  raw.close();
}

export type StoreShape = { primaryKey: string; indexes: string[] };

/** A store's key and indexes in Dexie's schema syntax, read from IndexedDB itself. */
export function readStore(store: IDBObjectStore): StoreShape {
  const key = (keyPath: string | string[], isUnique = false) =>
    `${isUnique ? '&' : ''}${Array.isArray(keyPath) ? `[${keyPath.join('+')}]` : keyPath}`;
  const indexes = Array.from(store.indexNames, (n) => store.index(n));
  return {
    primaryKey: key(store.keyPath ?? ''),
    indexes: indexes.map((i) => key(i.keyPath, i.unique)).sort(),
  };
}

/** The stores a Dexie instance declares, in the syntax of `version().stores()`. */
export function declaredStores(d: Dexie): Record<string, string> {
  return Object.fromEntries(
    d.tables.map((t) => [
      t.name,
      [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', '),
    ]),
  );
}

export function parseSpec(spec: string): StoreShape {
  const [primaryKey = '', ...indexes] = spec.split(', ');
  return { primaryKey, indexes: indexes.sort() };
}
