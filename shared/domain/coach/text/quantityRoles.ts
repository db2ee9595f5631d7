import type { Quantity } from './quantities';

/**
 * Each number in a KR's text plays one role (baseline, target, change): these hand a pattern's
 * captured number («index» in the masked text) to a role, unless another role took it.
 */

export function pick(qs: readonly Quantity[], index: string | undefined): Quantity | null {
  return index === undefined ? null : (qs[Number(index)] ?? null);
}

/** The first number matched by any of the patterns, in order, that no other role took. */
export function firstUnused(
  patterns: readonly RegExp[],
  masked: string,
  qs: readonly Quantity[],
  used: Set<number>,
): Quantity | null {
  for (const re of patterns) {
    const global = new RegExp(re.source, 'g');
    for (const m of masked.matchAll(global)) {
      const i = Number(m[1]);
      if (m[1] === undefined || used.has(i)) continue;
      used.add(i);
      return qs[i] ?? null;
    }
  }
  return null;
}

/** The quantity a pattern captured, if no other role took it and it counts things. */
export function unusedCount(
  m: RegExpExecArray | null,
  qs: readonly Quantity[],
  used: Set<number>,
): Quantity | null {
  const q = pick(qs, m?.[1]);
  if (!q || used.has(Number(m?.[1])) || q.dimension !== 'none') return null;
  used.add(Number(m?.[1]));
  return q;
}

/** The quantity a pattern captured, if no other role took it and it has a unit. */
export function unusedValue(
  m: RegExpExecArray | null,
  qs: readonly Quantity[],
  used: Set<number>,
): Quantity | null {
  const q = pick(qs, m?.[1]);
  if (!q || used.has(Number(m?.[1])) || q.dimension === 'none' || q.dimension === 'factor') {
    return null;
  }
  used.add(Number(m?.[1]));
  return q;
}

/** The quantity a pattern captured, if no other role took it. */
export function unusedAny(
  m: RegExpExecArray | null,
  qs: readonly Quantity[],
  used: Set<number>,
): Quantity | null {
  const q = pick(qs, m?.[1]);
  if (!q || used.has(Number(m?.[1])) || q.dimension === 'factor') return null;
  used.add(Number(m?.[1]));
  return q;
}

/** A pattern with alternative captures, as if the one that matched were the first. */
export function firstGroup(m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m || m[1] !== undefined) return m;
  const found = m.slice(1).find((g) => g !== undefined);
  if (found === undefined) return m;
  const copy = [...m] as unknown as RegExpExecArray;
  copy[1] = found;
  return copy;
}

/** The masked text with each «index» put back as written ("by about «1»" → "by about 2 hours"). */
export function unmask(masked: string, text: string, qs: readonly Quantity[]): string {
  return masked.replace(/«(\d+)»/g, (whole, i: string) => {
    const q = qs[Number(i)];
    return q ? text.slice(q.start, q.end) : whole;
  });
}

// The kinds of value a window or a condition is written in, beside the level it qualifies.
const CONCRETE = new Set(['percent', 'time', 'money']);

/**
 * A bare "X … to Y" pair read as today's level and the target, unless the two are of different
 * concrete kinds: "rebook within 14 days up to 70%", "past the 4-hour hold time to under 1%" set
 * a window or a condition beside the level, not a move from one to the other.
 */
export function levelPair(
  m: RegExpExecArray | null,
  qs: readonly Quantity[],
): RegExpExecArray | null {
  const a = pick(qs, m?.[1]);
  const b = pick(qs, m?.[2]);
  if (!m || !a || !b) return m;
  const differ =
    CONCRETE.has(a.dimension) && CONCRETE.has(b.dimension) && a.dimension !== b.dimension;
  return differ ? null : m;
}
