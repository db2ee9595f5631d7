import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 42's families (splits bz and ca, the earlier rows still listed, train-42), in wording of
// our own that is in no corpus file (hot-tub showrooms, tyre centres, bike shops, bridal
// boutiques), so these check the classes rather than the rows. Each family has a near miss that
// must stay as it is. A case marked it.fails is a family this round left (see the README's
// Round 42 section).

const GAME = 'gameable-metric';

const COUNT_UP = { unit: 'count', direction: 'increase' as const };
const SHARE_UP = { unit: '%', direction: 'increase' as const };

describe('calls, conversations, pitches and offers our staff make, counted', () => {
  it('reads sales conversations per person, with no figures, as gameable', () => {
    const rules = rulesOf('Increase the number of finance conversations per hot-tub salesperson', {
      direction: 'increase',
      unit: 'count/week',
      metric: 'finance conversations per salesperson',
    });
    expect(rules).toContain(GAME);
  });

  it('reads an offer made to a count of customers as gameable', () => {
    const rules = rulesOf(
      'Offer the tyre-care plan to 900 drivers this quarter (250 last quarter)',
      {
        ...COUNT_UP,
        metric: 'tyre-care offers made',
        baseline: 250,
        target: 900,
      },
    );
    expect(rules).toContain(GAME);
  });

  it('reads prospecting calls raised, with no figures, as gameable', () => {
    const rules = rulesOf('Boost prospecting calls to cycling clubs', {
      direction: 'increase',
      unit: 'count/week',
      metric: 'prospecting calls',
    });
    expect(rules).toContain(GAME);
  });

  it('reads an upgrade pitched to a count of brides as gameable', () => {
    const rules = rulesOf('Pitch the veil upgrade to 300 brides, up from 90', {
      ...COUNT_UP,
      metric: 'veil upgrade pitches',
      baseline: 90,
      target: 300,
    });
    expect(rules).toContain(GAME);
  });

  it('keeps the share of customers taking an offer as an outcome (near miss)', () => {
    const rules = rulesOf(
      'Raise the share of bike buyers who take the service-plan offer from 14% to 22%',
      {
        ...SHARE_UP,
        metric: 'service-plan take-up',
        baseline: 14,
        target: 22,
      },
    );
    expect(rules).not.toContain(GAME);
  });

  it('keeps calls from customers chasing an order, cut, as an outcome (near miss)', () => {
    const rules = rulesOf(
      'Cut calls from buyers chasing their hot-tub delivery from 90 a week to 20',
      {
        unit: 'count/week',
        direction: 'decrease',
        metric: 'chasing calls',
        baseline: 90,
        target: 20,
      },
    );
    expect(rules).not.toContain(GAME);
  });
});

describe('a share of hours that is billable, and timesheets that disagree between systems', () => {
  it('reads a chargeable share of mechanic hours as utilisation, not hours logged', () => {
    const rules = rulesOf('Raise the chargeable share of tyre-fitter hours from 62% to 74%', {
      ...SHARE_UP,
      metric: 'billable hours share',
      baseline: 62,
      target: 74,
    });
    expect(rules).not.toContain(GAME);
  });

  it('reads timesheet discrepancies between two systems as a defect, not hours logged', () => {
    const rules = rulesOf(
      'Cut timesheet discrepancies between the rota tool and payroll from 24 a month to 3',
      {
        unit: 'count/month',
        direction: 'decrease',
        metric: 'timesheet discrepancies',
        baseline: 24,
        target: 3,
      },
    );
    expect(rules).not.toContain(GAME);
  });

  it('keeps hours logged per person, raised, as gameable (near miss)', () => {
    const rules = rulesOf(
      'Raise hours logged in the workshop app per mechanic from 18 to 30 a week',
      {
        unit: 'hours/week',
        direction: 'increase',
        metric: 'hours logged per mechanic',
        baseline: 18,
        target: 30,
      },
    );
    expect(rules).toContain(GAME);
  });
});

describe('a move of our own data between two named products, a long object or a qualified source', () => {
  const EXT = 'external-commitment';

  it('reads a long object moved from a two-word product to another by a date as our own tool', () => {
    expect(
      rulesOf(
        'Migrate the bike shop workshop job card history from Lightspeed Retail to Shopify by March',
      ),
    ).not.toContain(EXT);
  });

  it('reads a move from a product with words before its name as our own tool', () => {
    expect(
      rulesOf(
        'Move the tyre stock ledger from our hosted Sage Accounts to Xero by the end of April',
      ),
    ).not.toContain(EXT);
  });

  it('keeps a report sent to a named insurer by a date as theirs (near miss)', () => {
    expect(rulesOf('Send the annual fleet claims report to Aviva Commercial by 30 June')).toContain(
      EXT,
    );
  });
});

describe('a threshold in the measure name, which says who is counted, is no target', () => {
  const MT = 'missing-target';

  it('reads a share of riders completing at least two rides a month as having no target', () => {
    const rules = rulesOf(
      'Grow the share of bike-club members completing at least two group rides a month; currently 31%',
      { ...SHARE_UP, metric: 'members riding twice a month', baseline: 31 },
    );
    expect(rules).toContain(MT);
    expect(rules).not.toContain('direction-mismatch');
  });

  it('reads a share of fitters passing above a score as having no target', () => {
    const rules = rulesOf(
      'Raise the share of our tyre fitters scoring above 85 on the torque audit, now 40%',
      { ...SHARE_UP, metric: 'fitters scoring above 85', baseline: 40 },
    );
    expect(rules).toContain(MT);
  });

  it('keeps a share raised to a level as its target (near miss)', () => {
    const rules = rulesOf(
      'Raise the share of bike-club members riding every month to 60%, from 31% today',
      { ...SHARE_UP, metric: 'monthly riders', baseline: 31, target: 60 },
    );
    expect(rules).not.toContain(MT);
  });
});
