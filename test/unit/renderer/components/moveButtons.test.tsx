import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MoveButtons } from '../../../../renderer/src/components/MoveButtons';

/** A reorderable list as the app's lists are: each row keyed by what it is, moved by index. */
function List({ initial }: { initial: string[] }) {
  const [items, setItems] = useState(initial);
  const move = (title: string, delta: -1 | 1) =>
    setItems((current) => {
      const from = current.indexOf(title);
      const next = [...current];
      next.splice(from, 1);
      next.splice(from + delta, 0, title);
      return next;
    });
  return (
    <ol>
      {items.map((title, index) => (
        <li key={title} aria-label={title}>
          {title}
          <span>
            <MoveButtons
              noun="agenda item"
              title={title}
              isFirst={index === 0}
              isLast={index === items.length - 1}
              onMove={(delta) => move(title, delta)}
            />
          </span>
        </li>
      ))}
    </ol>
  );
}

const order = () => screen.getAllByRole('listitem').map((li) => li.getAttribute('aria-label'));

describe('moving a row with the keyboard', () => {
  it('keeps the focus on the row as it moves, and on the other direction at the end', async () => {
    const user = userEvent.setup();
    render(<List initial={['Context', 'Silent writing', 'Cluster']} />);
    const down = screen.getByRole('button', { name: 'Move agenda item down: Context' });
    down.focus();
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Silent writing', 'Context', 'Cluster']);
    expect(screen.getByRole('button', { name: 'Move agenda item down: Context' })).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Silent writing', 'Cluster', 'Context']);
    // Down is now disabled at the end of the list: the way back up has the keyboard.
    const row = screen.getByRole('listitem', { name: 'Context' });
    expect(within(row).getByRole('button', { name: /down/ })).toBeDisabled();
    expect(within(row).getByRole('button', { name: 'Move agenda item up: Context' })).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Silent writing', 'Context', 'Cluster']);
    expect(within(row).getByRole('button', { name: 'Move agenda item up: Context' })).toHaveFocus();
  });

  it('names each button for the row it moves and disables the way past either end', () => {
    render(<List initial={['Context', 'Cluster']} />);
    expect(screen.getByRole('button', { name: 'Move agenda item up: Context' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move agenda item down: Context' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Move agenda item down: Cluster' })).toBeDisabled();
  });
});
