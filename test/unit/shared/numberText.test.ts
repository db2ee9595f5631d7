import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from '@shared/domain/numberText';

/** Intl's en-US form of `value`, the reference `formatDecimal` must match character for character. */
const intl = (value: number, options: Intl.NumberFormatOptions): string =>
  new Intl.NumberFormat('en-US', options).format(value);

/** Any finite double, from its bits: every magnitude, every digit count. */
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
/** Values people type (a few decimals) and the ties of rounding (…5 at the cut). */
const typed = fc
  .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 12 }))
  .map(([n, k]) => n / 10 ** k);
const ties = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 16n }), fc.integer({ min: -25, max: 5 }))
  .map(([n, e]) => Number(`${n}5e${e}`));
/** Just below a power of ten, where ICU's estimate of the first digit's place is one too high. */
const belowPowers = fc
  .tuple(fc.integer({ min: -30, max: 30 }), fc.double({ min: 1e-17, max: 1e-12, noNaN: true }))
  .map(([e, eps]) => Number(`1e${e}`) * (1 - eps));
const values = fc.oneof(anyDouble, typed, ties, belowPowers);

describe('formatDecimal writes numbers exactly as en-US Intl does, without loading it', () => {
  it('with 15 significant digits: grouped, never an exponent, float noise dropped', () => {
    fc.assert(
      fc.property(values, (v) => {
        expect(formatDecimal(v, { significant: 15 })).toBe(
          intl(v, { maximumSignificantDigits: 15 }),
        );
      }),
      { numRuns: 2000 },
    );
    expect(formatDecimal(1e21, { significant: 15 })).toBe('1,000,000,000,000,000,000,000');
    expect(formatDecimal(0.1 + 0.2, { significant: 15 })).toBe('0.3');
    expect(formatDecimal(999_999_999_999_999.9, { significant: 15 })).toBe('1,000,000,000,000,000');
    expect(formatDecimal(9_999_999.999999994, { significant: 15 })).toBe('10,000,000');
    expect(formatDecimal(1_999_999.999999994, { significant: 15 })).toBe('1,999,999.99999999');
  });

  it('with a range of fraction digits, padded to the least and rounded half away from zero', () => {
    const digits = fc.integer({ min: 0, max: 20 });
    fc.assert(
      fc.property(values, digits, digits, (v, a, b) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        expect(formatDecimal(v, { minFraction: min, maxFraction: max })).toBe(
          intl(v, { minimumFractionDigits: min, maximumFractionDigits: max }),
        );
      }),
      { numRuns: 2000 },
    );
    expect(formatDecimal(2.5, { minFraction: 0, maxFraction: 0 })).toBe('3');
    expect(formatDecimal(-0.001, { minFraction: 2, maxFraction: 2 })).toBe('-0.00');
    expect(formatDecimal(0.006, { minFraction: 0, maxFraction: 2 })).toBe('0.01');
  });
});
