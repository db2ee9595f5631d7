import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NUMBER_LIMIT,
  NUMBER_RANGE_MESSAGE,
  isNumberInRange,
  numberOrNull,
  parseNumber,
} from '@shared/domain/numbers';
import { optionalNumberSchema } from '@shared/domain/primitives';

/**
 * Every form a person may type a number in, for every door (forms, plan CSV, command line).
 * Where the form and the plan CSV used to disagree, the row says which way it went.
 */
const ACCEPTED: ReadonlyArray<[text: string, value: number, why: string]> = [
  ['8', 8, 'a whole number'],
  ['0', 0, 'zero'],
  ['007', 7, 'leading zeros'],
  [' 3.5 ', 3.5, 'surrounding spaces'],
  ['-2.25', -2.25, 'a minus sign'],
  ['+5', 5, 'a plus sign'],
  ['\u22125', -5, 'the Unicode minus sign'],
  ['-0,25', -0.25, 'a sign with a decimal comma'],
  ['\u22120,25', -0.25, 'the Unicode minus with a decimal comma'],
  ['.5', 0.5, 'no leading zero'],
  ['5.', 5, 'a trailing point (a half-typed decimal)'],
  ['1.200', 1.2, 'a point is always the decimal point'],
  ['1,200', 1200, 'comma thousands, as the app writes numbers'],
  ['1,234,567.5', 1234567.5, 'comma thousands with decimals'],
  ['-1,200', -1200, 'comma thousands with a sign'],
  ['3,5', 3.5, 'decimal comma (the plan CSV used to refuse it)'],
  ['1,23', 1.23, 'decimal comma with two digits (the plan CSV used to refuse it)'],
  ['0,125', 0.125, 'a first group of 0 is never thousands'],
  ['1234,567', 1234.567, 'a first group of four digits is never thousands'],
  [',5', 0.5, 'decimal comma, no leading zero'],
  ['1 200', 1200, 'space thousands (the form used to refuse it)'],
  ['1\u00a0234\u00a0567', 1234567, 'no-break space thousands'],
  ['1\u202f234,5', 1234.5, 'narrow no-break space thousands with a decimal comma'],
  ['1.5e3', 1500, 'an exponent (the plan CSV used to refuse it)'],
  ['2E-4', 0.0002, 'a capital, negative exponent'],
  ['1e+14', 1e14, 'how JavaScript writes a large number'],
  ['999,999,999,999,999', 999999999999999, 'the largest whole number a KR may hold'],
  ['-999999999999999.9', -999999999999999.9, 'just inside the limit, below zero'],
  ['80%', 80, 'a percent sign'],
  ['80 %', 80, 'a percent sign after a space'],
  ['99.95%', 99.95, 'a percent with decimals'],
  ['-0', 0, 'minus zero is zero'],
  ['1e-300', 1e-300, 'a tiny number that a number can hold'],
  ['4.2M', 4_200_000, 'a million suffix, as plans write large counts'],
  ['1.1M', 1_100_000, 'scaled exactly, not 1100000.0000000002'],
  ['1.2k', 1200, 'a thousand suffix, as the charts write axis values'],
  ['30K', 30_000, 'a capital thousand suffix'],
  ['2.5 bn', 2_500_000_000, 'a billion suffix after a space'],
  ['-3k', -3000, 'a sign with a suffix'],
];

