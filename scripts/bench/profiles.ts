import { cp } from 'node:fs/promises';
import { AppPage } from '../../test/e2e/pages/AppPage';
import { BackupPage } from '../../test/e2e/pages/BackupPage';
import { HOME_HEADING, assertNoPageErrors, openSession } from './browser';
import { PAGES } from './site';
import { TOOLS_GLOBAL, type BenchTools } from './toolsTypes';
import type { WorkloadTarget } from './workload';

/** Where the bench serves the site, and the probe it injects. */
export interface Served {
  baseUrl: string;
  probe: string;
}

/** A profile's data and the line its newest automatic backup has in the backup dialog. */
export interface SeededProfile {
  dir: string;
  target: WorkloadTarget;
  newestBackup: string;
}

/**
 * A profile in steady use has a week of daily automatic backups (the rotation keeps seven),
 * and every start lists them: seeding makes them, so starts are measured with that cost.
 */
export const SEEDED_DAYS = 7;
/** A day and an hour: each seeded start is on a new day and a backup is due. */
export const DAY_STEP_MS = 25 * 3_600_000;

/** Runs the tools page's `seed(url)` or `touch()` (as page code: no closures over Node). */
const callTools = async ([key, seedUrl]: readonly [string, string | null]): Promise<void> => {
  const helpers = (globalThis as unknown as Record<string, BenchTools>)[key]!;
  await (seedUrl === null ? helpers.touch() : helpers.seed(seedUrl));
};

/**
 * Fills a fresh profile with a workspace and a week of use. The rows go in through raw Dexie
 * on the tools page (seeding is not measured); then the app is started once a day for
 * {@link SEEDED_DAYS} days, its clock moved back so the last start is now. The first start
 * points it at the quarter through its own pickers; before each later one a row changes, so
 * every start takes its daily automatic backup, as it would for a person using it every day.
 */
export async function seedProfile(
  served: Served,
  dir: string,
  dataPath: string,
  target: WorkloadTarget,
): Promise<SeededProfile> {
  let newestBackup: string | null = null;
  for (let day = 0; day < SEEDED_DAYS; day += 1) {
    const clockOffsetMs = (day - (SEEDED_DAYS - 1)) * DAY_STEP_MS;
    const session = await openSession(dir, served.probe, { readyHeading: '', clockOffsetMs });
    try {
      const { page } = session;
      await page.goto(new URL(PAGES.tools, served.baseUrl).href);
      const seedUrl = day === 0 ? new URL(dataPath, served.baseUrl).href : null;
      await page.evaluate(callTools, [TOOLS_GLOBAL, seedUrl] as const);
      await page.goto(new URL(PAGES.app, served.baseUrl).href);
      if (day === 0) {
        await page.getByLabel('Team', { exact: true }).selectOption({ label: target.teamName });
        await page
          .getByLabel('Quarter', { exact: true })
          .selectOption({ label: target.quarterLabel });
        await new AppPage(page).phaseNav('Check-ins').click();
      }
      await page.getByRole('heading', { level: 2, name: HOME_HEADING, exact: true }).waitFor();
      const backups = new BackupPage(page);
      await backups.open();
      newestBackup = await backups.newestAutomaticBackup(newestBackup);
      await backups.close();
      assertNoPageErrors(session, `seeding day ${day + 1}`);
    } finally {
      await session.close();
    }
  }
  return { dir, target, newestBackup: newestBackup ?? '' };
}

/** A copy of a seeded profile, so a path that changes data cannot disturb another's figures. */
export async function copyProfile(from: SeededProfile, to: string): Promise<SeededProfile> {
  await cp(from.dir, to, { recursive: true });
  return { ...from, dir: to };
}
