import type { BrowserContext, Page } from 'playwright-core';
import { launchProfile } from '../../test/e2e/support/chromium';
import {
  PROBE_CONFIG_GLOBAL,
  PROBE_STATE_GLOBAL,
  type ProbeConfig,
  type ProbeState,
} from './probeTypes';

/** One generous limit for anything the bench waits on: the large workspace on a busy machine. */
export const BENCH_TIMEOUT_MS = 300_000;

/** The heading of the quarter's home, which says a cold start has arrived. */
export const HOME_HEADING = 'Check-ins';

/** A browser on one profile with the probe injected into every page, and its page errors. */
export interface BenchSession {
  context: BrowserContext;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/**
 * Launches Chromium on `profileDir` (the e2e suite's flags and finder) with the probe running
 * before every page's own scripts. Each launch is a new browser process, so a page opened in it
 * is a cold start: the database is opened from disk, as when the app starts.
 */
export async function openSession(
  profileDir: string,
  probe: string,
  config: Partial<ProbeConfig> = {},
): Promise<BenchSession> {
  const full: ProbeConfig = { clockOffsetMs: 0, readyHeading: HOME_HEADING, ...config };
  const context = await launchProfile(profileDir);
  context.setDefaultTimeout(BENCH_TIMEOUT_MS);
  await context.addInitScript({
    content: `globalThis.${PROBE_CONFIG_GLOBAL} = ${JSON.stringify(full)};\n${probe}`,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors, close: () => context.close() };
}

/** What the probe has recorded so far, and the page's clock (ms since navigation start). */
export async function readProbe(page: Page): Promise<{ now: number; state: ProbeState }> {
  return (await page.evaluate(
    `({ now: performance.now(), state: globalThis.${PROBE_STATE_GLOBAL} })`,
  )) as { now: number; state: ProbeState };
}

/** Waits until the ready heading has been painted; returns the probe's record. */
export async function waitForReady(page: Page): Promise<ProbeState> {
  // A function, not a string: the app's CSP forbids the eval a string predicate needs.
  await page.waitForFunction(
    (key) => {
      const state = (globalThis as unknown as Record<string, ProbeState | undefined>)[key];
      return state !== undefined && state.readyAt !== null;
    },
    PROBE_STATE_GLOBAL,
    { timeout: BENCH_TIMEOUT_MS, polling: 50 },
  );
  return (await readProbe(page)).state;
}

/** When the last long task ended (0 when there was none). */
export function lastLongTaskEnd(state: ProbeState): number {
  return Math.max(0, ...state.longTasks.map((t) => t.start + t.duration));
}

/**
 * Waits until the page has had no long task for `quietMs` and returns the probe's record. From
 * `ready` (a start: "until no long task" ends at the last long task after the screen appeared)
 * or from `now` (before a timed action, so leftovers of loading the page do not count).
 */
export async function waitForQuiet(
  page: Page,
  quietMs: number,
  from: 'ready' | 'now' = 'ready',
): Promise<ProbeState> {
  const started = Date.now();
  const { now: calledAt } = await readProbe(page);
  for (;;) {
    const { now, state } = await readProbe(page);
    if (!state.hasLongTasks) throw new Error('This Chromium does not report long tasks.');
    const base = from === 'ready' ? state.readyAt : calledAt;
    if (base !== null && now - Math.max(base, lastLongTaskEnd(state)) >= quietMs) return state;
    if (Date.now() - started > BENCH_TIMEOUT_MS) throw new Error('The page never went quiet.');
    await page.waitForTimeout(200);
  }
}

/** Fails the run when the page threw: a figure from a broken page would mislead. */
export function assertNoPageErrors(session: BenchSession, what: string): void {
  if (session.errors.length > 0) {
    throw new Error(`${what}: the page threw: ${session.errors.join('; ')}`);
  }
}
