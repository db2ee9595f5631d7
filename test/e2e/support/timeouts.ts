/*
 * The one place the end-to-end suites (Chromium and Electron) set how long they wait. Every
 * wait is for something a person would see: a role, a name, a text. None is a fixed sleep.
 * The numbers are generous on purpose: the suites must pass on a busy two-core machine, and a
 * wait that is met returns at once, so a long limit costs nothing when all is well.
 */

/**
 * How long any single wait may take: locator actions and waits (`page.setDefaultTimeout`),
 * `expect.poll` (the vitest config's default), app start-up and the first window.
 */
export const WAIT_MS = 30_000;

/** How long one whole test may take: a journey of many steps, each allowed {@link WAIT_MS}. */
export const TEST_MS = 10 * 60_000;
