import { BackupPage } from '../../../test/e2e/pages/BackupPage';
import {
  assertNoPageErrors,
  lastLongTaskEnd,
  openSession,
  waitForQuiet,
  type BenchSession,
} from '../browser';
import { DAY_STEP_MS, type SeededProfile, type Served } from '../profiles';
import type { ProbeState } from '../probeTypes';
import { PAGES } from '../site';
import { median, type PathRuns } from '../stats';
import { TOOLS_GLOBAL } from '../toolsTypes';

const HOUR_MS = 3_600_000;
/** "Until no long task": this long without one after the screen appeared. */
const QUIET_MS = 4_000;

interface Start {
  until: number;
  longest: number;
  total: number;
}

const summary = (state: ProbeState): Start => ({
  until: Math.max(state.readyAt ?? 0, lastLongTaskEnd(state)),
  longest: Math.max(0, ...state.longTasks.map((t) => t.duration)),
  total: state.longTasks.reduce((sum, t) => sum + t.duration, 0),
});

/** Changes one row, in a browser of its own, so the next backup has something new to save. */
async function touchData(served: Served, profileDir: string): Promise<void> {
  const session = await openSession(profileDir, served.probe, { readyHeading: '' });
  try {
    await session.page.goto(new URL(PAGES.tools, served.baseUrl).href);
    await session.page.evaluate(`globalThis.${TOOLS_GLOBAL}.touch()`);
  } finally {
    await session.close();
  }
}

/**
 * Checks, through the backup dialog, that the start took an automatic backup: the newest one
 * listed is not `previous` (it may still be writing when the page goes quiet: this waits).
 */
async function expectNewBackup(session: BenchSession, previous: string): Promise<string> {
  const backups = new BackupPage(session.page);
  await backups.open();
  const newest = await backups.newestAutomaticBackup(previous);
  await backups.close();
  return newest;
}

/**
 * A cold start with the clock moved by `offsetMs`, until no long task for a while. The caller
 * closes the session it returns (after checking what the start did).
 */
async function start(
  served: Served,
  profileDir: string,
  offsetMs: number,
): Promise<{
  start: Start;
  session: BenchSession;
}> {
  const session = await openSession(profileDir, served.probe, { clockOffsetMs: offsetMs });
  try {
    await session.page.goto(new URL(PAGES.app, served.baseUrl).href);
    const state = await waitForQuiet(session.page, QUIET_MS);
    assertNoPageErrors(session, 'first start of the day');
    return { start: summary(state), session };
  } catch (error) {
    await session.close();
    throw error;
  }
}

/**
 * The first start of the day: the data changed since the last automatic backup and the newest
 * one is a day old, so the app takes one while starting. The floor is the same start an hour
 * later, when no backup is due. Each run moves the page's clock another 25 hours on, so every
 * app run is a new day, after the seeded week of daily backups.
 */
export async function measureDayStart(
  served: Served,
  profile: SeededProfile,
  runs: number,
): Promise<PathRuns> {
  const app: Start[] = [];
  const floor: Start[] = [];
  let newest = profile.newestBackup;
  for (let i = 0; i < runs; i += 1) {
    const day = (i + 1) * DAY_STEP_MS;
    await touchData(served, profile.dir);
    const due = await start(served, profile.dir, day);
    try {
      newest = await expectNewBackup(due.session, newest);
    } finally {
      await due.session.close();
    }
    app.push(due.start);

    const notDue = await start(served, profile.dir, day + HOUR_MS);
    await notDue.session.close();
    floor.push(notDue.start);
  }
  return {
    name: 'first start of the day (backup due), until no long task, vs no backup due',
    app: app.map((s) => s.until),
    floor: floor.map((s) => s.until),
    details: {
      longest_task_ms: median(app.map((s) => s.longest)),
      long_tasks_total_ms: median(app.map((s) => s.total)),
      floor_longest_task_ms: median(floor.map((s) => s.longest)),
      floor_long_tasks_total_ms: median(floor.map((s) => s.total)),
    },
  };
}
