import { useWindowKeydown } from '../lib/useWindowKeydown';
import { useToastStore } from '../state/toastStore';

function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Ctrl/⌘+Z undoes the last deletion, except while typing, where it belongs to the field. */
export function useGlobalShortcuts(): void {
  const undoLatest = useToastStore((s) => s.undoLatest);
  useWindowKeydown((event) => {
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
      if (isTextEntry(event.target)) return;
      event.preventDefault();
      void undoLatest();
    }
  });
}
