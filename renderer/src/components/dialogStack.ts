import { useSyncExternalStore } from 'react';

/*
 * The modal dialogs open now, newest last. A modal dialog makes everything outside it inert and
 * hides it from assistive technology, so whatever must stay usable while one is open (the toasts
 * and their Undo) is shown inside the newest one.
 */
const open: HTMLDialogElement[] = [];
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** Records a dialog that has just been shown modally; returns how to record it closed. */
export function registerOpenDialog(dialog: HTMLDialogElement): () => void {
  open.push(dialog);
  changed();
  return () => {
    const i = open.lastIndexOf(dialog);
    if (i >= 0) open.splice(i, 1);
    changed();
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The newest open modal dialog, or null when none is open. */
export function useTopDialog(): HTMLDialogElement | null {
  return useSyncExternalStore(
    subscribe,
    () => open.at(-1) ?? null,
    () => null,
  );
}

/** Whether a modal dialog is open now (it owns the keyboard while it is). */
export function isDialogOpen(): boolean {
  return open.length > 0;
}
