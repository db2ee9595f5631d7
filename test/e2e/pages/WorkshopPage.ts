import type { Locator, Page } from 'playwright-core';

export type AgendaKind =
  | 'Context'
  | 'Silent writing'
  | 'Cluster'
  | 'Dot vote'
  | 'Key results'
  | 'Dependencies'
  | 'Confidence vote'
  | 'Discussion'
  | 'Wrap-up';

/**
 * The facilitator's workshop on the laptop, as a user sees it: actions by role, label and text.
 * Reads and waits only; the tests assert.
 */
export class WorkshopPage {
  constructor(readonly page: Page) {}

  /** The sidebar's way into the workshop kit. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Workshop' })
      .getByRole('button', { name: 'Workshop' })
      .click();
  }

  async create(kind: 'Planning workshop' | 'Check-in review' | 'Retrospective workshop') {
    await this.page.getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
    await this.page.getByRole('button', { name: 'Create workshop with a proposed agenda' }).click();
    await this.page.getByRole('region', { name: 'Agenda' }).waitFor();
  }

  agenda(): Locator {
    return this.page.getByRole('region', { name: 'Agenda' });
  }

  agendaItem(title: string): Locator {
    return this.agenda().getByRole('listitem', { name: `Agenda item: ${title}` });
  }

  /** Agenda item titles in order, from each row's name. */
  async agendaTitles(): Promise<string[]> {
    const rows = this.agenda().getByRole('listitem', { name: /^Agenda item: / });
    const names = await rows.evaluateAll((items) =>
      items.map((item) => item.getAttribute('aria-label') ?? ''),
    );
    return names.map((n) => n.replace(/^Agenda item: /, ''));
  }

  async editAgendaItem(title: string, fields: { title?: string; minutes?: string }) {
    await this.agenda()
      .getByRole('button', { name: `Edit ${title}` })
      .click();
    const form = this.agenda().getByRole('form', { name: `Edit agenda item ${title}` });
    if (fields.title !== undefined) await form.getByLabel('Item title').fill(fields.title);
    if (fields.minutes !== undefined) await form.getByLabel('Minutes').fill(fields.minutes);
    await form.getByRole('button', { name: 'Save item' }).click();
    await form.waitFor({ state: 'detached' });
  }

  async moveAgendaItem(title: string, direction: 'up' | 'down') {
    await this.agenda()
      .getByRole('button', { name: `Move agenda item ${direction}: ${title}` })
      .click();
  }

  async removeAgendaItem(title: string) {
    await this.agenda()
      .getByRole('button', { name: `Edit ${title}` })
      .click();
    await this.agenda()
      .getByRole('button', { name: `Remove ${title}` })
      .click();
    await this.agendaItem(title).waitFor({ state: 'detached' });
  }

  async addAgendaItem(kind: AgendaKind, title: string, minutes: string) {
    await this.agenda().getByRole('button', { name: 'Add agenda item' }).click();
    const form = this.agenda().getByRole('form', { name: 'Add an agenda item' });
    await form.getByLabel('Kind').selectOption({ label: kind });
    await form.getByLabel('Item title').fill(title);
    await form.getByLabel('Minutes').fill(minutes);
    await form.getByRole('button', { name: 'Add item' }).click();
    await this.agendaItem(title).waitFor();
  }

  async addParticipant(name: string) {
    const field = this.page.getByLabel('Participant name');
    await field.fill(name);
    await field.press('Enter');
    await this.page.getByRole('textbox', { name: `Name of ${name}` }).waitFor();
  }

  /** Opens the presentation; in a browser it is a second tab, returned once it has drawn. */
  async openPresentation(): Promise<Page> {
    const opened = this.page.context().waitForEvent('page');
    await this.page.getByRole('button', { name: 'Open presentation' }).click();
    const tab = await opened;
    await tab.getByRole('main').waitFor();
    return tab;
  }

  async setDarkProjector(isDark: boolean) {
    await this.page.getByRole('checkbox', { name: 'Dark projector' }).setChecked(isDark);
  }

  async startItem(title: string) {
    await this.agenda()
      .getByRole('button', { name: `Start ${title}` })
      .click();
  }

  /** The current item's countdown: on the workshop screen, or in the bar above a phase. */
  timer(): Locator {
    return this.page.getByRole('timer');
  }

  bar(): Locator {
    return this.page.getByRole('region', { name: 'Workshop in progress' });
  }

  async timerButton(name: 'Pause' | 'Resume' | 'Start timer' | 'Skip item' | 'Next item →') {
    await this.page
      .getByRole('group', { name: 'Timer controls' })
      .getByRole('button', { name })
      .click();
  }

  async addMinutes(minutes: 1 | 5) {
    await this.page
      .getByRole('group', { name: 'Timer controls' })
      .getByRole('button', { name: `Add ${minutes} minute${minutes === 1 ? '' : 's'}` })
      .click();
  }

  async backToWorkshop() {
    await this.bar().getByRole('button', { name: 'Back to workshop' }).click();
    await this.agenda().waitFor();
  }

  cardField(): Locator {
    return this.page.getByLabel('New idea card');
  }

  /** Types each card and presses Enter, as fast as a person transcribing sticky notes. */
  async captureCards(texts: readonly string[], author?: string) {
    if (author) await this.page.getByLabel('Written by').selectOption({ label: author });
    for (const text of texts) {
      await this.cardField().fill(text);
      await this.cardField().press('Enter');
    }
    await this.card(texts.at(-1) ?? '').waitFor();
  }

