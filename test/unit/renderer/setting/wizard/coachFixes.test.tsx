import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { KeyResult } from '../../../../../shared/domain';
import { getDb } from '../../../../../renderer/src/db/database';
import { keyResultInput, openFreshDb, seedQuarter } from '../../db/builders';
import { renderApp, resetUiState } from '../../support/renderScreen';

const ONLY_IN_TITLE = 'Cut P1 payment incidents from 8 per quarter to 2';
const DISAGREES = 'Cut lead time from 48 hours to 4 hours';

beforeEach(async () => {
  openFreshDb();
  resetUiState();
});

async function openStep(user: UserEvent, name: 'Key results' | 'Review'): Promise<void> {
  const steps = await screen.findByRole('navigation', { name: 'Setting steps' });
  await user.click(within(steps).getByRole('button', { name: new RegExp(`^${name}`) }));
}

/** The fields a one-click fix may change, as a person sees them. */
function fields(kr: KeyResult) {
  const { title, metric, unit, baseline, target, direction } = kr;
  return { title, metric, unit, baseline, target, direction };
}

/** A coach finding by the label a person reads for its rule, in `within`. */
function finding(rule: string, container: HTMLElement): HTMLElement {
  const label = within(container).getByText(new RegExp(`^${rule}:?$`));
  const item = label.closest('li');
  if (!item) throw new Error(`No finding ${rule}`);
  return item;
}

describe('the coach’s fixes on saved key results', () => {
  it('fills numbers typed only in a title from the plan list, saying what it sets', async () => {
    const [kr] = (
      await seedQuarter({
        keyResults: [keyResultInput(ONLY_IN_TITLE, { baseline: null, target: null, unit: '' })],
      })
    ).keyResults;
    const { user } = renderApp();
    await openStep(user, 'Key results');
    const row = await screen.findByRole('listitem', { name: `Key result: ${ONLY_IN_TITLE}` });
    const findings = within(row).getByRole('list', { name: `Coach findings for ${ONLY_IN_TITLE}` });
    expect(finding('Numbers only in the title', findings)).toHaveTextContent(
      'Fill the fields from the title: baseline 8, target 2.',
    );

    const fill = `Fill the fields from the title: ${ONLY_IN_TITLE}`;
    await user.click(within(row).getByRole('button', { name: fill }));
    await waitFor(async () =>
      expect(await getDb().keyResults.get(kr!.id)).toMatchObject({ baseline: 8, target: 2 }),
    );
    await waitFor(() => expect(row).toHaveTextContent('8 → 2'));
    expect(within(row).queryByText(/Numbers only in the title/)).not.toBeInTheDocument();
    // As in the dialog: a note says what changed and the focus is on its Undo, not the page.
    const undo = await within(row).findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());
    expect(within(row).getByRole('status')).toHaveTextContent(
      `Fields filled from the title of “${ONLY_IN_TITLE}”.`,
    );

    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect(await getDb().keyResults.get(kr!.id)).toMatchObject(fields(kr!)),
    );
    // The finding is back, and the focus on the fix it undid.
    await waitFor(() => expect(within(row).getByRole('button', { name: fill })).toHaveFocus());
    expect(within(row).queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('applies a disagreement’s fix from the review, updates the counts live, and undoes it', async () => {
    const [kr] = (
      await seedQuarter({
        keyResults: [
          keyResultInput(DISAGREES, {
            metric: 'Lead time',
            unit: 'min',
            baseline: 25,
            target: 8,
            direction: 'decrease',
          }),
        ],
      })
    ).keyResults;
    const { user } = renderApp();
    await openStep(user, 'Review');
    const review = await screen.findByRole('region', { name: 'Findings for Fast checkout' });
    const disagreement = finding('Title disagrees with fields', review);
    // The room reads plain labels, in the list and in what a screen reader says; never rule ids.
    expect(review).not.toHaveTextContent(/[a-z]+(-[a-z]+){2,}/);
    expect(
      within(disagreement).getByRole('button', {
        name: `Acknowledge “Title disagrees with fields” on ${DISAGREES}`,
      }),
    ).toBeInTheDocument();
    expect(disagreement).toHaveTextContent(
      'The title says 48 hours → 4 hours but the fields say 25 min → 8 min',
    );
    // What applying it changes is shown before the click.
    expect(within(disagreement).getByLabelText('What applying it changes')).toHaveTextContent(
      'Cut lead time from 25 min to 8 min',
    );
    const lede = screen.getByText(/Fix a finding, or keep it on purpose/);
    const before = lede.textContent;

    await user.click(within(disagreement).getByRole('button', { name: 'Apply suggestion' }));
    await waitFor(async () =>
      expect((await getDb().keyResults.get(kr!.id))?.title).toBe(
        'Cut lead time from 25 min to 8 min',
      ),
    );
    await waitFor(() =>
      expect(screen.queryByText('Title disagrees with fields')).not.toBeInTheDocument(),
    );
    expect(screen.queryByText(/Fix a finding, or keep it on purpose/)?.textContent).not.toBe(
      before,
    );

    // As in the dialog: the note's Undo has the focus; no second Undo in a toast.
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());
    expect(undo.closest('[role="status"]')).toHaveTextContent(
      'Suggestion applied to “Cut lead time from 25 min to 8 min”.',
    );
    expect(screen.getAllByRole('button', { name: 'Undo' })).toEqual([undo]);

    await user.click(undo);
    await waitFor(async () =>
      expect(await getDb().keyResults.get(kr!.id)).toMatchObject(fields(kr!)),
    );
    const back = finding(
      'Title disagrees with fields',
      await screen.findByRole('region', { name: 'Findings for Fast checkout' }),
    );
    await waitFor(() =>
      expect(within(back).getByRole('button', { name: 'Apply suggestion' })).toHaveFocus(),
    );
  });
});
