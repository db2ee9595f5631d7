import type { Locator, Page } from 'playwright-core';

/** The Check-ins phase: the quarter's home, the meeting, and a key result's detail. */
export class CheckInsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Cycle phases' })
      .getByRole('button', { name: 'Check-ins' })
      .click();
  }

  /** The meeting: the region named after the key result on screen, with its value field. */
  meeting(): Locator {
    return this.page
      .getByRole('region', { name: /./ })
      .filter({ has: this.page.getByLabel(/^Current value/) });
  }

  /** The heading naming the key result on screen in the meeting. */
  currentKeyResultHeading(): Locator {
    return this.meeting().getByRole('heading', { level: 2 });
  }

  /** The title of the key result on screen in the meeting. */
  async currentKeyResult(): Promise<string> {
    return this.currentKeyResultHeading().innerText();
  }

  /**
   * Answers the KR on screen with the keyboard alone: the value field has focus; Tab moves
   * through slider, confidence and the notes; Enter saves and moves on. Returns once the
   * answered key result has left the screen (the next one shows, or the meeting ended).
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
    const answered = await this.currentKeyResult();
    await k.press('Enter');
    await this.meeting()
      .getByRole('heading', { level: 2, name: answered, exact: true })
      .waitFor({ state: 'detached' });
  }

  atRiskItem(title: string): Locator {
    return this.page
      .getByRole('region', { name: 'At risk' })
      .getByRole('listitem')
      .filter({ hasText: title })
      .first();
  }
}
