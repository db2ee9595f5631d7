import * as z from 'zod';

/**
 * The one reader of numbers people type, for every door: the forms, the plan CSV (in the app
 * and on the command line) and anything that reads a value back from text. What it accepts is
 * pinned by the table in `test/unit/shared/numbers.test.ts`; change the table and this together.
 *
 * - `.` is always the decimal point: "3.5", ".5", "5." and "1.200" (= 1.2).
 * - `,` groups thousands when it sits between groups of three digits after a first group of one
 *   to three ("1,200", "12,345,678.5"), as the app itself writes numbers. Any other single comma,
 *   with no point, is a decimal comma: "3,5", ",5", "0,125", "-0,25", "1,23".
 * - A space (also a no-break or narrow no-break space) groups thousands: "1 200", "1 234,5".
 * - An exponent after a plain number: "1.5e3", "2E-4", "1e+21" (how JavaScript writes very large
 *   or small numbers, so a value the app wrote reads back).
 * - One leading sign: "+", "-" or the Unicode minus "−". One trailing "%" (the unit column or
 *   field says what the number counts): "80%" and "80 %" are 80.
 * - One trailing magnitude, as people write large counts and money: "k" or "K" (thousand), "M"
 *   (million), "bn" (billion): "4.2M" is 4,200,000, "1.2k" (how the charts' axes write it)
 *   1,200. A lower-case "m" is refused: it may mean minutes or metres.
 * - Refused: units and currency ("3 s", "$2.40"), mixed separators ("1.234,5", "12,34.5"),
 *   anything else ("0x10", "Infinity", "1_000"), and values outside what a key result can mean
 *   ({@link NUMBER_LIMIT}): too large ("1e15", 400 digits) or a non-zero value too close to zero
 *   to be stored ("1e-400").
 */

/**
 * Every number Quarterdeck stores (baselines, targets, values, final values) is smaller than this
 * in size: far beyond any quantity a key result measures, and well inside the range where a
 * number keeps every digit, so charts and scores never meet Infinity or NaN. The schemas every
 * door shares (`primitives.ts`) enforce it; {@link parseNumber} refuses typed text beyond it.
 */
export const NUMBER_LIMIT = 1e15;

/** Why a number is refused by {@link NUMBER_LIMIT}, in the words every door shows. */
export const NUMBER_RANGE_MESSAGE = 'A number must be smaller than 1,000,000,000,000,000 in size';

/** Whether `value` is a number Quarterdeck can store: finite and within {@link NUMBER_LIMIT}. */
export function isNumberInRange(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) < NUMBER_LIMIT;
}

/** What a person typed, read: `null` when the text is empty, or why it is not a number. */
export type ParsedNumber =
  | { ok: true; value: number | null }
  | { ok: false; reason: 'not-a-number' | 'out-of-range'; message: string };

const SIGN = /^([+\-\u2212])?(.*)$/s;
const PERCENT = /^(.*?)\s*%$/s;
const EXPONENT = /^(\d+(?:\.\d*)?|\.\d+)[eE]([+-]?\d+)$/;
const COMMA_GROUPS = /^[1-9]\d{0,2}(?:,\d{3})+$/;
const SPACE_GROUPS = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/;
const DIGITS = /^\d*$/;
const MAGNITUDE = /^(.*?)\s*(k|K|M|bn)$/s;
const POWER_OF: Readonly<Record<string, number>> = { k: 3, K: 3, M: 6, bn: 9 };

/** The integer part without its group separators, or null when it is not one. */
function integerPart(text: string, allowCommaGroups: boolean): string | null {
  if (DIGITS.test(text)) return text;
  if (SPACE_GROUPS.test(text)) return text.replace(/\D/g, '');
  if (allowCommaGroups && COMMA_GROUPS.test(text)) return text.replace(/,/g, '');
  return null;
}

/** The unsigned number in JavaScript's own syntax ("1200.5", "1.5e3"), or null. */
function canonical(body: string): string | null {
  const exponent = EXPONENT.exec(body);
  if (exponent) return `${exponent[1]}e${exponent[2]}`;
  // "1,200" groups thousands; any other single comma, with no point, is a decimal comma.
  const isDecimalComma =
    !body.includes('.') && !COMMA_GROUPS.test(body) && body.split(',').length === 2;
  const [whole = '', fraction = '', ...more] = body.split(isDecimalComma ? ',' : '.');
  if (more.length > 0 || !DIGITS.test(fraction)) return null;
  const int = integerPart(whole, !isDecimalComma);
  if (int === null || (int === '' && fraction === '')) return null;
  return `${int || '0'}.${fraction || '0'}`;
}

/**
 * Reads a number a person typed (see the module comment for what is accepted). Surrounding
 * white space is ignored; empty text is `null`, "no value", never zero.
 */
export function parseNumber(text: string): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const refused: ParsedNumber = {
    ok: false,
    reason: 'not-a-number',
    message: `"${trimmed}" is not a number`,
  };
  const percent = PERCENT.exec(trimmed);
  const magnitude = percent ? null : MAGNITUDE.exec(trimmed);
  const bare = percent?.[1] ?? magnitude?.[1] ?? trimmed;
  const [, sign = '', body = ''] = SIGN.exec(bare) ?? [];
  const unscaled = canonical(body);
  if (unscaled === null || (magnitude && unscaled.includes('e'))) return refused;
  // Scaled in the decimal text, not by multiplying: 1.1 × 10⁶ in binary is 1100000.0000000002.
  const plain = magnitude ? `${unscaled}e${POWER_OF[magnitude[2] ?? ''] ?? 0}` : unscaled;
  const value = Number(`${sign === '' || sign === '+' ? '' : '-'}${plain}`);
  if (!isNumberInRange(value)) {
    return {
      ok: false,
      reason: 'out-of-range',
      message: `"${trimmed}" is too large a number (${NUMBER_RANGE_MESSAGE.toLowerCase()})`,
    };
  }
  if (value === 0 && /[1-9]/.test(plain.split('e')[0] ?? '')) {
    return {
      ok: false,
      reason: 'out-of-range',
      message: `"${trimmed}" is too close to zero to be stored`,
    };
  }
  // `+ 0` turns "-0" into 0.
  return { ok: true, value: value + 0 };
}

/** {@link parseNumber} for a caller that treats unreadable text as no value (the live coach). */
export function numberOrNull(text: string): number | null {
  const parsed = parseNumber(text);
  return parsed.ok ? parsed.value : null;
}

/**
 * A number field as a person typed it, for a form's schema: the text is read by
 * {@link parseNumber} (empty text is null) and the number is then checked by `rule`, the same
 * schema the repository enforces, so the form and the database can never disagree.
 */
export function typedNumber<Output>(rule: z.ZodType<Output, number | null>) {
  return z
    .string()
    .transform((text, ctx): number | null => {
      const parsed = parseNumber(text);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', message: `${parsed.message}.` });
      return z.NEVER;
    })
    .pipe(rule);
}
