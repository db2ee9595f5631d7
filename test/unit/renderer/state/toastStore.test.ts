import { beforeEach, describe, expect, it } from 'vitest';
import { useToastStore } from '../../../../renderer/src/state/toastStore';

beforeEach(() => useToastStore.setState({ toasts: [] }));

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
