import { describe, expect, it } from 'vitest';
import {
  checkInsFor,
  correctionChain,
  effectiveCheckIns,
  latestCheckIn,
  latestMeasuredCheckIn,
} from '../../../../shared/domain/checkins/history';
import { checkIn } from './helpers';

const ids = (list: readonly { id: string }[]): string[] => list.map((c) => c.id);

describe('effectiveCheckIns', () => {
  it('sorts by date, then by creation time, whatever the input order', () => {
    const late = checkIn({ id: 'late', date: '2027-02-01' });
    const early = checkIn({ id: 'early', date: '2027-01-15' });
    const sameDaySecond = checkIn({
      id: 'second',
      date: '2027-01-15',
      createdAt: '2027-01-15T15:00:00.000Z',
    });
    // 10:00 at +02:00 is 08:00 UTC: earlier than `early` (09:00 UTC) despite the string.
    const sameDayFirst = checkIn({
      id: 'first',
      date: '2027-01-15',
      createdAt: '2027-01-15T10:00:00.000+02:00',
    });
    expect(ids(effectiveCheckIns([late, sameDaySecond, early, sameDayFirst]))).toEqual([
      'first',
      'early',
      'second',
      'late',
    ]);
  });

  it('keeps only the newest version along a correction chain', () => {
    const a = checkIn({ id: 'a', date: '2027-01-15', value: 10 });
    const b = checkIn({ id: 'b', date: '2027-01-15', value: 11, supersedesId: 'a' });
    const c = checkIn({ id: 'c', date: '2027-01-15', value: 12, supersedesId: 'b' });
    const other = checkIn({ id: 'other', date: '2027-01-29', value: 13 });
    expect(ids(effectiveCheckIns([c, other, a, b]))).toEqual(['c', 'other']);
  });

  it('does not mutate its input and ignores a check-in that claims to supersede itself', () => {
    const self = checkIn({ id: 'self', date: '2027-01-15', supersedesId: 'self' });
    const earlier = checkIn({ id: 'earlier', date: '2027-01-01' });
    const input = [self, earlier];
    expect(ids(effectiveCheckIns(input))).toEqual(['earlier', 'self']);
    expect(ids(input)).toEqual(['self', 'earlier']);
  });

  it('returns an empty list for no check-ins', () => {
    expect(effectiveCheckIns([])).toEqual([]);
  });
});

describe('checkInsFor and latestCheckIn', () => {
  const all = [
    checkIn({ id: 'k1-jan', keyResultId: 'kr1', date: '2027-01-15', value: 5 }),
    checkIn({ id: 'k2-jan', keyResultId: 'kr2', date: '2027-01-15', value: 50 }),
    checkIn({ id: 'k1-feb', keyResultId: 'kr1', date: '2027-02-01', value: 6 }),
    checkIn({
      id: 'k1-feb-fix',
      keyResultId: 'kr1',
      date: '2027-02-01',
      value: 7,
      supersedesId: 'k1-feb',
    }),
    checkIn({ id: 'k1-mar', keyResultId: 'kr1', date: '2027-03-01', value: null }),
  ];

  it('lists one KR’s effective check-ins in order', () => {
    expect(ids(checkInsFor('kr1', all))).toEqual(['k1-jan', 'k1-feb-fix', 'k1-mar']);
    expect(ids(checkInsFor('kr2', all))).toEqual(['k2-jan']);
  });

  it('gives the latest effective check-in, or null for a KR with none yet', () => {
    expect(latestCheckIn('kr1', all)?.id).toBe('k1-mar');
    expect(latestCheckIn('kr2', all)?.id).toBe('k2-jan');
    expect(latestCheckIn('kr3', all)).toBeNull();
  });

  it('gives the latest check-in that recorded a value', () => {
    expect(latestMeasuredCheckIn('kr1', all)?.id).toBe('k1-feb-fix');
    expect(latestMeasuredCheckIn('kr3', all)).toBeNull();
  });

  it('uses the correction, not the original, as latest', () => {
    const original = checkIn({ id: 'o', date: '2027-02-01', value: 1, confidence: 80 });
    const fix = checkIn({
      id: 'f',
      date: '2027-02-01',
      value: 2,
      confidence: 60,
      supersedesId: 'o',
      createdAt: '2027-02-03T12:00:00.000Z',
    });
    expect(latestCheckIn('kr1', [fix, original])).toMatchObject({ id: 'f', value: 2 });
  });
});

describe('correctionChain', () => {
  const a = checkIn({ id: 'a', date: '2027-01-15', value: 10 });
  const b = checkIn({ id: 'b', date: '2027-01-15', value: 11, supersedesId: 'a' });
  const c = checkIn({ id: 'c', date: '2027-01-15', value: 12, supersedesId: 'b' });
  const all = [a, b, c];

  it('lists the replaced versions newest first', () => {
    expect(ids(correctionChain(c, all))).toEqual(['b', 'a']);
    expect(ids(correctionChain(b, all))).toEqual(['a']);
  });

  it('is empty for a check-in that corrects nothing', () => {
    expect(correctionChain(a, all)).toEqual([]);
  });

  it('stops at a missing link or a loop', () => {
    const orphan = checkIn({ id: 'x', date: '2027-01-15', supersedesId: 'gone' });
    expect(correctionChain(orphan, all)).toEqual([]);
    const p = checkIn({ id: 'p', date: '2027-01-15', supersedesId: 'q' });
    const q = checkIn({ id: 'q', date: '2027-01-15', supersedesId: 'p' });
    expect(ids(correctionChain(p, [p, q]))).toEqual(['q']);
  });
});