  card(text: string): Locator {
    return this.page.getByRole('button', { name: `Card: ${text}`, exact: true });
  }

  cluster(title: string, position: number): Locator {
    return this.page.getByRole('region', { name: `Cluster ${position}: ${title}` });
  }

  looseCards(): Locator {
    return this.page.getByRole('region', { name: 'Not clustered' });
  }

  /** Focuses a card and presses a key: 1–9 move it, N starts a cluster, 0 unclusters it. */
  /** A card on the clustering board (the capture step shows cards by the same name). */
  boardCard(text: string): Locator {
    return this.page
      .getByRole('group', { name: 'Idea board' })
      .getByRole('button', { name: `Card: ${text}`, exact: true });
  }

  async pressOnCard(text: string, key: string) {
    await this.boardCard(text).focus();
    await this.boardCard(text).press(key);
  }

  async renameCluster(title: string, name: string) {
    await this.page.getByRole('button', { name: `Rename cluster ${title}` }).click();
    const field = this.page.getByLabel('Cluster name');
    await field.fill(name);
    await field.press('Enter');
  }

  async dragCardTo(text: string, target: Locator) {
    await this.boardCard(text).dragTo(target);
  }

  /** Picks a card and merges it into the card it repeats. */
  async mergeDuplicate(text: string, into: string) {
    await this.card(text).click();
    const picked = this.page.getByRole('region', { name: `Selected card: ${text}` });
    await picked.getByLabel('Duplicate of').selectOption({ label: into });
    await picked.getByRole('button', { name: 'Merge' }).click();
  }

  /** One participant's private dot vote: their turn, their dots, cast and hidden. */
  async placeDots(participant: string, dots: Record<string, number>) {
    await this.page.getByRole('button', { name: `Place dots as ${participant}` }).click();
    const ballot = this.page.getByRole('region', { name: `${participant} is voting` });
    for (const [title, count] of Object.entries(dots)) {
      for (let i = 0; i < count; i += 1) {
        await ballot.getByRole('button', { name: `Add a dot to ${title}` }).click();
      }
    }
    await ballot.getByRole('button', { name: `Cast ${participant}’s vote and hide it` }).click();
    await ballot.waitFor({ state: 'detached' });
  }

  voteStatus(): Locator {
    return this.page.getByRole('region', { name: 'Whose turn' }).getByRole('status');
  }

  async revealDots() {
    await this.page.getByRole('button', { name: 'Reveal the results' }).click();
  }

  dotResults(): Locator {
    return this.page.getByRole('list', { name: /^Results:/ });
  }

  async promoteWinners() {
    await this.page.getByRole('button', { name: /^Promote \d+ ideas? to / }).click();
  }

  async startConfidenceVote(keyResult: string) {
    await this.page.getByLabel('Key result', { exact: true }).selectOption({ label: keyResult });
    await this.page.getByRole('button', { name: 'Start the confidence vote' }).click();
  }

  async castConfidence(participant: string, value: number) {
    await this.page.getByRole('button', { name: `Vote as ${participant}` }).click();
    const ballot = this.page.getByRole('region', { name: `${participant} is voting` });
    await ballot.getByLabel(`${participant}’s confidence (%)`).fill(String(value));
    await ballot.getByRole('button', { name: `Record ${participant}’s vote and hide it` }).click();
    await ballot.waitFor({ state: 'detached' });
  }

  async revealConfidence() {
    await this.page.getByRole('button', { name: 'Reveal the votes' }).click();
  }

  confidenceResults(): Locator {
    return this.page.getByRole('region', { name: 'Confidence votes revealed' });
  }

  async agreeConfidence(value: number) {
    await this.page.getByLabel('Agreed confidence (%)').fill(String(value));
    await this.page.getByRole('button', { name: 'Agree as starting confidence' }).click();
  }

  async addToList(label: 'New decision' | 'New open question', text: string) {
    const field = this.page.getByRole('textbox', { name: label, exact: true });
    await field.fill(text);
    await field.press('Enter');
  }

  async addAction(text: string, owner: string) {
    const owned = this.page.getByRole('textbox', { name: 'Owner', exact: true });
    await this.page.getByRole('textbox', { name: 'New action', exact: true }).fill(text);
    await owned.fill(owner);
    await owned.press('Enter');
  }

  async endWorkshop(fields: { minutes?: string; attendees?: string } = {}) {
    await this.page.getByRole('button', { name: 'End workshop…' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'End the workshop' });
    if (fields.minutes) await dialog.getByLabel('Duration (minutes)').fill(fields.minutes);
    if (fields.attendees) await dialog.getByLabel('Attendees').fill(fields.attendees);
    await dialog.getByRole('button', { name: 'End workshop' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** In a browser: exports the summary in a format and returns the downloaded file's path. */
  async exportSummary(format: 'PDF' | 'HTML' | 'Markdown') {
    await this.page.getByRole('button', { name: 'Export summary…' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Export the workshop summary' });
    await dialog.getByRole('radio', { name: new RegExp(`^${format}`) }).check();
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export' }).click();
    const file = await download;
    await dialog.waitFor({ state: 'detached' });
    return { name: file.suggestedFilename(), path: await file.path() };
  }
}
