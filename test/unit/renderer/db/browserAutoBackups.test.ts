import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserAutoBackups } from '../../../../renderer/src/db/browserAutoBackups';

const NOW = new Date('2027-03-01T12:00:00.000Z');

/** A store of its own per test, so tests never see each other's backups. */
let store: ReturnType<typeof createBrowserAutoBackups>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  store = createBrowserAutoBackups(`auto-backups-${crypto.randomUUID()}`);
});

afterEach(() => {
  vi.useRealTimers();
});

const daysAgo = (n: number, hour = 9) =>
  new Date(Date.UTC(2027, 1, 1 + 28 - n, hour)).toISOString();

describe('automatic backups kept by a browser', () => {
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
