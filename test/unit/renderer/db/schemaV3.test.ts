import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { levelSchema, objectiveSchema } from '@shared/domain';
import { createDb, setDb } from '../../../../renderer/src/db/database';
import { listParentGroups } from '../../../../renderer/src/db/repositories/cycles';
import { listOwners } from '../../../../renderer/src/db/repositories/levels';
import type { QuarterdeckDb } from '../../../../renderer/src/db/schema';
import { V3_STORES, applyV3 } from '../../../../renderer/src/db/versions/v3';
import { V1_STORES } from '../../../../renderer/src/db/versions/v1';
import { V2_STORES } from '../../../../renderer/src/db/versions/v2';
import v1Rows from '../../../fixtures/db/v1-rows.json';
import { Workspace } from '../../../support/organisation';

/** Version 3 exactly as it shipped: copied, not imported, so an edit of `v3.ts` is caught. */
const V3_STORES_AS_RELEASED = { levels: 'id, &teamId, groupId' };

type Rows = Record<string, { id: string }[]>;

/**
 * Builds a database at the previous released version (2: version 1 plus the workshop's stores)
 * with plain Dexie and `rows`, as a user who has not upgraded has it, then closes it.
 */
async function buildPreviousVersion(name: string, rows: Rows): Promise<void> {
  const raw = new Dexie(name);
  raw.version(1).stores(V1_STORES);
  raw.version(2).stores(V2_STORES);
  await raw.open();
  await raw.transaction('rw', raw.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await raw.table(table).bulkAdd(list);
  });
  raw.close();
}

/**
 * The v1 fixture plus a workspace from before levels: a "Company goals" team whose objective the
 * other teams aligned to, and a link within one team, which levels cannot keep.
 */
function legacyRows(): { rows: Rows; ids: Record<string, string> } {
  const w = new Workspace();
  const company = w.owner('Company goals');
  const team = w.owner('Checkout');
  const goal = w.objective(w.quarter(company), 'Grow revenue');
  const teamQ = w.quarter(team);
  const aligned = w.objective(teamQ, 'Checkout converts', goal);
  const within = w.objective(teamQ, 'Within the team', aligned);
  const fixture = v1Rows as Rows;
  const rows: Rows = { ...fixture };
  for (const table of ['teams', 'cycles', 'objectives'] as const) {
    rows[table] = [...(fixture[table] ?? []), ...w.data[table]];
  }
  return {
    rows,
    ids: { company: company.id, team: team.id, aligned: aligned.id, within: within.id },
  };
}

let name: string | null = null;
let db: QuarterdeckDb | null = null;

async function openUpgraded(rows: Rows): Promise<QuarterdeckDb> {
  name = `v3-${crypto.randomUUID()}`;
  await buildPreviousVersion(name, rows);
  const opened = createDb(name);
  setDb(opened);
  await opened.open();
  db = opened;
  return opened;
}

afterEach(async () => {
  db?.close();
  if (name) await Dexie.delete(name);
  [db, name] = [null, null];
});

describe('version 3: levels', () => {
  it('is declared exactly as released, on top of version 2', () => {
    expect(V3_STORES).toEqual(V3_STORES_AS_RELEASED);
    const only = new Dexie(`declared-${crypto.randomUUID()}`);
    only.version(1).stores(V1_STORES);
    only.version(2).stores(V2_STORES);
    applyV3(only);
    const levels = only.tables.find((t) => t.name === 'levels')!;
    expect([levels.schema.primKey.src, ...levels.schema.indexes.map((i) => i.src)].join(', ')).toBe(
      V3_STORES_AS_RELEASED.levels,
    );
  });

  it('opens a version-2 database (the version-1 rows) unchanged when nothing was aligned, with no levels', async () => {
    const db = await openUpgraded(v1Rows as Rows);
    expect(await db.levels.count()).toBe(0);
    for (const [table, rows] of Object.entries(v1Rows as Rows)) {
      for (const row of rows) expect(await db.table(table).get(row.id), table).toEqual(row);
    }
    expect((await listOwners()).every((o) => o.kind === 'team')).toBe(true);
    const idb = db.backendDB();
    const store = idb.transaction('levels', 'readonly').objectStore('levels');
    expect(store.keyPath).toBe('id');
    expect(store.index('teamId').unique).toBe(true);
    expect(store.index('groupId').unique).toBe(false);
  });

  it('infers levels from how teams aligned, and detaches what cannot stand', async () => {
    const { rows, ids } = legacyRows();
    const db = await openUpgraded(rows);
    const levels = await db.levels.toArray();
    expect(levels.map((l) => [l.teamId, l.kind])).toEqual([[ids.company, 'organisation']]);
    for (const level of levels) expect(levelSchema.parse(level)).toEqual(level);
    const aligned = await db.objectives.get(ids.aligned!);
    expect(aligned?.parentObjectiveId).not.toBeNull();
    const within = await db.objectives.get(ids.within!);
    expect(objectiveSchema.parse(within).parentObjectiveId).toBeNull();
    // The team now picks its parent from the organisation's objectives.
    const teamQuarter = await db.cycles.where('teamId').equals(ids.team!).first();
    const groups = await listParentGroups(teamQuarter!);
    expect(
      groups.map((g) => [g.owner.name, g.owner.kind, g.objectives.map((o) => o.title)]),
    ).toEqual([['Company goals', 'organisation', ['Grow revenue']]]);
  });
});
