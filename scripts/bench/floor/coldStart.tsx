import { createRoot } from 'react-dom/client';
import type { CheckIn, KeyResult } from '@shared/domain';
import { createDb } from '../../../renderer/src/db/database';

/*
 * The honest floor for a cold start: a blank Vite + React page, served like the app, that opens
 * the same database and reads what the quarter home needs (the teams, the team's quarters, the
 * quarter's objectives, key results and check-ins) with raw Dexie, then renders one line per
 * key result under the same heading the app's home has. Nothing else: no validation, no
 * derived figures, no backups. `?team=<id>&cycle=<id>` says which quarter.
 */

const params = new URLSearchParams(location.search);
const teamId = params.get('team') ?? '';
const cycleId = params.get('cycle') ?? '';
const db = createDb();

const [teams, cycles, objectives, keyResults, checkIns] = await Promise.all([
  db.teams.orderBy('name').toArray(),
  db.cycles.where('teamId').equals(teamId).toArray(),
  db.objectives.where('cycleId').equals(cycleId).toArray(),
  db.keyResults.where('cycleId').equals(cycleId).toArray(),
  db.checkIns.where('cycleId').equals(cycleId).toArray(),
]);

const latest = new Map<string, CheckIn>();
for (const checkIn of checkIns) {
  const seen = latest.get(checkIn.keyResultId);
  if (!seen || seen.date < checkIn.date) latest.set(checkIn.keyResultId, checkIn);
}

function Home({ rows }: { rows: KeyResult[] }) {
  return (
    <main>
      <p>
        {teams.find((t) => t.id === teamId)?.name} · {cycles.find((c) => c.id === cycleId)?.label} ·{' '}
        {objectives.length} objectives
      </p>
      <h2>Check-ins</h2>
      <ul>
        {rows.map((kr) => (
          <li key={kr.id}>
            {kr.title}: {latest.get(kr.id)?.value ?? '—'}
          </li>
        ))}
      </ul>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The floor page has no #root element.');
createRoot(root).render(<Home rows={keyResults} />);
