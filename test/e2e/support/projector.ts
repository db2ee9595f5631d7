import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { AppPage } from '../pages/AppPage';
import { PresentationPage } from '../pages/PresentationPage';
import { WorkshopPage } from '../pages/WorkshopPage';
import { currentQuarter } from './plan';

/**
 * A new team's planning workshop on the projector, its first item started and its title shown:
 * where the tests of how the projector's view looks begin.
 */
export async function projectorOnFirstItem(page: Page): Promise<PresentationPage> {
  const app = new AppPage(page);
  await app.createTeam('Payments Platform', 'platform');
  await app.createQuarter(currentQuarter().label, 'monthly');
  const workshop = new WorkshopPage(page);
  await workshop.open();
  await workshop.create('Planning workshop');
  const screen = new PresentationPage(await workshop.openPresentation());
  const [first] = await workshop.agendaTitles();
  await workshop.startItem(first!);
  await expect.poll(() => screen.title().innerText()).not.toBe('');
  return screen;
}
