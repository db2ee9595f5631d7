import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFreshDb, seedQuarter } from '../../db/builders';
import { renderApp, resetUiState } from '../../support/renderScreen';

/*
 * In a small window the stepper shows numbers only and the workshop offer only its button (the
 * text is display: none). What a screen reader says must not change with the layout: the steps
 * are named and described, and the offer's button described, by that text through
 * aria-labelledby and aria-describedby, which read it whether it is shown or not.
 */
beforeEach(async () => {
  openFreshDb();
  resetUiState();
  await seedQuarter();
});

describe('the setting screen’s names in a small window', () => {
  it('names each step by its label and describes its state, even where only its number shows', async () => {
    renderApp();
    const steps = await screen.findByRole('navigation', { name: 'Setting steps' });
    // Hidden as a small window hides them: the names stay.
    for (const text of steps.querySelectorAll<HTMLElement>('.stepper__text')) {
      text.style.display = 'none';
    }
    expect(within(steps).getByRole('button', { name: 'Objectives' })).toHaveAccessibleDescription(
      'What the team wants to achieve',
    );
    expect(within(steps).getByRole('button', { name: 'Review' })).toHaveAccessibleDescription(
      /^Every finding/,
    );
  });

  it('describes “Plan a workshop” by the offer’s explanation, also when it is hidden', async () => {
    renderApp();
    const offer = await screen.findByRole('complementary', { name: 'Workshop' });
    const explanation = offer.querySelector('p');
    expect(explanation).not.toBeNull();
    explanation!.style.display = 'none';
    expect(
      within(offer).getByRole('button', { name: 'Plan a workshop' }),
    ).toHaveAccessibleDescription(/^With the team in a room\? Run it as a planning workshop/);
  });
});
