import type { Browser, Locator, Page } from 'playwright-core';
import { WAIT_MS } from '../support/timeouts';

/** The facilitator's room controls on the workshop screen. Reads and waits only. */
export class RoomPanel {
  constructor(readonly page: Page) {}

  region(): Locator {
    return this.page.getByRole('region', { name: 'The room' });
  }

  /** Invites the room on the first address offered; returns the URL and the code shown. */
  async invite(): Promise<{ url: string; code: string }> {
    await this.page.getByRole('button', { name: 'Invite the room' }).click();
    await this.region().getByRole('button', { name: 'Open the room' }).click();
    const code = this.region().getByLabel(/^Join code /);
    await code.waitFor();
    const url = await this.region().locator('.room-invite__url').innerText();
    return { url, code: await code.innerText() };
  }

  async remove(name: string) {
    await this.region()
      .getByRole('button', { name: `Remove ${name} from the room` })
      .click();
  }

  async close() {
    await this.region().getByRole('button', { name: 'Close the room' }).click();
    await this.page.getByRole('button', { name: 'Invite the room' }).waitFor();
  }
}

/** A participant's phone or laptop: its own browser context, nothing shared with the app. */
export class ParticipantPage {
  private constructor(readonly page: Page) {}

  static async open(
    browser: Browser,
    url: string,
    viewport = { width: 390, height: 844 },
  ): Promise<ParticipantPage> {
    const context = await browser.newContext({ viewport, locale: 'en-GB' });
    context.setDefaultTimeout(WAIT_MS);
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('heading', { name: 'Join the room' }).waitFor();
    return new ParticipantPage(page);
  }

  async join(code: string, name: string) {
    await this.page.getByLabel('Code').fill(code);
    await this.page.getByLabel('Your name').fill(name);
    await this.page.getByRole('button', { name: 'Join' }).click();
  }

  error(): Locator {
    return this.page.getByRole('alert');
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async writeCard(text: string) {
    await this.page.getByLabel('Your idea').fill(text);
    await this.page.getByRole('button', { name: 'Add card' }).click();
  }

  myCards(): Locator {
    return this.page.getByRole('listitem');
  }

  async editCard(from: string, to: string) {
    await this.page
      .getByRole('listitem')
      .filter({ hasText: from })
      .getByRole('button', { name: 'Edit' })
      .click();
    await this.page.getByLabel('Edit card').fill(to);
    await this.page.getByRole('button', { name: 'Save' }).click();
  }

  async withdrawCard(text: string) {
    await this.page
      .getByRole('listitem')
      .filter({ hasText: text })
      .getByRole('button', { name: 'Withdraw' })
      .click();
  }

  async placeDots(dots: Record<string, number>) {
    for (const [title, count] of Object.entries(dots)) {
      for (let i = 0; i < count; i += 1) {
        await this.page.getByRole('button', { name: `Add a dot to ${title}` }).click();
      }
    }
    await this.page.getByRole('button', { name: 'Send my dots' }).click();
    await this.page.getByRole('button', { name: /^Dots sent/ }).waitFor();
  }

  async castConfidence(value: number) {
    // A person drags or uses the arrow keys; the slider moves in steps of 5.
    const slider = this.page.getByRole('slider');
    await slider.focus();
    await slider.press('Home');
    for (let i = 0; i < value / 5; i += 1) await slider.press('ArrowRight');
    await this.page.getByRole('button', { name: 'Send my vote' }).click();
    await this.page.getByRole('button', { name: new RegExp(`^Sent ${value}`) }).waitFor();
  }

  /** Sends raw requests from inside the page, as a hostile or broken client would. */
  async post(path: string, bodies: unknown[]): Promise<number[]> {
    return this.page.evaluate(
      async ({ path, bodies }) => {
        const token = sessionStorage.getItem('quarterdeck-room-token') ?? '';
        const statuses: number[] = [];
        for (const body of bodies) {
          const res = await fetch(path, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify(body),
          }).catch(() => null);
          statuses.push(res ? res.status : 0);
        }
        return statuses;
      },
      { path, bodies },
    );
  }
}
