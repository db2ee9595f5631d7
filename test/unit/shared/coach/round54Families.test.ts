import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 54's families (splits cx and cy), in wording of our own that is in no corpus file (a
// tram operator, a seed bank, a ski resort), so these check the classes rather than the rows.
// Each family has a near miss that must stay as it is.

const DIRECTION = 'direction-mismatch';
const GAME = 'gameable-metric';

describe('more measures say their own way: abbreviations, resources per unit, errors, spans', () => {
  it.each([
    'CFR on timetable releases from 6% to 9%',
    'Traction energy per tram-km from 3.1 kWh to 3.4 kWh',
    'Mean absolute revision of the first rainfall estimate 0.9 mm → 1.3 mm',
    'Seed sample intake-to-germination-test time: 9 days -> 12 days',
    'Ski school booking conversion from 5.2% down to 4.6%',
  ])('reads "%s" as going the wrong way', (title) => {
    expect(rulesOf(title)).toContain(DIRECTION);
  });

  it.each([
    'Lift pass conversion from 3.1% up to 3.9%',
    'Time to scale the booking fleet from 4 to 40 nodes: 30 min -> 8 min',
    'Reduce traction energy per tram-km from 3.4 kWh to 3.1 kWh',
  ])('leaves "%s" alone', (title) => {
    expect(rulesOf(title)).not.toContain(DIRECTION);
  });
});

describe('finishing a mandatory module, counted, is gameable', () => {
  it('reads "… awareness module completion" as training attended', () => {
    expect(rulesOf('Data-protection awareness module completion from 55% to 100%')).toContain(GAME);
  });

  it("leaves a learner's completion of a course module alone", () => {
    expect(rulesOf('Course module completion for adult learners from 40% to 60%')).not.toContain(
      GAME,
    );
  });
});
