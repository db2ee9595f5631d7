import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contents } from '@shared/domain/contents';
import { ConfirmDeleteWithCounts } from '../../../../renderer/src/components/ConfirmDeleteWithCounts';
import { renderScreen, resetUiState } from '../support/renderScreen';

beforeEach(() => {
  resetUiState();
});

function ask(contents: Contents | undefined) {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  const view = renderScreen(
    <ConfirmDeleteWithCounts
      name="2027-Q1"
      noun="quarter"
      contents={contents}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />,
  );
  const question = screen.getByRole('alertdialog', { name: 'Delete 2027-Q1?' });
  return { ...view, question, onConfirm, onCancel };
}

describe('the question before a deletion that takes records with it', () => {
  it('says in numbers what goes and that Undo brings it back, then deletes on the answer', async () => {
    const { user, question, onConfirm } = ask({ objectives: 2, keyResults: 5, checkIns: 0 });
    expect(question).toHaveAccessibleDescription(
      'This deletes 2027-Q1 with 2 objectives and 5 key results. You can undo it right after.',
    );
    await user.click(within(question).getByRole('button', { name: 'Delete quarter' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('waits for the count before it can delete, with the safe answer first and Esc to keep', async () => {
    const { user, question, onConfirm, onCancel } = ask(undefined);
    expect(question).toHaveAccessibleDescription('Counting what 2027-Q1 holds…');
    expect(within(question).getByRole('button', { name: 'Delete quarter' })).toBeDisabled();
    expect(within(question).getByRole('button', { name: 'Keep the quarter' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onCancel).toHaveBeenCalledOnce();
    await user.keyboard('{Escape}');
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
