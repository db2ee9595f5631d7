import { useMemo, useState } from 'react';
import { LazyDialog } from '../../components/LazyDialog';
import { retryableLazy } from '../../lib/retryableLazy';
import { useWindowKeydown } from '../../lib/useWindowKeydown';

const Palette = retryableLazy(
  () => import('./Palette'),
  (module) => module.Palette,
);

/** Ctrl/⌘+K opens the palette from anywhere, even while typing in a field. */
function usePaletteShortcut(open: () => void): void {
  useWindowKeydown((event) => {
    if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
    if (event.key.toLowerCase() !== 'k') return;
    // A modal dialog owns the keyboard while it is open.
    if (document.querySelector('dialog[open]')) return;
    event.preventDefault();
    open();
  });
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
  const close = () => setIsOpen(false);
  return (
    <LazyDialog what="Go to" onClose={close}>
      <Palette onClose={close} />
    </LazyDialog>
  );
}
