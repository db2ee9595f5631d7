import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MenuButton } from '../../../../renderer/src/components/MenuButton';

describe('a menu button', () => {
  it('gives the focus back to its button when an item is chosen by keyboard', async () => {
    const user = userEvent.setup({ delay: null });
    const onSelect = vi.fn();
    render(
      <MenuButton
        label="Quarter"
        items={[
          { label: 'Move back to Setting', onSelect: () => undefined },
          { label: 'Move to scoring early…', onSelect },
        ]}
      />,
    );
    const button = screen.getByRole('button', { name: /^Quarter/ });
    button.focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Move back to Setting' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');

    expect(onSelect).toHaveBeenCalledOnce();
    expect(screen.queryByRole('menu')).toBeNull();
    // Not dropped to the page with the item: a dialog the item opens returns the focus here.
    expect(button).toHaveFocus();
  });
});
