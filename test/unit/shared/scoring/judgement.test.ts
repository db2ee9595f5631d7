import { describe, expect, it } from 'vitest';
import {
  judgeScore,
  kindVerdicts,
  meetsExpectation,
  quarterScore,
} from '@shared/domain/scoring/judgement';

describe('judgeScore', () => {
  it('calls a committed score below 1.0 a miss, however strong the band', () => {
    expect(judgeScore(0.8, 'committed')).toMatchObject({
      band: 'strong',
      isMet: false,
      label: 'Missed: close',
      tone: 'warn',
    });
    expect(judgeScore(0.5, 'committed')).toMatchObject({ isMet: false, label: 'Missed' });
    expect(judgeScore(1, 'committed')).toMatchObject({ isMet: true, label: 'Met', tone: 'good' });
    // 0.95 rounds to 1.0, as the score is shown.
    expect(judgeScore(0.95, 'committed').isMet).toBe(true);
  });

  it('calls an aspirational 0.7 a success and a 1.0 a question about the target', () => {
    expect(judgeScore(0.7, 'aspirational')).toMatchObject({ isMet: true, label: 'Success' });
    expect(judgeScore(0.6, 'aspirational')).toMatchObject({
      isMet: false,
      label: 'Progress but short',
    });
    expect(judgeScore(1, 'aspirational').meaning).toMatch(/too easy/);
    expect(judgeScore(0.2, 'aspirational')).toMatchObject({ label: 'Failed', tone: 'bad' });
  });

  it('says Done or Not done for a milestone', () => {
    expect(judgeScore(1, 'committed', { isMilestone: true })).toMatchObject({
      label: 'Done',
      isMet: true,
    });
    expect(judgeScore(0, 'committed', { isMilestone: true })).toMatchObject({
      label: 'Not done',
      tone: 'bad',
    });
    expect(judgeScore(0.5, 'aspirational', { isMilestone: true }).label).toBe('Not done');
  });

  it('judges the expectation on the rounded score', () => {
    expect(meetsExpectation(0.65, 'aspirational')).toBe(true);
    expect(meetsExpectation(0.64, 'aspirational')).toBe(false);
  });
});

describe('kindVerdicts', () => {
  it('counts the misses of each kind, committed first', () => {
    const verdicts = kindVerdicts([
      { kind: 'aspirational', score: 0.5 },
      { kind: 'committed', score: 0.7 },
      { kind: 'committed', score: 0.8 },
      { kind: 'committed', score: 1 },
      { kind: 'aspirational', score: 0.7 },
    ]);
    expect(verdicts.map((v) => v.text)).toEqual([
      '2 of 3 committed objectives below 1.0',
      '1 of 2 aspirational objectives below 0.7',
    ]);
  });

  it('says when nothing is scored, leaves out an absent kind and counts the unscored', () => {
    expect(kindVerdicts([{ kind: 'committed', score: null }])).toEqual([
      expect.objectContaining({ text: '1 committed objective, none scored yet', missed: 0 }),
    ]);
    expect(
      kindVerdicts([
        { kind: 'committed', score: 1 },
        { kind: 'committed', score: null },
      ])[0]?.text,
    ).toBe('0 of 1 committed objective below 1.0 (1 not scored)');
  });
});

describe('quarterScore', () => {
  it('is the rounded mean of the scored objectives', () => {
    expect(quarterScore([0.7, 0.8, 0.5, 0.5, 1])).toBe(0.7);
    expect(quarterScore([null, 0.4])).toBe(0.4);
    expect(quarterScore([null])).toBeNull();
  });
});
