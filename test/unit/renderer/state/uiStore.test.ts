import { beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../../../renderer/src/state/uiStore';

/*
 * The first screen shows a stand-in quarter when none is remembered (or the remembered one is
 * gone), and says so to the store a moment later. A phase clicked in between is the person's
 * choice and must survive that.
 */

beforeEach(() => {
  useUiStore.setState(useUiStore.getInitialState());
});

describe('the quarter a start falls back to', () => {
  it('opens on its own phase when nothing was chosen meanwhile', () => {
    useUiStore.setState({ cycleId: 'gone', phase: 'scoring' });
    useUiStore.getState().fallBackToCycle('c1', 'checkins', 'gone');
    expect(useUiStore.getState()).toMatchObject({ cycleId: 'c1', phase: 'checkins' });
  });

  it('keeps a phase clicked on the stand-in quarter before the fallback arrived', () => {
    useUiStore.setState({ cycleId: null, phase: 'setting' });
    useUiStore.getState().selectPhase('scoring', 'c1');
    useUiStore.getState().fallBackToCycle('c1', 'setting', null);
    expect(useUiStore.getState()).toMatchObject({ cycleId: 'c1', phase: 'scoring' });
  });
});
