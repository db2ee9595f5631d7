import { cp } from 'node:fs/promises';
import { AppPage } from '../../test/e2e/pages/AppPage';
import { BackupPage } from '../../test/e2e/pages/BackupPage';
import { HOME_HEADING, assertNoPageErrors, openSession } from './browser';
import { PAGES } from './site';
import type { WorkloadTarget } from './workload';
import { TOOLS_GLOBAL } from './toolsTypes';

/** Where the bench serves the site, and the probe it injects. */
export interface Served {
  baseUrl: string;
  probe: string;
}

/**
 * Fills a fresh profile with a workspace and leaves the app on its quarter home. The rows go
 * in through raw Dexie on the tools page (seeding is not measured); then the app is opened
 * once and pointed at the quarter through its own pickers, and it takes its first automatic
 * backup, as it would for a person who has used it before. Returns how many automatic
 * backups the profile then holds.
 */
export async function seedProfile(
  served: Served,
  profileDir: string,
  dataPath: string,
  target: WorkloadTarget,
): Promise<number> {
  const session = await openSession(profileDir, served.probe, { readyHeading: '' });
  try {
    const { page } = session;
    await page.goto(new URL(PAGES.tools, served.baseUrl).href);
    await page.evaluate(
      ([tools, url]) =>
        (globalThis as unknown as Record<string, { seed(u: string): Promise<number> }>)[
          tools
        ]!.seed(url),
      [TOOLS_GLOBAL, new URL(dataPath, served.baseUrl).href] as const,
    );
    await page.goto(new URL(PAGES.app, served.baseUrl).href);
    const app = new AppPage(page);
    await page.getByLabel('Team', { exact: true }).selectOption({ label: target.teamName });
    await page.getByLabel('Quarter', { exact: true }).selectOption({ label: target.quarterLabel });
    await app.phaseNav('Check-ins').click();
    await page.getByRole('heading', { level: 2, name: HOME_HEADING, exact: true }).waitFor();
    // The first start takes an automatic backup; wait for it, so later starts find one.
    const backups = new BackupPage(page);
    await backups.open();
    await backups.automaticBackups.first().waitFor();
    const count = await backups.automaticBackups.count();
    await backups.close();
    assertNoPageErrors(session, 'seeding');
    return count;
  } finally {
    await session.close();
  }
}

/** A copy of a seeded profile, so a path that changes data cannot disturb another's figures. */
export async function copyProfile(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
}
