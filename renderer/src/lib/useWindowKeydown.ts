import { useLayoutEffect, useRef } from 'react';

/**
 * Listens to every key pressed in the window while the calling component is on screen: the app's
 * keyboard shortcuts (Ctrl+K, Ctrl+Z, Alt+→, Escape for toasts, the projector's keys).
 *
 * The listener goes on in a layout effect, during the same commit that shows the screen, so a
 * shortcut pressed the moment the screen appears is heard; a passive effect runs a task later,
 * and a key pressed in between (a quick user, a busy machine) was lost. The handler is read
 * through a ref, so a new handler each render never takes the listener off and puts it back.
 */
export function useWindowKeydown(onKeyDown: (event: KeyboardEvent) => void): void {
  const latest = useRef(onKeyDown);
  useLayoutEffect(() => {
    latest.current = onKeyDown;
  });
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => latest.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
