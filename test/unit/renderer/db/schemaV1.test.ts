import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  checkInSchema,
  cycleRetroSchema,
  cycleSchema,
  dependencySchema,
  keyResultRetroSchema,
  keyResultSchema,
  objectiveSchema,
  teamSchema,
  templateSchema,
  wizardDraftSchema,
} from '@shared/domain';
import { createDb, setDb } from '../../../../renderer/src/db/database';
import { createCycle, listCycles } from '../../../../renderer/src/db/repositories/cycles';
import {
  listKeyResults,
  updateKeyResult,
} from '../../../../renderer/src/db/repositories/keyResults';
import {
  listObjectives,
  updateObjective,
} from '../../../../renderer/src/db/repositories/objectives';
import type { QuarterdeckDb } from '../../../../renderer/src/db/schema';
import { V1_STORES, applyV1 } from '../../../../renderer/src/db/versions/v1';
import { rejectionOf } from './builders';
import {
  FIXTURE,
  TABLES,
  V1_STORES_AS_RELEASED,
  buildV1Database,
  declaredStores,
  parseSpec,
  readStore,
  type TableName,
} from './schemaSupport';

const ENTITY_SCHEMAS = {
  teams: teamSchema,
  cycles: cycleSchema,
  objectives: objectiveSchema,
  keyResults: keyResultSchema,
  checkIns: checkInSchema,
  keyResultRetros: keyResultRetroSchema,
  cycleRetros: cycleRetroSchema,
  dependencies: dependencySchema,
  templates: templateSchema,
  wizardDrafts: wizardDraftSchema,
} satisfies Record<TableName, z.ZodType>;

let name: string;
let db: QuarterdeckDb;

beforeEach(async () => {
  name = `v1-${crypto.randomUUID()}`;
  await buildV1Database(name);
  db = createDb(name);
  setDb(db);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('a database written by version 1', () => {
  it('has fixture rows for every table', () => {
    expect(Object.keys(FIXTURE).sort()).toEqual([...TABLES].sort());
    for (const table of TABLES) expect(FIXTURE[table].length, table).toBeGreaterThan(0);
  });

  it('opens with the current code; every row is still there, unchanged and valid today', async () => {
    for (const table of TABLES) {
      const stored = new Map(
        (await db.table(table).toArray()).map((r: { id: string }) => [r.id, r]),
      );
      expect(stored.size, table).toBe(FIXTURE[table].length);
      for (const shipped of FIXTURE[table]) {
        const row: unknown = stored.get(shipped.id);
        const where = `${table} ${shipped.id}`;
        // A later version may add fields in its upgrade, but never lose or change what shipped.
        expect(row, where).toMatchObject(shipped);
        const parsed = ENTITY_SCHEMAS[table].safeParse(row);
        expect(parsed.error?.issues ?? [], where).toEqual([]);
        // Nothing is stripped or changed either. Today's schema may only add fields it defaults
        // (a quarter retro's headline and asks read as empty; every editable row's revision as
        // 0), which needs no new version.
        expect(parsed.data, where).toEqual({ ...(parsed.data as object), ...(row as object) });
        const added = Object.keys(parsed.data as object).filter((k) => !(k in (row as object)));
        const defaulted = table === 'cycleRetros' ? ['headline', 'asks', 'revision'] : ['revision'];
        expect(added, where).toEqual(table === 'wizardDrafts' ? [] : defaulted);
        if (table !== 'wizardDrafts')
          expect((parsed.data as { revision: number }).revision).toBe(0);
      }
    }
  });

  it('is still declared exactly as released', () => {
    expect(V1_STORES).toEqual(V1_STORES_AS_RELEASED);
    const v1Only = new Dexie(`declared-${name}`);
    applyV1(v1Only);
    expect(declaredStores(v1Only)).toEqual(V1_STORES_AS_RELEASED);
  });

  it('keeps every released store and index after opening with the current code', () => {
    // Version 2 only added stores (see schemaV2.test.ts); no later version changed one of these.
    const declared = declaredStores(db);
    for (const table of TABLES) expect(declared[table], table).toBe(V1_STORES_AS_RELEASED[table]);
    const idb = db.backendDB();
    expect([...idb.objectStoreNames]).toEqual(expect.arrayContaining(TABLES));
    const tx = idb.transaction([...TABLES], 'readonly');
    for (const table of TABLES) {
      expect(readStore(tx.objectStore(table)), table).toEqual(
        parseSpec(V1_STORES_AS_RELEASED[table]),
      );
    }
  });

  it('serves the repositories: lists come back in their stored order', async () => {
    const [team] = FIXTURE.teams;
    const [cycle] = FIXTURE.cycles;
    expect((await listCycles(team!.id)).map((c) => c.label)).toEqual(['2027-Q1']);
    const objectives = await listObjectives(cycle!.id);
    expect(objectives.map((o) => o.order)).toEqual([0, 1]);
    const krs = await listKeyResults(cycle!.id);
    expect(krs).toHaveLength(3);
    expect(krs.filter((k) => k.objectiveId === objectives[0]!.id).map((k) => k.order)).toEqual([
      0, 1,
    ]);
  });

  it('lets the team keep editing what it wrote before the upgrade', async () => {
    const [objective] = FIXTURE.objectives;
    const [kr] = await listKeyResults(FIXTURE.cycles[0]!.id);
    const renamed = await updateObjective(objective!.id, {
      title: 'Checkout is fast',
      description: '',
      kind: 'committed',
      businessNeed: 'Grow revenue',
      engineeringLever: 'Conversion',
      parentObjectiveId: null,
    });
    expect(await db.objectives.get(objective!.id)).toEqual(renamed);
    const { id: _id, objectiveId: _o, cycleId: _c, ...rest } = kr!;
    const edited = await updateKeyResult(kr!.id, { ...rest, target: 1.2 });
    expect(await db.keyResults.get(kr!.id)).toMatchObject({ target: 1.2, title: kr!.title });
    expect(edited.target).toBe(1.2);
  });

  it('still enforces its unique and compound indexes on the upgraded data', async () => {
    const [team] = FIXTURE.teams;
    const error = await rejectionOf(
      createCycle(team!.id, {
        label: '2027-Q1',
        startDate: '2027-01-01',
        endDate: '2027-03-31',
        cadence: 'weekly',
      }),
    );
    expect(error.message).toBe('This team already has a quarter called 2027-Q1.');

    const [retro] = await db.keyResultRetros.toArray();
    const duplicate = await rejectionOf(
      db.keyResultRetros.add({ ...retro!, id: crypto.randomUUID() }),
    );
    expect(duplicate.name).toBe('ConstraintError');
    expect(await db.keyResultRetros.count()).toBe(1);
  });
});
