import type { Locator, Page } from 'playwright-core';

/**
 * A record open in one window while another saves it: the notice in the open form, and the
 * prompt a stale save brings up (keep mine, take theirs, or merge field by field).
 */
export class RecordConflictPage {
  constructor(readonly page: Page) {}

  /** The notice at the top of an open form whose record changed elsewhere. */
  notice(within: Locator): Locator {
    return within.getByText(/(changed in|as saved in) (another|the other) window/);
  }

  /** The prompt for a record called `noun` ("key result", "objective", …). */
  dialog(noun: string): Locator {
    const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
    return this.page.getByRole('dialog', { name: `${Noun} changed in another window` });
  }

  /** Each differing field as shown: its name and tag, your value, the other window's value. */
  async rows(noun: string): Promise<string[][]> {
    const rows = this.dialog(noun).getByRole('row');
    const count = await rows.count();
    const cells: string[][] = [];
    // The first row holds the column headings.
    for (let i = 1; i < count; i += 1) {
      cells.push((await rows.nth(i).getByRole('cell').allInnerTexts()).map((t) => t.trim()));
    }
    return cells;
  }

  /** Picks a side for a field both windows changed, by its label in a sentence ("title"). */
  async choose(noun: string, field: string, side: 'mine' | 'theirs'): Promise<void> {
    const name = side === 'mine' ? `Keep your ${field}` : `Take their ${field}`;
    await this.dialog(noun).getByRole('radio', { name }).check();
  }

  async answer(noun: string, button: 'Save merged' | 'Keep mine' | 'Take theirs'): Promise<void> {
    const dialog = this.dialog(noun);
    await dialog.getByRole('button', { name: button }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
