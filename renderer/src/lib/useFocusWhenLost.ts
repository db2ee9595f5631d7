import { type RefObject, useEffect } from 'react';

/**
 * Puts the focus back into `container` when it was lost: the focused button was disabled while
 * its work ran (the browser then drops the focus to the page) or went away with the state it
 * belonged to ("Disconnect" once disconnected). The keyboard carries on from the container's
 * first enabled control instead of the top of the page; focus put anywhere else is left alone.
 */
export function useFocusWhenLost(container: RefObject<HTMLElement | null>, isSettled: boolean) {
  useEffect(() => {
    if (!isSettled) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    container.current?.querySelector<HTMLElement>('button:not(:disabled)')?.focus();
  });
}
