/**
 * Numbers written the way `Intl.NumberFormat('en-US')` writes them (thousands grouped with
 * commas, a point, never an exponent, half away from zero), character for character, without
 * Intl: the first Intl number format loads ICU's locale data, which costs the command line more
 * than writing a quarter's review. Only what `format.ts` asks for: a number of significant
 * digits, or of fraction digits.
 *
 * Like ICU, a number is rounded as its shortest decimal form (the digits `String(n)` writes), not
 * as the exact binary value: 1.0000000000000004 rounds to 1 at 15 significant digits. And like
 * ICU, the place significant digits count from is that of ICU's quick estimate of the number,
 * which is one place too high just below a power of ten: 9999999.999999994 shows as 10,000,000
 * (see {@link estimatedMagnitude}).
 */

/** How many digits a number keeps: significant digits, or fraction digits with a floor. */
export type Precision = { significant: number } | { minFraction: number; maxFraction: number };

/** A non-negative decimal: its digits without leading zeros, and how many precede the point. */
interface Decimal {
  digits: string;
  point: number;
}

/** The shortest decimal form of a finite, non-negative number. */
function decimalOf(value: number): Decimal {
  const text = String(value);
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const whole = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  const lead = whole.length - whole.replace(/^0+/, '').length;
  return { digits: whole.slice(lead), point: point - lead };
}

/** `decimal` cut to its first `keep` digits (any count, even ≤ 0), rounding half away from zero. */
function roundAt({ digits, point }: Decimal, keep: number): Decimal {
  if (keep >= digits.length) return { digits, point };
  const up = keep >= 0 && (digits.charCodeAt(keep) ?? 48) >= 53; // '5'
  if (keep < 0 || (keep === 0 && !up)) return { digits: '', point };
  if (!up) return { digits: digits.slice(0, keep), point };
  if (keep === 0) return { digits: '1', point: point + 1 };
  // Add one to the kept digits: trailing nines carry.
  const kept = digits.slice(0, keep);
  const nines = kept.length - kept.replace(/9+$/, '').length;
  if (nines === kept.length) return { digits: '1', point: point + 1 };
  const head = kept.slice(0, kept.length - nines - 1);
  const bumped = String.fromCharCode(kept.charCodeAt(kept.length - nines - 1) + 1);
  return { digits: head + bumped, point };
}

/** The powers of ten a double holds exactly, as ICU multiplies by them. */
const POWERS = Array.from({ length: 22 }, (_, i) => Number(`1e${i}`));
const bits = new DataView(new ArrayBuffer(8));

/**
 * The magnitude (the power of ten of the first digit) of ICU's estimate of a finite, positive
 * number, when it makes one: ICU scales the number to about 16 digits with a power of ten,
 * rounds it to an integer and counts significant digits from that integer's first digit. Null
 * when ICU reads the number exactly (a whole number below 2^53) or the estimate is zero.
 */
function estimatedMagnitude(value: number): number | null {
  bits.setFloat64(0, value);
  const exponent = ((bits.getUint32(0) >>> 20) & 0x7ff) - 0x3ff;
  if (exponent <= 52 && Number.isInteger(value)) return null;
  // 3.3219… is log2(10): the decimals that bring the number to about 2^52.
  const fraction = Math.trunc((52 - exponent) / 3.32192809489);
  let scaled = value;
  let i = fraction;
  if (i >= 0) {
    for (; i >= 22; i -= 22) scaled *= 1e22;
    scaled *= POWERS[i] ?? 1;
  } else {
    for (; i <= -22; i += 22) scaled /= 1e22;
    scaled /= POWERS[-i] ?? 1;
  }
  const estimate = Math.round(scaled);
  return estimate === 0 ? null : String(estimate).length - 1 - fraction;
}

/** `1234567` → `1,234,567`. */
function grouped(integer: string): string {
  let out = integer.slice(0, ((integer.length - 1) % 3) + 1);
  for (let i = out.length; i < integer.length; i += 3) out += `,${integer.slice(i, i + 3)}`;
  return out;
}

/**
 * A finite number as en-US Intl writes it with `precision`: `1,234.5`, `0.085`, `-0.00`. A
 * negative number keeps its sign even when it rounds to zero, as Intl's does.
 */
export function formatDecimal(value: number, precision: Precision): string {
  const decimal = decimalOf(Math.abs(value));
  let keep: number;
  if ('significant' in precision) {
    const magnitude = value === 0 ? null : estimatedMagnitude(Math.abs(value));
    // Digits from the first one down to the place `significant` digits below the estimate's.
    keep =
      magnitude === null
        ? precision.significant
        : decimal.point - (magnitude - precision.significant + 1);
  } else keep = decimal.point + precision.maxFraction;
  const rounded = roundAt(decimal, keep);
  const digits = rounded.digits.replace(/0+$/, '');
  const point = digits === '' ? 1 : rounded.point;
  const integer = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  let fraction = point < 0 ? '0'.repeat(-point) + digits : digits.slice(point);
  if (digits === '') fraction = '';
  const minFraction = 'minFraction' in precision ? precision.minFraction : 0;
  fraction = fraction.padEnd(minFraction, '0');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped(integer)}${fraction === '' ? '' : `.${fraction}`}`;
}
