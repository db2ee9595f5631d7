import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels, methodName } from '../../shared/ipc/contract';
import { AppPage, type KeyResultFields } from '../e2e/pages/AppPage';
import { findElectronBinary, missingDisplayReason } from './electronBinary';
import {
  createProfile,
  launchQuarterdeck,
  removeProfile,
  repoRoot,
  type RunningApp,
} from './launch';

const binary = findElectronBinary();
const noDisplay = missingDisplayReason();
const skipReason = !binary.isInstalled
  ? `Electron binary not installed (${binary.reason}): skipping Electron e2e; run \`npm install\` with network access to fetch it`
  : noDisplay
    ? `No display for Electron (${noDisplay}): skipping Electron e2e`
    : null;
if (skipReason) console.warn(skipReason);
const isSkipped = skipReason !== null;
const executablePath = binary.isInstalled ? binary.path : '';

const OBJECTIVE = 'Make shipping boring and safe';
const KEY_RESULTS: KeyResultFields[] = [
  {
    title: 'Raise deploy frequency from 3 to 10 per week',
    metric: 'Production deploys per week',
    unit: 'count',
    baseline: '3',
    target: '10',
  },
  {
    title: 'Raise service test coverage from 55% to 80%',
    metric: 'Line coverage of core services',
    unit: '%',
    baseline: '55',
    target: '80',
  },
  {
    title: 'Grow self-service environments from 2 to 12',
    metric: 'Environments created without a ticket',
    unit: 'count',
    baseline: '2',
    target: '12',
  },
];

describe('Quarterdeck desktop app', () => {
  let profile = '';
  let running: RunningApp | null = null;
  let pageErrors: string[] = [];

  const launch = async (): Promise<RunningApp & { ui: AppPage }> => {
    running = await launchQuarterdeck(executablePath, profile);
    running.window.setDefaultTimeout(15_000);
    running.window.on('pageerror', (error) => pageErrors.push(error.message));
    return { ...running, ui: new AppPage(running.window) };
  };

  beforeEach(async () => {
    pageErrors = [];
    if (!isSkipped) profile = await createProfile();
  });

  afterEach(async (context) => {
    if (running && context.task.result?.state === 'fail') {
      const dir = join(repoRoot, 'test-results', 'electron-e2e');
      await mkdir(dir, { recursive: true });
      const name = context.task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      await running.window.screenshot({ path: join(dir, `${name}.png`) }).catch(() => undefined);
    }
    await running?.app.close();
    running = null;
    if (profile) await removeProfile(profile);
    profile = '';
  });

  it.skipIf(isSkipped)(
    'opens one window titled Quarterdeck, served from the app protocol',
    async () => {
      const { app, window } = await launch();
      const titles = await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((win) => win.getTitle()),
      );
      expect(titles).toEqual(['Quarterdeck']);
      expect(window.url()).toMatch(/^app:\/\/quarterdeck\//);
      await window.getByRole('heading', { name: 'Welcome to Quarterdeck' }).waitFor();
      expect(pageErrors).toEqual([]);
    },
  );

  it.skipIf(isSkipped)('gives the page the typed bridge but no Node.js', async () => {
    const { window } = await launch();
    expect(await window.evaluate('typeof require')).toBe('undefined');
    expect(await window.evaluate('typeof process')).toBe('undefined');
    expect(await window.evaluate('Object.keys(window.quarterdeck).sort()')).toEqual(
      channels.map(methodName).sort(),
    );
    expect(await window.evaluate('window.quarterdeck.appGetInfo()')).toMatchObject({
      ok: true,
      data: { name: 'Quarterdeck', host: 'desktop' },
    });
    const csp = await window.evaluate(
      "fetch('/index.html').then((response) => response.headers.get('content-security-policy'))",
    );
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it.skipIf(isSkipped)(
    'keeps a team, quarter, objective and key results across a restart',
    async () => {
      const { app, ui } = await launch();
      await ui.createTeam('Platform', 'platform');
      await ui.createQuarter('2027-Q1', 'weekly');
      await ui.addObjective({ title: OBJECTIVE });
      for (const kr of KEY_RESULTS) await ui.addKeyResult(OBJECTIVE, kr);
      expect(await ui.keyResultTitles(OBJECTIVE)).toEqual(KEY_RESULTS.map((kr) => kr.title));
      await app.close();
      running = null;

      const { window, ui: reopened } = await launch();
      await window.getByRole('heading', { level: 1, name: 'Platform · 2027-Q1' }).waitFor();
      await reopened.objective(OBJECTIVE).waitFor();
      expect(await reopened.keyResultTitles(OBJECTIVE)).toEqual(KEY_RESULTS.map((kr) => kr.title));
      expect(pageErrors).toEqual([]);
    },
  );
});
