import { create } from 'zustand';

/** A message at the bottom of the window, with an optional undo for what was just done. */
export type Toast = {
  id: number;
  message: string;
  tone: 'info' | 'error';
  undo?: () => Promise<void>;
  /** Follow-ups such as "Show in folder"; each closes the toast. */
  actions?: { label: string; run: () => void }[];
  /**
   * What the toast is about ("the phase of 2027-Q1"): a newer toast with the same key replaces
   * it, so an Undo left over from an earlier step can no longer undo past the later ones.
   */
  key?: string;
};

type ToastState = {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>) => void;
  dismiss: (id: number) => void;
  /** Runs the newest undo, if any; returns whether there was one. */
  undoLatest: () => Promise<boolean>;
};

let nextId = 1;
const TOAST_MS = 10_000;
/** A toast with Undo stays longer: reading what happened and deciding takes a moment. */
const UNDO_TOAST_MS = 20_000;

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  show: (toast) => {
    const id = nextId++;
    set((s) => {
      const others = toast.key ? s.toasts.filter((t) => t.key !== toast.key) : s.toasts;
      return { toasts: [...others.slice(-2), { ...toast, id }] };
    });
    setTimeout(() => get().dismiss(id), toast.undo ? UNDO_TOAST_MS : TOAST_MS);
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  undoLatest: async () => {
    const latest = [...get().toasts].reverse().find((t) => t.undo);
    if (!latest?.undo) return false;
    get().dismiss(latest.id);
    await latest.undo();
    return true;
  },
}));
