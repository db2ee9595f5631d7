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
  /** Whether the toasts' clocks are stopped (see `hold`). */
  isHeld: boolean;
  show: (toast: Omit<Toast, 'id'>) => void;
  dismiss: (id: number) => void;
  /** Runs the newest undo, if any; returns whether there was one. */
  undoLatest: () => Promise<boolean>;
  /**
   * Stops every toast's clock while the pointer or the keyboard is on the toasts (someone
   * reading one or reaching for its Undo); `release` gives each the time it had left.
   */
  hold: () => void;
  release: () => void;
  /**
   * The person went to another screen. What a toast said about the one left behind is out of the
   * new one's way: a plain confirmation goes at once, one with Undo or a follow-up stays only a
   * few seconds more (its Undo, and Ctrl+Z, still work meanwhile), an error stays its time. A toast
   * shown in the moment the screen changed announces that change and belongs to the new screen.
   */
  leaveScreen: () => void;
};

/** A confirmation that asks for nothing: long enough to read, then out of the way. */
const INFO_MIN_MS = 4_000;
const INFO_MAX_MS = 8_000;
/** About how long a person takes to read one word of a short message (250 words a minute). */
const MS_PER_WORD = 240;
/** Something went wrong: read, understood, maybe acted on. */
const ERROR_MS = 12_000;
/** A toast with Undo or a follow-up stays longer: reading what happened and deciding takes a moment. */
const ACTION_TOAST_MS = 20_000;
/** How long a toast with Undo stays once its screen is left: time to press Undo after a slip. */
export const LEFT_BEHIND_MS = 5_000;
/** A toast this new when the screen changes announces the change itself (see `leaveScreen`). */
const SAME_MOMENT_MS = 1_000;

/** How long `toast` stays on screen, unless held: by what it asks of the person reading it. */
export function toastDuration(toast: Omit<Toast, 'id'>): number {
  if (toast.undo || (toast.actions?.length ?? 0) > 0) return ACTION_TOAST_MS;
  if (toast.tone === 'error') return ERROR_MS;
  const words = toast.message.trim().split(/\s+/).length;
  return Math.min(INFO_MAX_MS, Math.max(INFO_MIN_MS, 2_000 + words * MS_PER_WORD));
}

/** Each shown toast's clock: the time it has left, and its running timer unless held. */
const clocks = new Map<
  number,
  { left: number; since: number; shownAt: number; timer?: ReturnType<typeof setTimeout> }
>();
let nextId = 1;

export const useToastStore = create<ToastState>()((set, get) => {
  const run = (id: number) => {
    const clock = clocks.get(id);
    if (!clock) return;
    clock.since = Date.now();
    clock.timer = setTimeout(() => get().dismiss(id), clock.left);
  };
  return {
    toasts: [],
    isHeld: false,
    show: (toast) => {
      const id = nextId++;
      set((s) => {
        const others = toast.key ? s.toasts.filter((t) => t.key !== toast.key) : s.toasts;
        const kept = others.slice(-2);
        for (const gone of others) if (!kept.includes(gone)) stopClock(gone.id);
        return { toasts: [...kept, { ...toast, id }] };
      });
      clocks.set(id, { left: toastDuration(toast), since: Date.now(), shownAt: Date.now() });
      if (!get().isHeld) run(id);
    },
    dismiss: (id) => {
      stopClock(id);
      set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
    },
    undoLatest: async () => {
      const latest = [...get().toasts].reverse().find((t) => t.undo);
      if (!latest?.undo) return false;
      get().dismiss(latest.id);
      await latest.undo();
      return true;
    },
    hold: () => {
      if (get().isHeld) return;
      set({ isHeld: true });
      for (const clock of clocks.values()) {
        if (clock.timer === undefined) continue;
        clearTimeout(clock.timer);
        clock.timer = undefined;
        clock.left = Math.max(0, clock.left - (Date.now() - clock.since));
      }
    },
    leaveScreen: () => {
      const now = Date.now();
      for (const toast of get().toasts) {
        const clock = clocks.get(toast.id);
        if (!clock || toast.tone === 'error' || now - clock.shownAt < SAME_MOMENT_MS) continue;
        if (!toast.undo && !toast.actions?.length) {
          get().dismiss(toast.id);
          continue;
        }
        const left = clock.timer === undefined ? clock.left : clock.left - (now - clock.since);
        if (left <= LEFT_BEHIND_MS) continue;
        clock.left = LEFT_BEHIND_MS;
        // A held toast (the pointer or the focus on it) keeps still; its shorter time starts on release.
        if (clock.timer !== undefined) {
          clearTimeout(clock.timer);
          run(toast.id);
        }
      }
    },
    release: () => {
      if (!get().isHeld) return;
      set({ isHeld: false });
      // A toast read to the end is still given a moment before it goes.
      for (const [id, clock] of clocks) {
        clock.left = Math.max(clock.left, INFO_MIN_MS / 2);
        run(id);
      }
    },
  };
});

function stopClock(id: number): void {
  clearTimeout(clocks.get(id)?.timer);
  clocks.delete(id);
}
