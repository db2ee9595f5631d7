import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toastDuration, useToastStore } from '../../../../renderer/src/state/toastStore';

beforeEach(() => useToastStore.setState({ toasts: [], isHeld: false }));

const messages = () => useToastStore.getState().toasts.map((t) => t.message);

describe('toasts about the same thing', () => {
  it('replace each other, so an older Undo cannot undo past a later step', async () => {
    const undone: string[] = [];
    const { show } = useToastStore.getState();
    show({ tone: 'info', message: 'Key result deleted.', undo: async () => undefined });
    show({
      key: 'phase:q1',
      tone: 'info',
      message: '2027-Q1 has started.',
      undo: async () => void undone.push('start'),
    });
    show({
      key: 'phase:q1',
      tone: 'info',
      message: '2027-Q1 moved to Scoring.',
      undo: async () => void undone.push('scoring'),
    });
    show({ key: 'phase:q2', tone: 'info', message: '2027-Q2 moved to Scoring.' });

    expect(messages()).toEqual([
      'Key result deleted.',
      '2027-Q1 moved to Scoring.',
      '2027-Q2 moved to Scoring.',
    ]);
    const scoring = useToastStore.getState().toasts[1];
    await scoring?.undo?.();
    expect(undone).toEqual(['scoring']);
  });
});

describe('how long a toast stays', () => {
  afterEach(() => vi.useRealTimers());

  it('gives a plain confirmation a few seconds, an error longer, and an Undo the longest', () => {
    const saved = toastDuration({ tone: 'info', message: 'Objective saved.' });
    const failed = toastDuration({ tone: 'error', message: 'Could not save the objective.' });
    const undoable = toastDuration({
      tone: 'info',
      message: 'Objective deleted.',
      undo: async () => undefined,
    });
    expect(saved).toBeLessThan(failed);
    expect(failed).toBeLessThan(undoable);
    // A longer message is given longer to read, within bounds.
    const long = toastDuration({ tone: 'info', message: 'word '.repeat(20) });
    expect(long).toBeGreaterThan(saved);
    expect(long).toBeLessThan(undoable);
  });

  it('waits while held (pointer or keyboard on it) and then gets the time it had left', () => {
    vi.useFakeTimers();
    const { show, hold, release } = useToastStore.getState();
    show({ tone: 'info', message: 'Objective deleted.', undo: async () => undefined });
    const undoMs = toastDuration({ tone: 'info', message: '', undo: async () => undefined });
    vi.advanceTimersByTime(undoMs - 1_000);
    hold();
    vi.advanceTimersByTime(undoMs * 3);
    expect(messages()).toEqual(['Objective deleted.']);
    release();
    vi.advanceTimersByTime(500);
    expect(messages()).toEqual(['Objective deleted.']);
    vi.advanceTimersByTime(undoMs);
    expect(messages()).toEqual([]);
  });

  it('goes on its own once its time is up', () => {
    vi.useFakeTimers();
    useToastStore.getState().show({ tone: 'info', message: 'Objective saved.' });
    vi.advanceTimersByTime(toastDuration({ tone: 'info', message: 'Objective saved.' }));
    expect(messages()).toEqual([]);
  });
});
