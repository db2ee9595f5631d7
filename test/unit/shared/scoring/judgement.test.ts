import { describe, expect, it } from 'vitest';
import {
  judgeScore,
  kindVerdicts,
  meetsExpectation,
  quarterScore,
} from '@shared/domain/scoring/judgement';
import { BAND_TONE, bandTone } from '@shared/domain/scoring/bands';
import { OVERRIDE_SCORES } from '@shared/domain/scoring/score';

describe('judgeScore', () => {
  it('calls a committed score below 1.0 a miss, however strong the band', () => {
    expect(judgeScore(0.8, 'committed')).toMatchObject({
      band: 'strong',
      isMet: false,
      label: 'Missed: close',
    });
    expect(judgeScore(0.5, 'committed')).toMatchObject({ isMet: false, label: 'Missed' });
    expect(judgeScore(1, 'committed')).toMatchObject({ isMet: true, label: 'Met' });
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

  it('colours a score by its band whatever the verdict, so one number is one colour everywhere', () => {
    // The newcomer's 0.6: amber ("Progress but short") in the summary, so amber on its row too.
    expect(judgeScore(0.6, 'committed')).toMatchObject({ label: 'Missed', tone: 'warn' });
    expect(judgeScore(0.6, 'aspirational').tone).toBe('warn');
    expect(judgeScore(0.8, 'committed')).toMatchObject({ label: 'Missed: close', tone: 'good' });
    expect(judgeScore(1, 'committed')).toMatchObject({ label: 'Met', tone: 'info' });
    expect(judgeScore(1, 'aspirational', { isMilestone: true })).toMatchObject({
      label: 'Done',
      tone: BAND_TONE.perfect,
    });
    for (const score of OVERRIDE_SCORES) {
      for (const kind of ['committed', 'aspirational'] as const) {
        expect(judgeScore(score, kind).tone).toBe(bandTone(score));
      }
    }
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
