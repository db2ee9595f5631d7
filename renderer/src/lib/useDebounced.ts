import { useEffect, useRef, useState } from 'react';

/** A call held back until the calls stop for a while, that can be run now or dropped. */
export type Debounced<T> = {
  /** Runs `run(value)` once `delayMs` pass without another call; the latest value wins. */
  schedule: (value: T) => void;
  /** Runs the pending call now, if there is one. */
  flush: () => void;
  /** Drops the pending call. */
  cancel: () => void;
};

/**
 * The one debounce: drafts are saved shortly after typing stops (the wizard, the check-in
 * meeting) and heavy work follows typing without blocking it (the coach). A pending call runs at
 * once when the window is hidden or closed, or the component goes away, so a crash or a restart
 * right after typing loses nothing.
 */
export function useDebounced<T>(run: (value: T) => void, delayMs: number): Debounced<T> {
  const latestRun = useRef(run);
  useEffect(() => {
    latestRun.current = run;
  });
  const [debounced] = useState(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: { value: T } | null = null;
    const cancel = () => {
      clearTimeout(timer);
      timer = undefined;
      pending = null;
    };
    const flush = () => {
      const call = pending;
      cancel();
      if (call) latestRun.current(call.value);
    };
    const schedule = (value: T) => {
      clearTimeout(timer);
      pending = { value };
      timer = setTimeout(flush, delayMs);
    };
    return { schedule, flush, cancel };
  });

  useEffect(() => {
    const onHide = () => debounced.flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      debounced.flush();
    };
  }, [debounced]);
  return debounced;
}

/** `value`, once it has stopped changing for `delayMs`: heavy work follows typing, never blocks it. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  const debounced = useDebounced(setSettled, delayMs);
  useEffect(() => debounced.schedule(value), [debounced, value]);
  return settled;
}
