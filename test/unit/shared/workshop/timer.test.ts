import { describe, expect, it } from 'vitest';
import {
  NEW_TIMER,
  WARNING_MS,
  addTime,
  describeCountdown,
  elapsedMs,
  formatCountdown,
  pauseAfterClose,
  pauseTimer,
  remainingMs,
  shouldChime,
  startTimer,
  timerOf,
  timerSignal,
  type TimerState,
} from '@shared/domain/workshop';

const MIN = 60_000;

/** A fake clock: the tests move time by hand, nothing ticks. */
function fakeClock(start = Date.UTC(2027, 0, 4, 9)) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

const tenMinutes = (): TimerState => timerOf({ minutes: 10, timer: NEW_TIMER });

describe('an agenda item timer', () => {
  it('counts down only while it runs, and survives being paused', () => {
    const clock = fakeClock();
    let timer = tenMinutes();
    expect(timerSignal(timer, clock.now())).toBe('idle');
    expect(formatCountdown(remainingMs(timer, clock.now()))).toBe('10:00');

    timer = startTimer(timer, clock.now());
    clock.advance(3 * MIN + 500);
    expect(formatCountdown(remainingMs(timer, clock.now()))).toBe('7:00');
    expect(timerSignal(timer, clock.now())).toBe('running');

    timer = pauseTimer(timer, clock.now());
    clock.advance(60 * MIN);
    expect(elapsedMs(timer, clock.now())).toBe(3 * MIN + 500);
    expect(timerSignal(timer, clock.now())).toBe('paused');
    expect(describeCountdown(timer, clock.now())).toBe('7:00 left, paused');

    timer = startTimer(timer, clock.now());
    clock.advance(MIN);
    expect(formatCountdown(remainingMs(timer, clock.now()))).toBe('6:00');
  });

  it('is stored as a start time and time run before, so a copy read later shows the same', () => {
    const clock = fakeClock();
    const timer = startTimer(tenMinutes(), clock.now());
    const stored = JSON.parse(JSON.stringify(timer)) as TimerState;
    clock.advance(4 * MIN);
    expect(remainingMs(stored, clock.now())).toBe(6 * MIN);
  });

  it('warns in the last two minutes and says when it runs over', () => {
    const clock = fakeClock();
    const timer = startTimer(tenMinutes(), clock.now());
    clock.advance(10 * MIN - WARNING_MS - 1);
    expect(timerSignal(timer, clock.now())).toBe('running');
    clock.advance(1);
    expect(timerSignal(timer, clock.now())).toBe('warning');
    expect(formatCountdown(remainingMs(timer, clock.now()))).toBe('2:00');
    clock.advance(WARNING_MS);
    expect(timerSignal(timer, clock.now())).toBe('over');
    clock.advance(42_900);
    expect(formatCountdown(remainingMs(timer, clock.now()))).toBe('+0:42');
    expect(describeCountdown(timer, clock.now())).toBe('Over time by 0:42');
  });

  it('takes added time while running or paused, and ignores nonsense', () => {
    const clock = fakeClock();
    let timer = startTimer(tenMinutes(), clock.now());
    clock.advance(11 * MIN);
    expect(timerSignal(timer, clock.now())).toBe('over');
    timer = addTime(timer, 5 * MIN);
    expect(formatCountdown(remainingMs(timer, clock.now()))).toBe('4:00');
    expect(addTime(timer, -MIN)).toBe(timer);
    expect(addTime(timer, Number.NaN)).toBe(timer);
  });

  it('starting a running timer or pausing a paused one changes nothing', () => {
    const clock = fakeClock();
    const running = startTimer(tenMinutes(), clock.now());
    clock.advance(MIN);
    expect(startTimer(running, clock.now())).toBe(running);
    const paused = pauseTimer(running, clock.now());
    expect(pauseTimer(paused, clock.now() + MIN)).toBe(paused);
  });

  it('found running after the app was closed, pauses at when its window was last seen', () => {
    const clock = fakeClock();
    const timer = startTimer(tenMinutes(), clock.now());
    const lastSeen = clock.now() + 4 * MIN;
    clock.advance(12 * 60 * MIN);
    const resumed = pauseAfterClose(timer, lastSeen);
    expect(resumed.runningSince).toBeNull();
    expect(formatCountdown(remainingMs(resumed, clock.now()))).toBe('6:00');
    // Never seen alive after it started: none of the closed time counts.
    expect(elapsedMs(pauseAfterClose(timer, null), clock.now())).toBe(0);
    expect(elapsedMs(pauseAfterClose(timer, timer.runningSince! - MIN), clock.now())).toBe(0);
  });

  it('a clock that goes backwards never counts negative time', () => {
    const timer = startTimer(tenMinutes(), 1_000_000);
    expect(elapsedMs(timer, 500_000)).toBe(0);
  });

  it('formats long timeboxes with hours', () => {
    expect(formatCountdown(90 * MIN)).toBe('1:30:00');
    expect(formatCountdown(-(61 * MIN))).toBe('+1:01:00');
  });
});

describe('the chime', () => {
  it('sounds once when the last two minutes begin and once when time is up', () => {
    expect(shouldChime('running', 'warning')).toBe(true);
    expect(shouldChime('warning', 'warning')).toBe(false);
    expect(shouldChime('warning', 'over')).toBe(true);
    expect(shouldChime('running', 'over')).toBe(true);
    expect(shouldChime('over', 'over')).toBe(false);
  });

  it('stays quiet for a state seen on opening the app, or after time was added back', () => {
    expect(shouldChime(null, 'over')).toBe(false);
    expect(shouldChime(null, 'warning')).toBe(false);
    expect(shouldChime('over', 'warning')).toBe(false);
    expect(shouldChime('over', 'running')).toBe(false);
  });
});
