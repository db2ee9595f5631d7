import { describe, expect, it } from 'vitest';
import { deletionSentence, describeContents } from '@shared/domain/contents';
import {
  earlyScoringQuestion,
  moveBackLabel,
  phaseMoveLabel,
  openingPhase,
  phaseMovedOnText,
  phaseMoveMessage,
  previousPhase,
  quarterTimeText,
  scoringNotOpenText,
  scoringTiming,
  timeLeftText,
} from '@shared/domain/phaseMoves';
import { answeredRetroCount, isRetroAnswered } from '@shared/domain/retro';

const quarter = {
  label: '2027-Q1',
  startDate: '2027-01-01',
  endDate: '2027-03-31',
  cadence: 'biweekly' as const,
};

describe('phase moves', () => {
  it('goes back one phase at a time, never before Setting', () => {
    expect(previousPhase('retrospective')).toBe('scoring');
    expect(previousPhase('scoring')).toBe('checkins');
    expect(previousPhase('checkins')).toBe('setting');
    expect(previousPhase('setting')).toBeNull();
    expect(moveBackLabel('scoring')).toBe('Move the quarter back to check-ins');
    expect(moveBackLabel('setting')).toBeNull();
    expect(moveBackLabel('retrospective')).toBe('Move the quarter back to scoring');
    expect(moveBackLabel('closed')).toBeNull();
  });

  it('labels every move forward by what it does to the quarter, the same way in every phase', () => {
    expect(phaseMoveLabel('checkins')).toBe('Move the quarter to check-ins');
    expect(phaseMoveLabel('scoring')).toBe('Move the quarter to scoring');
    expect(phaseMoveLabel('retrospective')).toBe('Move the quarter to the retrospective');
  });

  it('opens a closed quarter on its retrospective and any other on its own phase', () => {
    expect(openingPhase({ phase: 'closed' })).toBe('retrospective');
    expect(openingPhase({ phase: 'checkins' })).toBe('checkins');
  });

  it('offers scoring as the next step only from two weeks before the end', () => {
    expect(scoringTiming(quarter, '2027-02-10')).toMatchObject({
      daysLeft: 49,
      isDue: false,
      timeLeft: '7 of 13 weeks left',
    });
    expect(scoringTiming(quarter, '2027-03-16').isDue).toBe(false);
    expect(scoringTiming(quarter, '2027-03-17')).toMatchObject({
      isDue: true,
      timeLeft: '14 days left',
    });
    expect(scoringTiming(quarter, '2027-04-02')).toMatchObject({
      daysLeft: -2,
      isDue: true,
      timeLeft: 'ended 2 days ago',
    });
  });

  it('words the time left with the right plurals', () => {
    expect(timeLeftText(1)).toBe('1 day left');
    expect(timeLeftText(0)).toBe('ends today');
    expect(timeLeftText(-1)).toBe('ended 1 day ago');
    expect(timeLeftText(21)).toBe('3 weeks left');
  });

  it('asks before an early move, saying how long the quarter still runs', () => {
    const question = earlyScoringQuestion(quarter, '2027-02-10');
    expect(question.title).toBe('Move 2027-Q1 to scoring now?');
    expect(question.description).toContain('2027-Q1 still has 7 of 13 weeks left.');
    expect(question.description).toContain('move it back to Check-ins');
  });
});

describe('a quarter planned ahead', () => {
  it('says how soon it starts, not how long it has left, before its first day', () => {
    expect(quarterTimeText(quarter, '2026-12-01')).toBe('starts in 4 weeks');
    expect(quarterTimeText(quarter, '2026-12-25')).toBe('starts in 7 days');
    expect(quarterTimeText(quarter, '2026-12-31')).toBe('starts tomorrow');
    expect(quarterTimeText(quarter, '2027-01-01')).toBe('12 of 13 weeks left');
    expect(scoringTiming(quarter, '2026-12-01').hasBegun).toBe(false);
  });

  it('asks before scoring a quarter not yet begun without counting weeks to its end', () => {
    const { description } = earlyScoringQuestion(quarter, '2026-12-01');
    expect(description).toContain('2027-Q1 has not begun: it starts in 4 weeks, on 1 Jan.');
    expect(description).not.toContain('17 weeks');
  });

  it('says when a quarter moved to Check-ins starts, before its dates have begun', () => {
    expect(phaseMoveMessage(quarter, 'checkins', '2026-12-01')).toBe(
      '2027-Q1 moved to Check-ins. The quarter starts 1 Jan; the first check-in is due 15 Jan.',
    );
    expect(phaseMoveMessage(quarter, 'checkins', '2027-01-20')).toBe(
      '2027-Q1 moved to Check-ins; the next check-in is due 29 Jan.',
    );
    expect(phaseMoveMessage(quarter, 'scoring', '2027-03-30')).toBe('2027-Q1 moved to Scoring.');
  });

  it('says scoring opens at the end of a quarter still in check-ins, with readings provisional', () => {
    expect(scoringNotOpenText(quarter, '2026-12-01')).toBe(
      '2027-Q1 is still in Check-ins: scoring opens at the end of the quarter (starts in 4 weeks). Until then each reading below is provisional, progress so far from the latest check-in, with no verdict.',
    );
  });

  it('says an earlier phase is over once the quarter has moved on', () => {
    expect(phaseMovedOnText({ label: '2027-Q1', phase: 'retrospective' }, 'checkins')).toBe(
      '2027-Q1 has moved on to Retrospective: the Check-ins phase is over, and what was recorded stays as it was.',
    );
    expect(phaseMovedOnText({ label: '2027-Q1', phase: 'closed' }, 'checkins')).toContain(
      '2027-Q1 is closed',
    );
    expect(phaseMovedOnText({ label: '2027-Q1', phase: 'checkins' }, 'checkins')).toBeNull();
    expect(phaseMovedOnText({ label: '2027-Q1', phase: 'setting' }, 'checkins')).toBeNull();
  });
});

describe('describeContents', () => {
  it('counts what a deletion takes, leaving out what there is none of', () => {
    expect(describeContents({ quarters: 2, objectives: 7, keyResults: 21, checkIns: 93 })).toBe(
      '2 quarters, 7 objectives, 21 key results and 93 check-ins',
    );
    expect(describeContents({ quarters: 1, objectives: 0, keyResults: 1, checkIns: 0 })).toBe(
      '1 quarter and 1 key result',
    );
    expect(describeContents({ objectives: 0, keyResults: 0, checkIns: 0 })).toBe('nothing else');
    expect(deletionSentence('2027-Q1', { objectives: 0, keyResults: 0, checkIns: 0 })).toBe(
      'This deletes 2027-Q1, which holds nothing yet.',
    );
    expect(
      deletionSentence('Payments', { quarters: 1, objectives: 0, keyResults: 0, checkIns: 0 }),
    ).toBe('This deletes Payments with 1 quarter.');
  });
});

describe('retrospective answers', () => {
  const blank = { keyResultId: 'k1', worked: ' ', didNotWork: '', learned: '\n' };
  it('counts a retro as answered only when a question has text', () => {
    expect(isRetroAnswered(blank)).toBe(false);
    expect(isRetroAnswered({ ...blank, learned: 'Page earlier' })).toBe(true);
    expect(isRetroAnswered(undefined)).toBe(false);
    expect(
      answeredRetroCount(
        ['k1', 'k2'],
        [
          blank,
          { ...blank, keyResultId: 'k2', worked: 'Runbooks' },
          { ...blank, keyResultId: 'k9', worked: 'x' },
        ],
      ),
    ).toBe(1);
  });
});
