import type { Locator, Page } from 'playwright-core';

/** The projector's view of a workshop (a second tab in a browser). Reads only. */
export class PresentationPage {
  constructor(readonly page: Page) {}

  title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  timer(): Locator {
    return this.page.getByRole('timer');
  }

  main(): Locator {
    return this.page.getByRole('main');
  }

  cluster(title: string): Locator {
    return this.page.getByRole('region', { name: `Cluster: ${title}` });
  }

  dotResults(): Locator {
    return this.page.getByRole('list', { name: 'Dot vote results, most dots first' });
  }

  /** Shows the view at the projector's size, e.g. 1920×1080. */
  async resize(width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
  }
}
