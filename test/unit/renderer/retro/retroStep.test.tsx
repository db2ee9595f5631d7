import { cleanup, screen, waitFor } from '@testing-library/react';
import { beforeEach, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { openFreshDb, seedQuarter } from '../db/builders';
import { openPhase, renderApp, resetUiState } from '../support/renderScreen';

beforeEach(() => {
  resetUiState();
});

it('moves on only once its place is remembered, so a quit right after resumes there', async () => {
  const db = openFreshDb();
  await seedQuarter({ phase: 'retrospective' });
  // The write of the retrospective's place is held, as a slow disk would hold it.
  const drafts = db.wizardDrafts;
  const put = drafts.put.bind(drafts);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  vi.spyOn(drafts, 'put').mockImplementation((...args) =>
    Dexie.Promise.resolve(held).then(() => put(...args)),
  );
  const { user } = renderApp();
  await openPhase(user, 'Retrospective');
  await user.type(await screen.findByLabelText('What worked?'), 'Image budget');
  await user.click(screen.getByRole('button', { name: 'Save and next' }));
  await waitFor(() => expect(drafts.put).toHaveBeenCalled());

  // Until its place is written, the key result stays on screen.
  expect(screen.getByText(/^Key result 1 of 1/)).toBeInTheDocument();
  expect(screen.queryByRole('form', { name: 'The quarter, looking back' })).toBeNull();
  release();
  await screen.findByRole('form', { name: 'The quarter, looking back' });

  // Quit at once and start again: the retrospective opens where it was.
  cleanup();
  resetUiState();
  const again = renderApp();
  await openPhase(again.user, 'Retrospective');
  expect(
    await screen.findByRole('form', { name: 'The quarter, looking back' }),
  ).toBeInTheDocument();
  expect(screen.queryByText(/^Key result 1 of 1/)).toBeNull();
});
