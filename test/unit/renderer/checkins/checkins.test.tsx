import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { KeyResult } from '@shared/domain';
import { getDb } from '../../../../renderer/src/db/database';
import { listCheckIns, recordCheckIn } from '../../../../renderer/src/db/repositories/checkIns';
import { setCyclePhase } from '../../../../renderer/src/db/repositories/cycles';
import { addCheckIn, keyResultInput, openFreshDb, seedQuarter } from '../db/builders';
import { setToday } from '../support/clock';
import { openPhase, renderApp, resetUiState } from '../support/renderScreen';

beforeEach(() => {
  openFreshDb();
  resetUiState();
  // A day inside the seeded 2027-Q1, whatever day the suite runs on.
  setToday('2027-01-20');
});

/** A quarter with one objective and two key results. */
async function seedCheckIns(): Promise<{ cycleId: string; krs: KeyResult[] }> {
  const { cycle, keyResults } = await seedQuarter({
    keyResults: [
      keyResultInput('Cut checkout LCP'),
      keyResultInput('Fewer payment errors', { unit: '%', baseline: 4, target: 1 }),
    ],
  });
  return { cycleId: cycle.id, krs: keyResults };
}

const meeting = () => screen.findByRole('region', { name: /^Cut checkout LCP|^Fewer payment/ });

async function startMeeting(user: UserEvent): Promise<void> {
  await openPhase(user, 'Check-ins');
  await user.click(await screen.findByRole('button', { name: 'Start check-in' }));
}

describe('the check-in meeting', () => {
  it('takes each key result in turn by keyboard and records what was said', async () => {
    const { cycleId } = await seedCheckIns();
    const { user } = renderApp();
    await startMeeting(user);

    const value = await screen.findByLabelText('Current value (s)');
    // The last value (here the baseline) is selected: typing replaces it.
    await waitFor(() => expect(value).toHaveFocus());
    expect(value).toHaveValue('3.2');
    await user.keyboard('2,8');
    await user.tab();
    await user.tab();
    const confidence = screen.getByLabelText('Confidence it will be met (%)');
    expect(confidence).toHaveFocus();
    await user.clear(confidence);
    await user.type(confidence, '70');
    await user.type(screen.getByLabelText('What changed since the last check-in?'), 'CDN on');
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { name: 'Fewer payment errors' })).toBeVisible();
    // A late write of the answered step's draft must not move the meeting back to it.
    await new Promise((settle) => setTimeout(settle, 600));
    expect(screen.getByRole('heading', { name: 'Fewer payment errors' })).toBeVisible();
    expect(screen.getByText('2 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save and finish' }));

    expect(await screen.findByRole('button', { name: 'Start check-in' })).toBeVisible();
    const recorded = await listCheckIns(cycleId);
    expect(recorded.map((c) => [c.value, c.confidence, c.changed])).toEqual(
      expect.arrayContaining([
        [2.8, 70, 'CDN on'],
        [4, 50, ''],
      ]),
    );
    const progress = screen.getByRole('region', { name: 'Progress of Fast checkout' });
    expect(within(progress).getByRole('row', { name: /Cut checkout LCP/ })).toHaveTextContent(
      '2.8 s',
    );
  });

  it('says what is wrong with a value or a confidence next to it, and records nothing', async () => {
    const { cycleId } = await seedCheckIns();
    const { user } = renderApp();
    await startMeeting(user);

    const value = await screen.findByLabelText('Current value (s)');
    await user.clear(value);
    await user.type(value, 'fast');
    const confidence = screen.getByLabelText('Confidence it will be met (%)');
    await user.clear(confidence);
    await user.type(confidence, '-20');
    await user.click(screen.getByRole('button', { name: 'Save and next' }));

    await waitFor(() => expect(value).toHaveAccessibleDescription('"fast" is not a number.'));
    expect(confidence).toHaveAccessibleDescription('Use 0 or more.');
    expect(value).toHaveFocus();
    expect(await listCheckIns(cycleId)).toEqual([]);

    await user.clear(value);
    await user.type(value, '3');
    await user.clear(confidence);
    await user.type(confidence, '100');
    await user.click(screen.getByRole('button', { name: 'Save and next' }));
    expect(await screen.findByRole('heading', { name: 'Fewer payment errors' })).toBeVisible();
    expect((await listCheckIns(cycleId)).map((c) => [c.value, c.confidence])).toEqual([[3, 100]]);
  });

  it('pauses with the typed answer kept, and resumes where it was', async () => {
    await seedCheckIns();
    const { user } = renderApp();
    await startMeeting(user);
    const value = await screen.findByLabelText('Current value (s)');
    await user.clear(value);
    await user.type(value, '2.5');
    await user.type(screen.getByLabelText('What is blocking?'), 'Vendor SDK');
    await user.click(screen.getByRole('button', { name: 'Pause' }));

    await user.click(await screen.findByRole('button', { name: 'Resume check-in (2 left)' }));
    // The paused answer is shown, even when the pause is still being written as Resume is pressed.
    const resumed = await screen.findByLabelText('Current value (s)');
    await waitFor(() => expect(resumed).toHaveValue('2.5'));
    expect(screen.getByLabelText('What is blocking?')).toHaveValue('Vendor SDK');
    expect(await meeting()).toBeVisible();
  });
});

