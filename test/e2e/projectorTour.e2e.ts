import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AppPage } from './pages/AppPage';
import { CheckInsPage } from './pages/CheckInsPage';
import { ExportPage } from './pages/ExportPage';
import { WorkshopPage } from './pages/WorkshopPage';
import { capture } from './support/capture';
import { layoutFaults } from './support/layout';
import { currentQuarter, RELIABILITY_KRS, RELIABILITY_OBJECTIVE } from './support/plan';
import { BrowserSession } from './support/session';

/*
 * A newcomer's tour as a facilitator on a projector-sized window: a team, a quarter, a plan the
 * coach comments on, the check-ins, scoring, the retrospective and the review, plus a workshop.
 * At each screen nothing may be clipped, overlap the sidebar or sit off screen. With
 * QUARTERDECK_SCREENSHOTS set, each screen is also saved in test-results/ for a person to look at.
 */
const PROJECTORS = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

async function look(page: Page, name: string): Promise<void> {
  await capture(page, name);
  expect(await layoutFaults(page), name).toEqual([]);
}

describe('a facilitator’s first quarter on a projector', () => {
  for (const viewport of PROJECTORS) {
    const at = `${viewport.width}x${viewport.height}`;
    it(`reads cleanly at ${at}, from the first team to the exported review`, async () => {
      const session = await BrowserSession.start(`projector-tour-${at}`, viewport);
      const page = session.page;
      const app = new AppPage(page);
      const quarter = currentQuarter();
      await look(page, `tour-${at}-01-welcome`);
      await app.createTeam('Payments Platform', 'platform');
      await look(page, `tour-${at}-02-no-quarter`);
      await app.createQuarter(quarter.label, 'monthly');
      await look(page, `tour-${at}-03-setting`);
      await app.addObjective({ title: RELIABILITY_OBJECTIVE });
      await look(page, `tour-${at}-04-objective`);
      for (const kr of RELIABILITY_KRS) await app.addKeyResult(RELIABILITY_OBJECTIVE, kr);
      // An output, not an outcome: the coach flags it.
      await app.addKeyResult(RELIABILITY_OBJECTIVE, { title: 'Launch the new status page' });
      await look(page, `tour-${at}-05-key-results`);
      await app.settingStep('Review');
      await look(page, `tour-${at}-06-review`);
      await app.deleteKeyResult('Launch the new status page');
      await look(page, `tour-${at}-07-deleted-toast`);
      await app.startQuarter();
      await look(page, `tour-${at}-08-checkins-home`);

      const checkIns = new CheckInsPage(page);
      await page.getByRole('button', { name: 'Start check-in' }).click();
      await look(page, `tour-${at}-09-meeting`);
      await checkIns.answerByKeyboard({ value: '3', confidence: 70, changed: 'Runbooks' });
      await checkIns.answerByKeyboard({ value: '96', confidence: 60 });
      await checkIns.answerByKeyboard({ value: '75', confidence: 50, blockers: 'On-call gaps' });
      await page.getByRole('button', { name: 'Start check-in' }).waitFor();
      await look(page, `tour-${at}-10-after-checkin`);

      await app.moveToScoring();
      await page.getByRole('region', { name: `Scores of ${RELIABILITY_OBJECTIVE}` }).waitFor();
      await look(page, `tour-${at}-11-scoring`);
      await page.getByRole('button', { name: 'Go to the retrospective' }).click();
      await page.getByText('Key result 1 of 3').waitFor();
      await look(page, `tour-${at}-12-retro`);

      const exporter = new ExportPage(page);
      await page.getByRole('button', { name: /^Export (review|plan)…$/ }).click();
      await look(page, `tour-${at}-13-export-dialog`);
      await page.keyboard.press('Escape');
      const review = await exporter.exportAs(/^Markdown/);
      expect(review.bytes.toString('utf8')).toContain(RELIABILITY_KRS[0].title);
      await look(page, `tour-${at}-14-exported`);

      const workshop = new WorkshopPage(page);
      await workshop.open();
      await look(page, `tour-${at}-15-workshops`);
      await workshop.create('Planning workshop');
      await look(page, `tour-${at}-16-workshop`);
      await workshop.endWorkshop();
      await page.getByRole('button', { name: 'Reopen workshop' }).waitFor();
      await look(page, `tour-${at}-17-workshop-ended`);
      expect(session.pageErrors).toEqual([]);
    });
  }
});
