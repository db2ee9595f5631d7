import { join } from 'node:path';
import { describe, it } from 'vitest';
import { acmeWorkspace } from '../support/organisation';
import { OrganisationPage } from './pages/OrganisationPage';
import { BrowserSession } from './support/session';

/*
 * Screenshots of the organisation view's screens for a person to look at, at laptop and
 * projector sizes. Only on request: `QUARTERDECK_ORG_SCREENSHOTS=<folder> npm run test:e2e`.
 */
const folder = process.env.QUARTERDECK_ORG_SCREENSHOTS;

const SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'projector', width: 1280, height: 720 },
  { name: 'wide', width: 1920, height: 1080 },
] as const;

describe('organisation screenshots', () => {
  it.skipIf(!folder)('captures the overview, the tree, the map and the levels', async () => {
    for (const size of SIZES) {
      const session = await BrowserSession.start(`org-screens-${size.name}`, size);
      const org = new OrganisationPage(session.page);
      await org.restore(acmeWorkspace().data);
      for (const [screen, file] of [
        ['Overview', 'overview'],
        ['Alignment tree', 'tree'],
        ['Dependency map', 'map'],
        ['Levels and teams', 'levels'],
      ] as const) {
        await org.open(screen);
        await session.page.getByText(/^Loading/).waitFor({ state: 'detached' });
        if (screen === 'Alignment tree') {
          await org.treeObjective('Payments never fail', 'Group: Core Platform').click();
        }
        await session.page.screenshot({ path: join(folder!, `${file}-${size.name}.png`) });
      }
      await session.page.keyboard.press('Control+k');
      await session.page.getByRole('dialog', { name: 'Go to' }).getByRole('combobox').fill('check');
      await session.page.screenshot({ path: join(folder!, `palette-${size.name}.png`) });
      await session.dispose();
    }
  });
});
