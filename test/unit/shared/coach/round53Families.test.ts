import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 53's families (splits cv and cw), in wording of our own that is in no corpus file (a
// bike-share scheme, a housing association, a print shop), so these check the classes rather
// than the rows. Each family has a near miss that must stay as it is.

const DIRECTION = 'direction-mismatch';
const GAME = 'gameable-metric';

describe("a measure named on its own goes its own word's way, in more words", () => {
  it.each([
    'Dock repair cost per bike £14 → £19',
    'Tenant support tickets per 100 homes from 6 to 9',
    'Return rate for printed banners from 4% to 7%',
    'Booking API 5xx rate at peak: 0.2% → 0.9%',
    'Get match forfeits in the junior league to 12%, from 8% now',
    'p95 repair-request processing time 3 days → 5 days',
    'Median days to re-let an empty home from 21 to 30',
  ])('reads "%s" as going the wrong way', (title) => {
    expect(rulesOf(title)).toContain(DIRECTION);
  });

  it.each([
    'Print jobs without a support contact from 70% to 85%',
    'Repair reports with a photo attached: 40% -> 75%',
    'Completion rate of actions from tenant surveys from 30% to 60%',
    'Cost savings from supplier renegotiation from £20k to £60k',
    'Median warning time of flood alerts before water reaches homes: 1 h → 3 h',
    'Average time on the booking page from 40 s to 25 s',
  ])('leaves "%s" alone', (title) => {
    expect(rulesOf(title)).not.toContain(DIRECTION);
  });
});

describe('activity counts by other names are gameable', () => {
  it.each([
    'Lines of Kotlin in the rider app from 30k to 80k',
    'Dashboards in the lettings analytics workspace: 5 → 25',
  ])('reads "%s" as gameable', (title) => {
    expect(rulesOf(title)).toContain(GAME);
  });

  it('leaves a rate measured in an app written in a language alone', () => {
    expect(rulesOf('Crash-free sessions in the Kotlin rider app from 97% to 99.5%')).not.toContain(
      GAME,
    );
  });
});
