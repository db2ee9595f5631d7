import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBackupData } from '@shared/backup';
import { createDb, setDb } from '../../../../renderer/src/db/database';
import { exportAllData } from '../../../../renderer/src/db/repositories/backup';
import { listKeyResults } from '../../../../renderer/src/db/repositories/keyResults';
import { addCard } from '../../../../renderer/src/db/repositories/workshopBoard';
import { addParticipant } from '../../../../renderer/src/db/repositories/workshopParticipants';
import {
  agreeConfidence,
  castConfidence,
  openConfidenceRound,
  revealConfidence,
} from '../../../../renderer/src/db/repositories/workshopVotes';
import { createWorkshop, listWorkshops } from '../../../../renderer/src/db/repositories/workshops';
import type { QuarterdeckDb } from '../../../../renderer/src/db/schema';
import { V2_STORES, applyV2 } from '../../../../renderer/src/db/versions/v2';
import {
  FIXTURE,
  TABLES,
  V1_STORES_AS_RELEASED,
  buildV1Database,
  declaredStores,
  parseSpec,
  readStore,
} from './schemaSupport';

/**
 * Version 2 exactly as it shipped: the workshop kit's stores. Copied, not imported, for the
 * same reason as version 1's (see schemaSupport.ts).
 */
const V2_STORES_AS_RELEASED = {
  workshops: 'id, cycleId, teamId',
  workshopParticipants: 'id, workshopId',
  workshopCards: 'id, workshopId, clusterId, mergedIntoId',
  workshopClusters: 'id, workshopId',
  workshopBallots: 'id, workshopId, itemId, [itemId+participantId]',
  confidenceRounds: 'id, workshopId, keyResultId',
  confidenceVotes: 'id, roundId, workshopId, [roundId+participantId]',
  effortEntries: 'id, cycleId, workshopId',
};
const V2_TABLES = Object.keys(V2_STORES_AS_RELEASED) as (keyof typeof V2_STORES_AS_RELEASED)[];

let name: string;
let db: QuarterdeckDb;

beforeEach(async () => {
  name = `v2-${crypto.randomUUID()}`;
  await buildV1Database(name);
  db = createDb(name);
  setDb(db);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('a version-1 database opened by version 2', () => {
  it('keeps every version-1 row exactly as it was', async () => {
    // The current code is at a later version (3: levels), which only adds stores.
    expect(db.verno).toBeGreaterThanOrEqual(2);
    for (const table of TABLES) {
      const stored = await db.table(table).toArray();
      expect(stored.length, table).toBe(FIXTURE[table].length);
      for (const shipped of FIXTURE[table]) {
        expect(await db.table(table).get(shipped.id), `${table} ${shipped.id}`).toEqual(shipped);
      }
    }
  });

  it('gains the workshop stores, empty, with exactly their released indexes', async () => {
    expect(V2_STORES).toEqual(V2_STORES_AS_RELEASED);
    const v2Only = new Dexie(`declared-${name}`);
    applyV2(v2Only);
    expect(declaredStores(v2Only)).toEqual(V2_STORES_AS_RELEASED);

    // Version 3 adds `levels` only (see schemaV3.test.ts).
    const { levels: _v3, ...declared } = declaredStores(db);
    expect(declared).toEqual({ ...V1_STORES_AS_RELEASED, ...V2_STORES_AS_RELEASED });
    const idb = db.backendDB();
    expect([...idb.objectStoreNames].filter((n) => n !== 'levels').sort()).toEqual(
      [...TABLES, ...V2_TABLES].sort(),
    );
    const tx = idb.transaction([...V2_TABLES], 'readonly');
    for (const table of V2_TABLES) {
      expect(readStore(tx.objectStore(table)), table).toEqual(
        parseSpec(V2_STORES_AS_RELEASED[table]),
      );
    }
    for (const table of V2_TABLES) expect(await db.table(table).count(), table).toBe(0);
  });

  it('runs a workshop on the quarter written before the upgrade, and backs it all up', async () => {
    const cycleId = FIXTURE.cycles[0]!.id;
    const workshop = await createWorkshop(cycleId, 'planning');
    expect((await listWorkshops(cycleId)).map((w) => w.id)).toEqual([workshop.id]);
    const ana = await addParticipant(workshop.id, 'Ana');
    await addCard(workshop.id, 'Checkout in under two seconds', ana.id);
    const [kr] = await listKeyResults(cycleId);
    const round = await openConfidenceRound(workshop.id, kr!.id);
    await castConfidence(round.id, ana.id, 70);
    await revealConfidence(round.id);
    await agreeConfidence(round.id, 70);

    const checked = checkBackupData(await exportAllData());
    if (!checked.ok) throw new Error(checked.problem);
    expect(checked.data.workshops).toHaveLength(1);
    expect(checked.data.confidenceVotes.map((v) => v.value)).toEqual([70]);
    // The version-1 rows come out of the backup exactly as they went in.
    expect(checked.data.keyResults).toEqual(
      expect.arrayContaining(FIXTURE.keyResults.map((k) => expect.objectContaining(k))),
    );
  });
});
