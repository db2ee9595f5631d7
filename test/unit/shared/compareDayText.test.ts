import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDayText } from '@shared/domain/calendar';

const sign = (n: number) => Math.sign(n);

/**
 * Stored days and timestamps in every shape the schemas let in (with and without milliseconds,
 * `Z` or an offset), some prefixes of them, and the undated "9999". Instants are drawn from all
 * years and from a few seconds of one day, so texts often share long starts and differ in their
 * punctuation, where the two orders could part.
 */
const instant = fc.oneof(
  fc
    .date({
      min: new Date('1970-01-01T00:00:00Z'),
      max: new Date('2200-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '2027-01-04T09:00:00.000Z',
    '2027-01-04T09:00:00.500Z',
    '2027-01-04T09:00:01.000Z',
    '2027-01-04T19:00:00.000Z',
  ),
);
const text = fc.oneof(
  instant.map((iso) => iso.slice(0, 10)),
  instant,
  instant.map((iso) => iso.replace(/\.\d{3}Z$/, 'Z')),
  fc
    .tuple(instant, fc.boolean(), fc.constantFrom('+01:00', '-05:30', '+00:00'))
    .map(([iso, millis, offset]) =>
      (millis ? iso : iso.replace(/\.\d{3}Z$/, 'Z')).replace('Z', offset),
    ),
  instant.map((iso) => iso.slice(0, 16)),
  fc.constant('9999'),
);

describe('compareDayText', () => {
  it('orders days and timestamps as localeCompare does', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sign(compareDayText(a, b))).toBe(sign(a.localeCompare(b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('puts an undated "9999" after every day, earlier days first, equal texts level', () => {
    const sorted = ['9999', '2027-03-01', '2026-12-31', '2027-03-01'].sort(compareDayText);
    expect(sorted).toEqual(['2026-12-31', '2027-03-01', '2027-03-01', '9999']);
    expect(compareDayText('2027-01-04T09:00:00.000Z', '2027-01-04T09:00:00.000Z')).toBe(0);
  });
});
