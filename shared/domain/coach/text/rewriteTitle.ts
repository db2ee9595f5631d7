import { extractNumbers } from './extract';
import { statedNumbers } from './fields';
import { normalizeText } from './normalize';
import { parseUnitField, type Quantity } from './quantities';

/** New field values for a title's numbers; a role left out (or null) keeps its number. */
export interface TitleNumberChange {
  baseline?: number | null;
  target?: number | null;
}

/** What a rewrite did: the new title, or why it could not be rewritten safely. */
export type TitleRewrite =
  { ok: true; title: string; changed: boolean } | { ok: false; reason: 'not-found' };

// A number as written: "8", "2.40", "1,200", "0.5", "-3" (not the 95 of "p95", the 2 of "v2"
// or the 1 of "sev-1").
const NUMBER_TOKEN = /(?<![\w.])(?:[-\u2212](?=\d))?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])/g;

interface Token {
  start: number;
  end: number;
  text: string;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(NUMBER_TOKEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

function numberOf(token: Token): number {
  return Number(token.text.replace(/,/g, '').replace('\u2212', '-'));
}

/** The raw title's token for a quantity found in the normalised title, or null when unsure. */
function locate(raw: Token[], normal: Token[], q: Quantity, normalText: string): Token | null {
  const index = normal.findIndex((t) => t.start >= q.start && t.start < q.end);
  if (index < 0) return null;
  if (raw.length === normal.length) return raw[index] ?? null;
  // The normaliser added or merged numbers ("zero" → 0, "1:100" → 1 %): match by value, once.
  const value = numberOf(normal[index] ?? { start: 0, end: 0, text: normalText });
  const same = raw.filter((t) => numberOf(t) === value);
  return same.length === 1 ? (same[0] ?? null) : null;
}

function format(value: number, like: string): string {
  const decimals = /\.(\d+)$/.exec(like)?.[1]?.length ?? 0;
  const rounded = Number(value.toFixed(3));
  let text = decimals === 2 && !Number.isInteger(rounded) ? rounded.toFixed(2) : String(rounded);
  if (/,/.test(like) && Math.abs(rounded) >= 1000) {
    const [whole = '', frac] = text.split('.');
    text = `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
  }
  return text;
}

// A number people would write: a whole number, or one or two decimals.
function isClean(x: number): boolean {
  return Math.abs(x * 100 - Math.round(x * 100)) < 1e-9 && (x === 0 || Math.abs(x) >= 0.1);
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edit that makes a stated number read as `value` (in the unit column's units). The title's
 * own unit is kept when the number comes out clean ("2 hours" → "1.5 hours"); otherwise the
 * number and its unit are rewritten in the unit column's unit ("48 hours" → "25 min").
 */
function editFor(
  title: string,
  q: Quantity,
  token: Token,
  value: number,
  unit: string | undefined,
): Edit {
  const field = parseUnitField(unit);
  const sameKind = field.dimension !== 'none' && field.dimension === q.dimension;
  const base = sameKind ? value * field.factor : value * q.factor;
  const written = numberOf(token);
  // "1.2M" is 1.2 × 10⁶ and "2 hours" 2 × 3600 s: keep the scale the title wrote it in.
  const scale = written !== 0 ? q.base / written : q.factor;
  const inTitleUnits = scale !== 0 ? base / scale : base;
  if (isClean(inTitleUnits) || !sameKind || !q.unit || /^[$€£]$/.test(q.unit)) {
    return { start: token.start, end: token.end, text: format(inTitleUnits, token.text) };
  }
  const after = title.slice(token.end);
  const writtenUnit = new RegExp(
    `^\\s?${q.unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
    'i',
  ).exec(after);
  if (!writtenUnit) {
    return { start: token.start, end: token.end, text: format(inTitleUnits, token.text) };
  }
  const label = (unit ?? '').trim();
  const text =
    label === '%' ? `${format(value, token.text)}%` : `${format(value, token.text)} ${label}`;
  return { start: token.start, end: token.end + writtenUnit[0].length, text };
}

/**
 * Rewrites the baseline and/or target a title states so they read as the new field values
 * (given in the unit column's units), keeping every other word: "Cut P1 incidents from 8 to 2"
 * with a new baseline of 5 becomes "Cut P1 incidents from 5 to 2"; "from 2 hours" with a new
 * baseline of 90 (unit "min") becomes "from 1.5 hours". A title that states no number for a
 * changed role is returned unchanged (`changed: false`); one whose number cannot be located
 * safely gives `not-found`, so the caller can propose a new title or flag the disagreement.
 */
export function rewriteTitleNumbers(
  title: string,
  change: TitleNumberChange,
  unit?: string,
): TitleRewrite {
  const stated = statedNumbers(title);
  const normalText = normalizeText(title);
  const { quantities } = extractNumbers(normalText);
  const raw = tokens(title);
  const normal = tokens(normalText);
  const edits: Edit[] = [];
  for (const role of ['baseline', 'target'] as const) {
    const value = change[role];
    const q = stated[role];
    if (value === undefined || value === null || !q) continue;
    // A target of "none" ("without a single outage") has no digits to change.
    if (q.end <= q.start || !quantities.some((x) => x.start === q.start)) {
      return { ok: false, reason: 'not-found' };
    }
    const token = locate(raw, normal, q, normalText);
    if (!token) return { ok: false, reason: 'not-found' };
    const edit = editFor(title, q, token, value, unit);
    if (edit.text !== title.slice(edit.start, edit.end)) edits.push(edit);
  }
  let out = title;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, edit.start)}${edit.text}${out.slice(edit.end)}`;
  }
  return { ok: true, title: out, changed: out !== title };
}

/**
 * The title a key result carries into the next quarter, whose baseline becomes its last value:
 * "Cut P1 incidents from 8 to 2" ending at 5 becomes "Cut P1 incidents from 5 to 2". A title
 * that states no baseline is kept; one whose baseline cannot be rewritten safely is kept too,
 * and the coach then reports text-disagrees-with-fields in the new quarter.
 */
export function carryForwardTitle(
  kr: { title: string; unit?: string },
  baseline: number | null,
): string {
  if (baseline === null) return kr.title;
  const rewrite = rewriteTitleNumbers(kr.title, { baseline }, kr.unit);
  return rewrite.ok ? rewrite.title : kr.title;
}