const REFUSED: ReadonlyArray<[text: string, why: string]> = [
  ['abc', 'words'],
  ['12abc', 'trailing letters'],
  ['3 s', 'a unit'],
  ['12 ms', 'a unit'],
  ['$2.40', 'a currency'],
  ['%', 'a percent sign alone'],
  ['80%%', 'two percent signs'],
  ['--1', 'two signs'],
  ['+-1', 'two signs'],
  ['- 5', 'a space after the sign'],
  ['1.2.3', 'two points'],
  ['1,2,3', 'commas that are not groups of three'],
  ['1,234,5', 'a bad last group'],
  ['12,34.5', 'a comma that is neither thousands nor decimal'],
  ['1.234,5', 'point thousands with a decimal comma: ambiguous, never guessed'],
  ['1 2', 'a space that is not a thousands group'],
  ['1_000', 'underscores'],
  ["1'000", 'apostrophe groups'],
  ['0x10', 'hexadecimal'],
  ['Infinity', 'infinity'],
  ['NaN', 'not a number'],
  ['.', 'a point alone'],
  [',', 'a comma alone'],
  ['-', 'a sign alone'],
  ['1,5e3', 'an exponent after a decimal comma'],
  ['1e', 'an exponent without digits'],
  ['5m', 'a lower-case m: minutes, metres or millions?'],
  ['1e3k', 'an exponent and a magnitude'],
  ['4k%', 'a magnitude and a percent sign'],
  ['kM', 'magnitudes alone'],
  ['M', 'a magnitude alone'],
];

describe('parseNumber', () => {
  it.each(ACCEPTED)('reads %j as %d (%s)', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it.each(REFUSED)('refuses %j (%s)', (text) => {
    expect(parseNumber(text)).toEqual({
      ok: false,
      reason: 'not-a-number',
      message: `"${text.trim()}" is not a number`,
    });
  });

  it.each(['', '   ', '\u00a0'])('reads %j as no value (null), never zero', (text) => {
    expect(parseNumber(text)).toEqual({ ok: true, value: null });
  });

  it('refuses a number too large to hold instead of reading Infinity', () => {
    const digits = '9'.repeat(400);
    expect(parseNumber(digits)).toEqual({
      ok: false,
      reason: 'out-of-range',
      message: `"${digits}" is too large a number (a number must be smaller than 1,000,000,000,000,000 in size)`,
    });
    expect(parseNumber('1e400')).toMatchObject({ reason: 'out-of-range' });
    expect(parseNumber('-1e400').ok).toBe(false);
  });

  it.each(['1e15', '-1e15', '1,000,000,000,000,000', '1e308', '1e+21'])(
    'refuses %j, beyond what a key result can mean (the range every door shares)',
    (text) => {
      expect(parseNumber(text)).toMatchObject({ ok: false, reason: 'out-of-range' });
    },
  );

  it('refuses a non-zero number too close to zero instead of reading 0', () => {
    expect(parseNumber('1e-400')).toEqual({
      ok: false,
      reason: 'out-of-range',
      message: '"1e-400" is too close to zero to be stored',
    });
    expect(parseNumber(`0.${'0'.repeat(400)}1`).ok).toBe(false);
    expect(parseNumber('0e-400')).toEqual({ ok: true, value: 0 });
  });

  it('reads back every number in range as JavaScript writes it, and refuses every other', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        if (Math.abs(n) < NUMBER_LIMIT) {
          expect(parseNumber(String(n))).toEqual({ ok: true, value: n + 0 });
        } else {
          expect(parseNumber(String(n))).toMatchObject({ ok: false, reason: 'out-of-range' });
        }
      }),
    );
  });

  it('accepts exactly what the schemas every door shares accept', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        expect(optionalNumberSchema.safeParse(n).success).toBe(isNumberInRange(n));
        const parsed = parseNumber(String(n));
        if (Number.isFinite(n)) expect(parsed.ok).toBe(isNumberInRange(n) || n === 0);
      }),
    );
    expect(optionalNumberSchema.safeParse(1e15).error?.issues[0]?.message).toBe(
      NUMBER_RANGE_MESSAGE,
    );
  });
});

describe('numberOrNull', () => {
  it('treats what is not a number as no value', () => {
    expect(numberOrNull('3,5')).toBe(3.5);
    expect(numberOrNull('3 s')).toBeNull();
    expect(numberOrNull('')).toBeNull();
  });
});
