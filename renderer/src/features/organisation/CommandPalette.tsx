import { lazy, Suspense, useEffect, useMemo, useState } from 'react';

const Palette = lazy(async () => ({ default: (await import('./Palette')).Palette }));

/** Ctrl/⌘+K opens the palette from anywhere, even while typing in a field. */
function usePaletteShortcut(open: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      if (event.key.toLowerCase() !== 'k') return;
      // A modal dialog owns the keyboard while it is open.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);
}

/**
 * The command palette (Ctrl/⌘+K): type part of a team's, quarter's, objective's or key result's
 * name, choose with the arrows and Enter, and the app opens it.
 */
export function CommandPalette() {
  const [isOpen, setIsOpen] = useState(false);
  const open = useMemo(() => () => setIsOpen(true), []);
  usePaletteShortcut(open);
  if (!isOpen) return null;
  return (
    <Suspense fallback={null}>
      <Palette onClose={() => setIsOpen(false)} />
    </Suspense>
  );
}
