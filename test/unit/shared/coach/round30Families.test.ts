import { describe, expect, it } from 'vitest';
import { coachKeyResult } from '../../../../shared/domain/coach';
import { kr, rulesOf } from './helpers';

// Round 30's families (splits bb and bc, train-30), in wording of our own that is in no corpus
// file (vanilla growers, silkworm rearers, tortoise sanctuaries, rope-walks, trapeze schools,
// sugar-beet growers, pet groomers), so these check the classes rather than the rows. Each
// family has a near miss that must stay as it is. The cases marked it.fails are the families
// this round left (see the README's Round 30 section): their expectations are as written before
// the fix, and vitest reports them the day a later round makes them pass.

const EC = 'external-commitment';
const TT = 'trivial-target';
const OUT = 'output-not-outcome';
const DM = 'direction-mismatch';
const MB = 'missing-baseline';

/** The rules for a KR under an objective of our choosing (some rules read the objective). */
function rulesUnder(objective: string, title: string, fields: Parameters<typeof kr>[1] = {}) {
  return coachKeyResult(kr(title, fields), { id: 'o-1', title: objective }).map((f) => f.rule);
}

describe('what a named regulator or certifier must approve, inspect or be sent', () => {
  it('reads a dossier filed with a named food regulator as its requirement', () => {
    expect(
      rulesOf('File the FSANZ novel-food application for vanilla extract by 1 August'),
    ).toContain(EC);
  });

  it('keeps a report filed for our own buyers ours', () => {
    expect(rulesOf('File the vanilla harvest report for our own buyers by 1 August')).not.toContain(
      EC,
    );
  });

  it("reads a named regulator's registration to get as its approval", () => {
    expect(
      rulesOf('Get APVMA registration for both silkworm disinfectants before the spring hatch'),
    ).toContain(EC);
  });

  it("keeps our lab manager's approval ours", () => {
    expect(
      rulesOf(
        "Get the lab manager's approval for both silkworm disinfectants before the spring hatch",
      ),
    ).not.toContain(EC);
  });

  it.fails("reads passing a named regulator's inspections as its check, not work", () => {
    const rules = rulesOf('Pass every MAF border inspection this season (last season: 93%)', {
      baseline: 93,
      target: 100,
      direction: 'increase',
      unit: '%',
    });
    expect(rules).toContain(EC);
    expect(rules).not.toContain(OUT);
  });

  it("reads a named certifier's requirements met before its audit as its yardstick", () => {
    expect(
      rulesOf(
        'Meet the Kiwa organic certification requirements for the beet fields before the October audit',
      ),
    ).toContain(EC);
  });

  it('reads records given to a named body as our licence conditions require as theirs', () => {
    const title =
      'Cut the time to give Natural England the movement records for any tortoise, as our licence conditions require (about 4 days today)';
    expect(rulesOf(title, { baseline: 96, direction: 'decrease', unit: 'hours' })).toContain(EC);
  });
});

describe("a named retailer's yardstick", () => {
  it('reads a time a named marketplace scores us on as its level', () => {
    expect(
      rulesOf('Get dispatch time down to the 36 hours Etsy Star Seller scores us on', {
        target: 36,
        direction: 'decrease',
        unit: 'hours',
      }),
    ).toContain(EC);
  });

  it("reads a level set out in a named retailer's business plan as the retailer's", () => {
    const fields = { baseline: 91, target: 98, direction: 'increase', unit: '%' } as const;
    expect(
      rulesOf(
        'Raise fill rate to the 98% set out in our Ocado joint business plan, from 91%',
        fields,
      ),
    ).toContain(EC);
  });

  it('keeps a level set out in our own plan ours', () => {
    const fields = { baseline: 91, target: 98, direction: 'increase', unit: '%' } as const;
    expect(
      rulesOf('Raise fill rate to the 98% set out in our own dispatch plan, from 91%', fields),
    ).not.toContain(EC);
  });
});

describe('a level already beaten, in brackets after the target', () => {
  it.fails('reads "raise to" a level today already passes as trivial', () => {
    const fields = { baseline: 44, target: 40, direction: 'increase', unit: '%' } as const;
    expect(rulesOf('Raise groom rebooking to 40% (currently 44%)', fields)).toContain(TT);
  });

  it('keeps a level not yet reached a real target', () => {
    const fields = { baseline: 31, target: 40, direction: 'increase', unit: '%' } as const;
    expect(rulesOf('Raise groom rebooking to 40% (currently 31%)', fields)).not.toContain(TT);
  });

  it('reads a time already under the target "we average … already" as trivial', () => {
    const fields = { baseline: 17, target: 20, direction: 'decrease', unit: 's' } as const;
    expect(rulesOf('Reduce average till time to 20 s (we average 17 s already)', fields)).toContain(
      TT,
    );
  });

  it("reads last month's reading past the target as trivial", () => {
    const fields = { baseline: 98, target: 96, direction: 'increase', unit: '%' } as const;
    expect(
      rulesOf('Lift rope tensile-test pass rate to 96% (it was 98% last month)', fields),
    ).toContain(TT);
  });
});

describe('adoption and cut-overs as outputs', () => {
  it.fails('reads everyone made to use an app as an output', () => {
    const fields = { baseline: 25, target: 100, direction: 'increase', unit: '%' } as const;
    expect(
      rulesOf(
        'Get 100% of trapeze coaches logging spotter checks in the gym app (from 25%)',
        fields,
      ),
    ).toContain(OUT);
  });

  it.fails('reads sites brought live from none as an output', () => {
    const fields = { baseline: 0, target: 2, direction: 'increase', unit: 'count' } as const;
    expect(
      rulesOf(
        'Bring the two new sanctuaries onto our feeding rota system (0 → 2 sites live)',
        fields,
      ),
    ).toContain(OUT);
  });

  it.fails('reads numbered lines cut over to new controllers as an output', () => {
    expect(rulesOf('Cut over rope-walks 1 and 2 to the new Omron controllers')).toContain(OUT);
  });

  it('keeps stoppages cut an outcome', () => {
    const fields = { baseline: 12, target: 4, direction: 'decrease', unit: 'count' } as const;
    expect(rulesOf('Cut rope-walk stoppages from 12 to 4 a month', fields)).not.toContain(OUT);
  });
});

describe('a baseline written another way', () => {
  it('reads a baseline in words last season as today', () => {
    expect(
      rulesUnder(
        'Every tortoise stays warm through winter',
        'Heat-lamp failures over 2 h: six last winter, no more than one this winter',
        { direction: 'decrease', unit: 'count/season' },
      ),
    ).not.toContain(MB);
  });

  it.fails('reads "now" after a unit with a superscript as today', () => {
    const rules = rulesOf('Water per kilo of silk: 120 m³ now, 100 m³ by the end of the year', {
      direction: 'decrease',
      unit: 'm³',
    });
    expect(rules).not.toContain(MB);
    expect(rules).not.toContain(OUT);
  });

  it.fails('reads a share in one quarter against a later one, and the wrong way', () => {
    const rules = rulesOf('Cut cancelled trapeze classes: 6% of bookings in Q1, 9% by end of Q2');
    expect(rules).not.toContain(MB);
    expect(rules).toContain(DM);
  });
});
