import { useEffect, useLayoutEffect, useRef } from 'react';
import { Icon } from './Icon';

type MoveButtonsProps = {
  /** What the row is, for the buttons' names: "key result", "agenda item". */
  noun: string;
  title: string;
  isFirst: boolean;
  isLast: boolean;
  onMove: (delta: -1 | 1) => void;
  iconSize?: number;
};

const DELTAS = [-1, 1] as const;

/**
 * Move up and move down for one row of a reorderable list, named for a screen reader. The
 * keyboard stays with the row as it moves: the browser drops the focus when it moves a focused
 * button in the page, or when the button pressed is disabled at the list's end (then the other
 * direction takes it), so a person can press again and again without finding the row anew.
 */
export function MoveButtons({ noun, title, isFirst, isLast, onMove, iconSize }: MoveButtonsProps) {
  const buttons = useRef<Record<-1 | 1, HTMLButtonElement | null>>({ [-1]: null, 1: null });
  /** The direction just pressed, until the focus is seen to go elsewhere on purpose. */
  const pressed = useRef<-1 | 1 | null>(null);

  // Every render: the list may just have moved this row (and the focus with it).
  useLayoutEffect(() => {
    const delta = pressed.current;
    if (delta === null) return;
    const button = buttons.current[delta];
    const other = buttons.current[delta === -1 ? 1 : -1];
    const active = document.activeElement;
    const isLost = active === null || active === document.body;
    if (button && !button.disabled && (isLost || active === button)) {
      if (active !== button) button.focus();
    } else if (other && !other.disabled && (isLost || active === button)) {
      other.focus();
    }
  });

  // A click or a key elsewhere: the focus went on, and is no longer this row's to keep.
  useEffect(() => {
    const forget = (event: Event) => {
      const group = buttons.current[-1]?.parentElement;
      if (!group?.contains(event.target as Node)) pressed.current = null;
    };
    document.addEventListener('pointerdown', forget, true);
    document.addEventListener('focusin', forget, true);
    return () => {
      document.removeEventListener('pointerdown', forget, true);
      document.removeEventListener('focusin', forget, true);
    };
  }, []);

  return (
    <>
      {DELTAS.map((delta) => {
        const direction = delta < 0 ? 'up' : 'down';
        return (
          <button
            key={delta}
            ref={(element) => {
              buttons.current[delta] = element;
            }}
            type="button"
            className="icon-button"
            onClick={() => {
              pressed.current = delta;
              onMove(delta);
            }}
            disabled={delta < 0 ? isFirst : isLast}
            aria-label={`Move ${noun} ${direction}: ${title}`}
            title={delta < 0 ? 'Move up' : 'Move down'}
          >
            <Icon name={direction} size={iconSize} />
          </button>
        );
      })}
    </>
  );
}
