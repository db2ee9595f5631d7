import { assertNoPageErrors, openSession, waitForReady } from '../browser';
import type { SeededProfile, Served } from '../profiles';
import { PAGES } from '../site';
import type { PathRuns } from '../stats';
import type { WorkloadTarget } from '../workload';

/** One cold start: a new browser on the profile, until `url`'s quarter home is painted. */
async function coldStart(served: Served, profileDir: string, url: string): Promise<number> {
  const session = await openSession(profileDir, served.probe);
  try {
    await session.page.goto(url);
    const { readyAt } = await waitForReady(session.page);
    assertNoPageErrors(session, url);
    return readyAt!;
  } finally {
    await session.close();
  }
}

/** The floor page's address for a profile's quarter. */
export function floorUrl(served: Served, target: WorkloadTarget): string {
  const url = new URL(PAGES.coldStartFloor, served.baseUrl);
  url.searchParams.set('team', target.teamId);
  url.searchParams.set('cycle', target.cycleId);
  return url.href;
}

/**
 * Cold starts in rounds of four, back to back: the app on the large workspace, the floor page on
 * the same profile, the app on the small workspace and the floor page on it. Three paths come out
 * of the same rounds: large vs the floor, large vs small, and the floor's own large vs small, the
 * part of the app's large-vs-small gap that the browser and the database's size account for.
 */
export async function measureColdStarts(
  served: Served,
  large: SeededProfile,
  small: SeededProfile,
  runs: number,
): Promise<PathRuns[]> {
  const appUrl = new URL(PAGES.app, served.baseUrl).href;
  const appLarge: number[] = [];
  const floorLarge: number[] = [];
  const appSmall: number[] = [];
  const floorSmall: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    appLarge.push(await coldStart(served, large.dir, appUrl));
    floorLarge.push(await coldStart(served, large.dir, floorUrl(served, large.target)));
    appSmall.push(await coldStart(served, small.dir, appUrl));
    floorSmall.push(await coldStart(served, small.dir, floorUrl(served, small.target)));
  }
  return [
    {
      name: 'cold start to the quarter home (large) vs floor page',
      app: appLarge,
      floor: floorLarge,
    },
    { name: 'cold start, large vs small workspace', app: appLarge, floor: appSmall },
    {
      name: 'floor page, large vs small workspace (the reference for the line above)',
      app: floorLarge,
      floor: floorSmall,
    },
  ];
}