describe('correcting a check-in', () => {
  it('adds a corrected version and keeps the earlier one in the history', async () => {
    const { cycleId, krs } = await seedCheckIns();
    const first = krs[0];
    if (!first) throw new Error('seed');
    await addCheckIn(first, 2.8);
    const { user } = renderApp();
    await openPhase(user, 'Check-ins');
    await user.click(await screen.findByRole('button', { name: 'Cut checkout LCP' }));
    await user.click(await screen.findByRole('button', { name: 'Correct…' }));

    const dialog = screen.getByRole('dialog', { name: 'Correct check-in' });
    const value = within(dialog).getByLabelText('Value (s)');
    expect(value).toHaveValue('2.8');
    await user.clear(value);
    await user.type(value, 'two');
    await user.click(within(dialog).getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(value).toHaveAccessibleDescription('"two" is not a number.'));

    await user.clear(value);
    await user.type(value, '2.6');
    await user.click(within(dialog).getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const history = screen.getByRole('region', { name: 'Check-in history' });
    await waitFor(() => expect(history).toHaveTextContent('before it said 2.8 s, 60% confident'));
    const versions = (await listCheckIns(cycleId)).map((c) => c.value).sort();
    expect(versions).toEqual([2.6, 2.8]);
    expect(await getDb().checkIns.where('supersedesId').notEqual('').count()).toBe(1);

    // The quarter's home counts the corrected value, not the version it replaced.
    await openPhase(user, 'Check-ins');
    const progress = await screen.findByRole('region', { name: 'Progress of Fast checkout' });
    await waitFor(() =>
      expect(within(progress).getByRole('row', { name: /Cut checkout LCP/ })).toHaveTextContent(
        '2.6 s',
      ),
    );
  });
});

describe("the quarter's home", () => {
  it("shows each key result's own last measured value, past a check-in that measured nothing", async () => {
    const { krs } = await seedCheckIns();
    const [lcp, errors] = krs;
    if (!lcp || !errors) throw new Error('seed');
    const measured = await addCheckIn(lcp, 2.7);
    await addCheckIn(errors, 3);
    // A later check-in of the first key result recorded only confidence.
    await getDb().checkIns.add({
      ...measured,
      id: crypto.randomUUID(),
      date: '2027-01-29',
      value: null,
    });
    const { user } = renderApp();
    await openPhase(user, 'Check-ins');

    const progress = await screen.findByRole('region', { name: 'Progress of Fast checkout' });
    const lcpRow = within(progress).getByRole('row', { name: /Cut checkout LCP/ });
    const errorsRow = within(progress).getByRole('row', { name: /Fewer payment errors/ });
    expect(lcpRow).toHaveTextContent('2.7 s');
    expect(errorsRow).toHaveTextContent('3%');
    expect(errorsRow).not.toHaveTextContent('2.7');
  });
});

describe('check-ins kept within their quarter', () => {
  const answer = { value: 3, confidence: 60, changed: '', blockers: '' };

  it('before the quarter begins, says when check-ins can be held and offers none', async () => {
    setToday('2026-12-01');
    const { cycleId } = await seedCheckIns();
    await setCyclePhase(cycleId, 'checkins');
    const { user } = renderApp();
    await openPhase(user, 'Check-ins');

    expect(
      await screen.findByText('2027-Q1 starts on 1 Jan: check-ins can be held from then.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Start check-in' })).not.toBeInTheDocument();
    expect(screen.queryByText(/17 weeks/)).not.toBeInTheDocument();
  });

  it('refuses to record a check-in before the quarter, and dates a late one on its last day', async () => {
    const { cycleId, krs } = await seedCheckIns();
    const [lcp] = krs;
    if (!lcp) throw new Error('seed');
    await expect(recordCheckIn(lcp.id, 's1', '2026-12-01', answer)).rejects.toThrow(
      '2027-Q1 starts on 1 Jan: check-ins can be held from then.',
    );
    await recordCheckIn(lcp.id, 's2', '2027-04-03', answer);
    expect((await listCheckIns(cycleId)).map((c) => c.date)).toEqual(['2027-03-31']);
  });

  it('after the quarter moved on to its retrospective, says check-ins are over and offers none', async () => {
    const { cycleId } = await seedCheckIns();
    await setCyclePhase(cycleId, 'retrospective');
    const { user } = renderApp();
    await openPhase(user, 'Check-ins');

    expect(
      await screen.findByText(
        '2027-Q1 has moved on to Retrospective: the Check-ins phase is over, and what was recorded stays as it was.',
      ),
    ).toBeVisible();
    expect(screen.queryByText(/Quarter not started/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start check-in' })).not.toBeInTheDocument();
  });
});
