import { createRoot } from 'react-dom/client';
import { BACKUP_TABLES, type BackupData } from '@shared/backup/fileFormat';
import { createDb } from '../../../renderer/src/db/database';
import { TOOLS_FILE_LABEL, TOOLS_GLOBAL, type BenchTools } from '../toolsTypes';

/*
 * The bench's helper page, on the app's origin so it sees the app's database. It seeds
 * profiles and holds the raw-Dexie floors: what a restore and a backup cost with nothing but
 * IndexedDB and JSON.
 */

const db = createDb();

/** Every table cleared and refilled in one read-write transaction: the restore floor. */
async function replaceAll(data: BackupData): Promise<number> {
  let rows = 0;
  await db.transaction('rw', db.tables, async () => {
    for (const table of BACKUP_TABLES) await db.table(table).clear();
    for (const table of BACKUP_TABLES) {
      await db.table(table).bulkPut(data[table]);
      rows += data[table].length;
    }
  });
  return rows;
}

let restoring: Promise<number> = Promise.reject(new Error('No file was chosen.'));
restoring.catch(() => undefined);

async function restoreFile(file: File): Promise<number> {
  const { data } = JSON.parse(await file.text()) as { data: BackupData };
  return replaceAll(data);
}

const tools: BenchTools = {
  async seed(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Could not fetch ${url}: HTTP ${response.status}`);
    const { data } = (await response.json()) as { data: BackupData };
    return replaceAll(data);
  },
  async touch() {
    const team = await db.teams.orderBy('name').first();
    if (!team) throw new Error('There is no team to touch.');
    await db.teams.update(team.id, { updatedAt: new Date().toISOString() });
  },
  restored: () => restoring,
  async backUp() {
    const data = await db.transaction('r', db.tables, async () => {
      const all: Record<string, unknown[]> = {};
      for (const table of BACKUP_TABLES) all[table] = await db.table(table).toArray();
      return all;
    });
    return JSON.stringify(data).length;
  },
};
(globalThis as unknown as Record<string, BenchTools>)[TOOLS_GLOBAL] = tools;

function Tools() {
  return (
    <main>
      <h1>Bench tools</h1>
      <label>
        {TOOLS_FILE_LABEL}{' '}
        <input
          type="file"
          accept=".json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) restoring = restoreFile(file);
          }}
        />
      </label>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The tools page has no #root element.');
createRoot(root).render(<Tools />);
