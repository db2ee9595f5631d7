import { useEffect, useRef, useState } from 'react';
import {
  currentItem,
  shouldChime,
  timerOf,
  timerSignal,
  type TimerSignal,
  type Workshop,
} from '@shared/domain/workshop';
import { playChime } from './chime';

const ANNOUNCEMENTS: Partial<Record<TimerSignal, string>> = {
  warning: 'Two minutes left.',
  over: 'Time is up.',
};

/**
 * Watches the current item's countdown on the facilitator's screen: when the last two minutes
 * begin and when time is up, it plays the chime (if on) and returns a polite announcement for
 * screen readers. Never a modal, never on reopening an old state.
 */
export function useTimerSignal(workshop: Workshop | null, now: number): string {
  const item = workshop ? currentItem(workshop) : null;
  const signal = item ? timerSignal(timerOf(item), now) : null;
  const previous = useRef<{ itemId: string | null; signal: TimerSignal | null }>({
    itemId: null,
    signal: null,
  });
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const itemId = item?.id ?? null;
    const before = previous.current.itemId === itemId ? previous.current.signal : null;
    previous.current = { itemId, signal };
    if (signal === null || !shouldChime(before, signal)) return;
    if (workshop?.isChimeOn) playChime(signal === 'over' ? 'over' : 'warning');
    setAnnouncement(ANNOUNCEMENTS[signal] ?? '');
  }, [item?.id, signal, workshop?.isChimeOn]);
  return announcement;
}
