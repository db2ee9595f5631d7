import { describe, expect, it } from 'vitest';
import { deletionSentence, describeContents } from '@shared/domain/contents';
import {
  earlyScoringQuestion,
  moveBackLabel,
  openingPhase,
  previousPhase,
  scoringTiming,
  timeLeftText,
} from '@shared/domain/phaseMoves';
import { answeredRetroCount, isRetroAnswered } from '@shared/domain/retro';

const quarter = { label: '2027-Q1', endDate: '2027-03-31' };

describe('phase moves', () => {
  it('goes back one phase at a time, never before Setting', () => {
    expect(previousPhase('retrospective')).toBe('scoring');
    expect(previousPhase('scoring')).toBe('checkins');
    expect(previousPhase('checkins')).toBe('setting');
    expect(previousPhase('setting')).toBeNull();
    expect(moveBackLabel('scoring')).toBe('Move back to Check-ins');
    expect(moveBackLabel('setting')).toBeNull();
    expect(moveBackLabel('closed')).toBeNull();
  });

  it('opens a closed quarter on its retrospective and any other on its own phase', () => {
    expect(openingPhase({ phase: 'closed' })).toBe('retrospective');
    expect(openingPhase({ phase: 'checkins' })).toBe('checkins');
  });

  it('offers scoring as the next step only from two weeks before the end', () => {
    expect(scoringTiming(quarter, '2027-02-10')).toMatchObject({
      daysLeft: 49,
      isDue: false,
      timeLeft: '7 weeks left',
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
    expect(question.description).toContain('2027-Q1 still has 7 weeks left.');
    expect(question.description).toContain('move it back to Check-ins');
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
