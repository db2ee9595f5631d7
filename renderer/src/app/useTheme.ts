import { useLayoutEffect } from 'react';
import { useThemeStore } from '../state/themeStore';

/**
 * Applies the chosen appearance before the window paints: the stylesheet follows the system's
 * light or dark appearance unless `data-theme` on <html> names one (base.css).
 */
export function useTheme(): void {
  const choice = useThemeStore((s) => s.choice);
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = choice;
  }, [choice]);
}
