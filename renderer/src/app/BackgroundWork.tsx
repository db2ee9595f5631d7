import { useEffect, useState } from 'react';
import { useAutomaticBackups } from '../features/backup/useAutoBackups';
import { useFolderSync } from '../features/folder/useFolderSync';
import { whenIdle } from './lazyScreens';

/** At the latest this long after the first screen, the background work starts anyway. */
const START_WITHIN_MS = 1_000;

/**
 * Work a start need not wait for: the automatic backup's check and the workspace folder's watch.
 * Mounted with the first screen that shows data, it starts them once that screen is painted and
 * the window is idle (or a moment later on a busy machine), so their code, their own database and
 * their reads stay off the path to that screen.
 */
export function BackgroundWork() {
  const [isIdle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true), START_WITHIN_MS), []);
  return isIdle ? <Chores /> : null;
}

function Chores() {
  useAutomaticBackups();
  useFolderSync();
  return null;
}
