import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { inject, onTestFinished } from 'vitest';
import { launchProfile } from './chromium';
import { WAIT_MS } from './timeouts';

/** One browser profile for a test: launch, relaunch (same profile) and clean-up. */
export class BrowserSession {
  context: BrowserContext | null = null;
  page!: Page;
  private readonly errors: string[] = [];

  private constructor(
    readonly profileDir: string,
    readonly viewport: { width: number; height: number },
    private readonly initScript: string | null,
    /** When set, the pages run on Playwright's fake clock, starting at this time. */
    private clockAt: Date | null = null,
  ) {}

  /**
   * A fresh profile for the current test, removed when it finishes; a failing test first leaves
   * a screenshot in test-results/. `initScript` runs in every page before the app, at every
   * (re)start: a way to give the app a machine that behaves differently, never to reach inside it.
   */
  static async start(
    name: string,
    viewport = { width: 1280, height: 800 },
    initScript: string | null = null,
    options: { clockAt?: Date } = {},
  ): Promise<BrowserSession> {
    const session = new BrowserSession(
      await mkdtemp(join(tmpdir(), 'quarterdeck-e2e-')),
      viewport,
      initScript,
      options.clockAt ?? null,
    );
    onTestFinished(async ({ task }) => {
      if (task.result?.state === 'fail' && session.context) {
        await mkdir('test-results', { recursive: true });
        await session.page.screenshot({
          path: join('test-results', `${name}.png`),
          fullPage: true,
        });
      }
      await session.dispose();
    });
    await session.open();
    return session;
  }

  /** Opens the app in the profile and waits until it has rendered. */
  async open(): Promise<Page> {
    this.context = await launchProfile(this.profileDir, this.viewport);
    this.context.setDefaultTimeout(WAIT_MS);
    if (this.initScript) await this.context.addInitScript(this.initScript);
    // Fake timers for every page of the profile; time still flows until a test moves it.
    if (this.clockAt) await this.context.clock.install({ time: this.clockAt });
    this.page = this.context.pages()[0] ?? (await this.context.newPage());
    this.page.on('pageerror', (error) => this.errors.push(error.message));
    await this.page.goto(inject('baseUrl'));
    await this.page.getByRole('navigation', { name: 'Cycle phases' }).waitFor();
    return this.page;
  }

  /**
   * A second window of the same profile (two tabs of `npm run web`, two desktop windows), open on
   * the app once it has drawn, the same size as the first; closed with the browser.
   */
  async secondWindow(): Promise<Page> {
    if (!this.context) throw new Error('The browser is not running.');
    const other = await this.context.newPage();
    await other.setViewportSize(this.viewport);
    await other.goto(inject('baseUrl'));
    await other.getByRole('navigation', { name: 'Cycle phases' }).waitFor();
    return other;
  }

  /**
   * Opens the app in a second window of the same profile, as a person might, runs `look` on it
   * once it has drawn, and closes it again. A second window shows only what the app has saved.
   */
  async peek<T>(look: (page: Page) => Promise<T>): Promise<T> {
    if (!this.context) throw new Error('The browser is not running.');
    const other = await this.context.newPage();
    try {
      await other.goto(inject('baseUrl'));
      await other.getByRole('navigation', { name: 'Cycle phases' }).waitFor();
      return await look(other);
    } finally {
      await other.close();
    }
  }

  /**
   * Closes the whole browser, as quitting the app would, and starts it again on the same
   * profile; on a fake clock, at `clockAt`.
   */
  async restart(options: { clockAt?: Date } = {}): Promise<Page> {
    if (options.clockAt) this.clockAt = options.clockAt;
    await this.context?.close();
    this.context = null;
    return this.open();
  }

  /** Uncaught errors the page threw; a test expects none. */
  get pageErrors(): readonly string[] {
    return this.errors;
  }

  async dispose(): Promise<void> {
    await this.context?.close();
    this.context = null;
    await rm(this.profileDir, { recursive: true, force: true });
  }
}
