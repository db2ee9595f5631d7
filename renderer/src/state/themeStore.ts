import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { uiStateStorage } from '../db/localSettings';

/** The appearances on offer: follow the system, or always light or dark. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** Whether a value (a select's) is one of {@link THEME_CHOICES}. */
export function isThemeChoice(value: string): value is ThemeChoice {
  return (THEME_CHOICES as readonly string[]).includes(value);
}

export const THEME_LABELS: Readonly<Record<ThemeChoice, string>> = {
  system: 'Match the system',
  light: 'Light',
  dark: 'Dark',
};

type ThemeState = { choice: ThemeChoice; choose: (choice: ThemeChoice) => void };

/** The chosen appearance, remembered for the next start (a UI preference, not data). */
export const useThemeStore = create<ThemeState>()(
  persist(
    (set) => ({
      choice: 'system',
      choose: (choice) => set({ choice }),
    }),
    {
      name: 'quarterdeck.theme',
      version: 1,
      storage: uiStateStorage,
      partialize: ({ choice }) => ({ choice }),
    },
  ),
);
