import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb } from '../../../../renderer/src/db/database';
import { DEFAULT_DB_NAME } from '../../../../renderer/src/db/schema';

/* The page's first script (renderer/public/warmDatabase.js), run as the page runs it. */

const SCRIPT = readFileSync(resolve('renderer/public/warmDatabase.js'), 'utf8');

function runScript(): void {
  new Function(SCRIPT)();
}

/**
 * The version the database had when the next open reached it. Opens queue in order, so this
 * answers after the script's own open has finished; the open is then abandoned.
 */
function versionFoundNext(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const request = indexedDB.open(DEFAULT_DB_NAME);
    request.onupgradeneeded = (event) => {
      resolvePromise(event.oldVersion);
      request.transaction!.abort();
    };
    request.onerror = (event) => event.preventDefault();
    request.onsuccess = () => {
      resolvePromise(request.result.version);
      request.result.close();
    };
    request.onblocked = () => reject(new Error('blocked'));
  });
}

afterEach(async () => {
  await Dexie.delete(DEFAULT_DB_NAME);
});

describe('warmDatabase.js', () => {
  it("opens the app's database by its name", () => {
    expect(SCRIPT).toContain(`indexedDB.open('${DEFAULT_DB_NAME}')`);
  });

  it('makes no database on a first run, and the app then makes its own', async () => {
    runScript();
    expect(await versionFoundNext()).toBe(0);
    const db = createDb();
    await db.open();
    expect(db.verno).toBe(3);
    db.close();
  });

  it('leaves a database as it was, and holds up neither the app nor an upgrade', async () => {
    const before = createDb();
    await before.teams.add({
      id: 't1',
      name: 'Search',
      function: 'product',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      revision: 0,
    });
    before.close();
    runScript();
    const after = createDb();
    expect((await after.teams.toArray()).map((t) => t.name)).toEqual(['Search']);
    after.close();
    runScript();
    // Dexie stores version 3 as 30: the next version's upgrade must not be blocked.
    const next = new Dexie(DEFAULT_DB_NAME);
    next.version(4).stores({});
    await next.open();
    expect(next.verno).toBe(4);
    next.close();
  });
});
