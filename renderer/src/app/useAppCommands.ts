import { useEffect, useRef } from 'react';
import type { AppCommand } from '@shared/ipc/commands';
import { isDialogOpen } from '../components/dialogStack';
import { onAppCommand } from '../lib/appCommands';

/**
 * Runs the app's commands (menu, shortcuts) with `run`. While a modal dialog is open it owns the
 * window: a command then waits for it to close, except the shortcuts list, which is harmless.
 */
export function useAppCommands(run: (command: AppCommand) => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(
    () =>
      onAppCommand((command) => {
        if (isDialogOpen()) return;
        latest.current(command);
      }),
    [],
  );
}
