import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The Check-ins phase: the quarter's home, the meeting, and a key result's detail. */
export class CheckInsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Cycle phases' })
      .getByRole('button', { name: 'Check-ins' })
      .click();
  }

  meeting(): Locator {
    return this.page
      .getByRole('region', { name: /./ })
      .filter({ has: this.page.getByLabel(/^Current value/) });
  }

  /** The title of the key result on screen in the meeting. */
  async currentKeyResult(): Promise<string> {
    return this.page
      .locator('#' + (await this.page.locator('.meeting').getAttribute('aria-labelledby')))
      .innerText();
  }

  /**
   * Answers the KR on screen with the keyboard alone: the value field has focus; Tab moves
   * through slider, confidence and the notes; Enter saves and moves on.
   */
  async answerByKeyboard(answer: {
    value: string;
    confidence: number;
    changed?: string;
    blockers?: string;
  }): Promise<void> {
    const k = this.page.keyboard;
    await this.page.getByLabel(/^Current value/).waitFor();
    await k.press('Control+a');
    await k.type(answer.value);
    await k.press('Tab'); // slider
    await k.press('Tab'); // confidence number
    await k.press('Control+a');
    await k.type(String(answer.confidence));
    await k.press('Tab');
    if (answer.changed) await k.type(answer.changed);
    await k.press('Tab');
    if (answer.blockers) await k.type(answer.blockers);
    const before = await this.currentKeyResult();
    await k.press('Enter');
    const heading = this.page.locator('.meeting h2');
    // Saved once the next KR is on screen, or the meeting has ended.
    await expect
      .poll(async () => (await heading.count()) === 0 || (await heading.innerText()) !== before)
      .toBe(true);
  }

  atRiskItem(title: string): Locator {
    return this.page
      .getByRole('region', { name: 'At risk' })
      .getByRole('listitem')
      .filter({ hasText: title })
      .first();
  }
}
