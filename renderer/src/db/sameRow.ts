/**
 * Whether two stored values are the same: the same plain objects and arrays, with the same keys,
 * holding the same primitives (`Object.is`, so -0 and 0 differ). Anything else (a `Date`, a
 * class instance) is never the same as another value: a restore then writes it rather than
 * keep a value it cannot vouch for. Stricter than equal JSON on purpose.
 */
export function sameRow(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameRow(a[i], b[i])) return false;
    return true;
  }
  if (!isPlain(a) || !isPlain(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(right, key)) return false;
    if (!sameRow(left[key], right[key])) return false;
  }
  return true;
}

/** A plain object: made by `{}`, `JSON.parse`, a structured clone or IndexedDB. */
function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}
