import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createBrowserAutoBackups,
  openAutoBackupDb,
} from '../../../../renderer/src/db/browserAutoBackups';

const NOW = new Date('2027-03-01T12:00:00.000Z');

/** A store of its own per test, so tests never see each other's backups. */
let store: ReturnType<typeof createBrowserAutoBackups>;
let storeName: string;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  storeName = `auto-backups-${crypto.randomUUID()}`;
  store = createBrowserAutoBackups(storeName);
});

afterEach(() => {
  vi.useRealTimers();
});

const daysAgo = (n: number, hour = 9) =>
  new Date(Date.UTC(2027, 1, 1 + 28 - n, hour)).toISOString();

describe('automatic backups kept by a browser', () => {
  it('keeps a backup handed over as UTF-8 bytes, with its size, and reads it back as text', async () => {
    const text = '{"team":"Zürich"}';
    const { id } = await store.save({
      content: new TextEncoder().encode(text),
      reason: 'scheduled',
    });
    expect((await store.list()).map((b) => b.bytes)).toEqual([18]);
    expect(await store.read(id)).toEqual({ content: text });
  });

  it('lists them newest first with their size, and reads one back whole', async () => {
    await store.save({ content: '{"a":1}', reason: 'scheduled' }, new Date(daysAgo(2)));
    const { id } = await store.save(
      { content: '{"b":"é"}', reason: 'before-import' },
      new Date(daysAgo(1)),
    );

    const listed = await store.list();
    expect(listed.map((b) => [b.reason, b.bytes])).toEqual([
      ['before-import', 10],
      ['scheduled', 7],
    ]);
    expect(listed[0]).not.toHaveProperty('content');
    expect(await store.read(id)).toEqual({ content: '{"b":"é"}' });
    expect(await store.read('auto-2020-01-01T00-00-00Z-scheduled.json')).toBeNull();
  });

  it('keeps the newest backup of each of the last days and prunes the rest as it saves', async () => {
    for (let day = 20; day >= 1; day--) {
      await store.save({ content: `day ${day}`, reason: 'scheduled' }, new Date(daysAgo(day)));
      await store.save(
        { content: `day ${day}, later`, reason: 'scheduled' },
        new Date(daysAgo(day, 18)),
      );
    }
    const kept = await store.list();
    // One a day for the last week, then one a week: never two of the same day.
    const days = kept.map((b) => b.createdAt.slice(0, 10));
    expect(new Set(days).size).toBe(days.length);
    expect(kept.length).toBeLessThan(20);
    expect(await store.read(kept[0]?.id ?? '')).toEqual({ content: 'day 1, later' });
  });
});

/**
 * Version 1 of the store exactly as it shipped: metadata and text in one row. Copied, not
 * imported: if `autoBackupVersions/v1.ts` is edited, stores people already have no longer match.
 */
const V1_AS_RELEASED = { backups: 'id, createdAt' };

describe('the automatic-backup store, version 1 to 2', () => {
  const V1_ROWS = [
    {
      id: 'auto-2027-02-27T09-00-00Z-scheduled.json',
      createdAt: '2027-02-27T09:00:00.000Z',
      reason: 'scheduled',
      bytes: 12,
      content: '{"day":"27"}',
    },
    {
      id: 'auto-2027-02-28T09-00-00Z-before-import.json',
      createdAt: '2027-02-28T09:00:00.000Z',
      reason: 'before-import',
      bytes: 11,
      content: '{"b":"é"}',
    },
  ];

  it('moves every text out of the list, keeps every backup readable, and lists without texts', async () => {
    const name = `auto-backups-v1-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_AS_RELEASED);
    await old.table('backups').bulkAdd(V1_ROWS);
    expect(old.verno).toBe(1);
    old.close();

    const upgraded = openAutoBackupDb(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(2);
    expect(await upgraded.backups.orderBy('createdAt').toArray()).toEqual(
      V1_ROWS.map(({ content: _content, ...metadata }) => metadata),
    );
    expect(await upgraded.contents.toArray()).toEqual(
      V1_ROWS.map(({ id, content }) => ({ id, content })),
    );
    upgraded.close();

    const migrated = createBrowserAutoBackups(name);
    expect((await migrated.list()).map((b) => b.id)).toEqual(V1_ROWS.map((r) => r.id).reverse());
    for (const row of V1_ROWS)
      expect(await migrated.read(row.id)).toEqual({ content: row.content });
  });

  it('prunes a backup’s text with its entry', async () => {
    for (let day = 40; day >= 1; day -= 1) {
      await store.save({ content: `day ${day}`, reason: 'scheduled' }, new Date(daysAgo(day)));
    }
    const kept = await store.list();
    const db = openAutoBackupDb(storeName);
    const texts = await db.contents.toCollection().primaryKeys();
    db.close();
    expect(texts.sort()).toEqual(kept.map((b) => b.id).sort());
  });
});
