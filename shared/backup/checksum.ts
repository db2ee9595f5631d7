/**
 * JSON with every object's keys sorted, so equal data always gives the same text and
 * therefore the same checksum, whatever order the keys were written in.
 *
 * Built for speed on a whole workspace (tens of megabytes): the engine's own `JSON.stringify`
 * writes the text, on the value itself where its keys are already in order (rows read back from
 * a backup, rows the database stores: see `db/sortedKeys.ts`) and on a copy with the keys put in
 * order where they are not (see {@link inOrder}). Where a copy cannot carry the order the text
 * is built by hand instead, with the same result.
 */
export function canonicalJson(value: unknown): string {
  try {
    return JSON.stringify(inOrder(value)) ?? 'null';
  } catch (error) {
    if (error === UNORDERABLE) return canonicalJsonByHand(value);
    throw error;
  }
}

/** Thrown by {@link inOrder} for an object whose keys a plain object cannot keep in order. */
const UNORDERABLE = Symbol('unorderable');

/** The order canonical JSON sorts keys in: by UTF-16 code units, not by locale. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i += 1) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}

/** Whether `JSON.stringify` would call the value's own `toJSON` (a `Date`'s, say). */
const hasToJson = (value: object): boolean =>
  typeof (value as { toJSON?: unknown }).toJSON === 'function';

/**
 * `value` if `JSON.stringify` already writes it as its canonical JSON, else a copy that it
 * does: copied only where needed (an object whose keys are out of code-unit order, or with a
 * `toJSON`), the rest shared. JSON leaves out undefined and function values itself. Engines list
 * integer-like keys ("10", "9") first and in numeric order whatever the insertion order, and
 * `__proto__` cannot be assigned as a key: a copy of an object with a key that starts at or
 * below '9' (digits, space and most punctuation), or with `__proto__`, throws
 * {@link UNORDERABLE}. Rows the app writes have neither.
 */
function inOrder(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = hasToJson(value) ? value.slice() : null;
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      const ordered = inOrder(item);
      if (ordered !== item) (copy ??= value.slice())[i] = ordered;
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let changed: Map<string, unknown> | null = null;
  for (const key of keys) {
    const child = record[key];
    if (child === null || typeof child !== 'object') continue;
    const ordered = inOrder(child);
    if (ordered !== child) (changed ??= new Map()).set(key, ordered);
  }
  const sorted = isSorted(keys);
  if (sorted && changed === null && !hasToJson(value)) return value;
  if (!sorted) keys.sort(byCodeUnits);
  // Sorted, so the first key (after an empty one) tells whether any key starts at or below '9'.
  const first = keys[0] === '' ? keys[1] : keys[0];
  if (first !== undefined && first.charCodeAt(0) <= 0x39) throw UNORDERABLE;
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === '__proto__') throw UNORDERABLE;
    const child = changed?.has(key) ? changed.get(key) : record[key];
    if (child === undefined || typeof child === 'function') continue;
    copy[key] = child;
  }
  return copy;
}

/** The same text built piece by piece: slower, but any key order can be written. */
function canonicalJsonByHand(value: unknown): string {
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      items.push(item === undefined ? 'null' : canonicalJsonByHand(item));
    }
    return `[${items.join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const parts = Object.entries(value)
      .filter(([, v]) => v !== undefined && typeof v !== 'function')
      .sort(([a], [b]) => byCodeUnits(a, b))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJsonByHand(v)}`);
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The text JSON gives a value that is not an object (or a function, which it leaves out). */
const primitiveJson = (value: unknown): string => JSON.stringify(value) ?? 'null';

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/** Whether JSON keeps `value` as an object's property (it leaves out undefined and functions). */
const isKept = (value: unknown): boolean => value !== undefined && typeof value !== 'function';

/**
 * Whether two values have the same {@link canonicalJson}, found by walking both at once: no text
 * is built, and the walk stops at the first difference. Comparing two versions of every row of a
 * large workspace (the restore preview) then costs a fraction of serialising them.
 */
export function sameCanonicalJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isObject(a) || !isObject(b)) {
    return !isObject(a) && !isObject(b) && primitiveJson(a) === primitiveJson(b);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) {
      const x: unknown = a[i];
      const y: unknown = b[i];
      // An array keeps its place for undefined: JSON writes it as null.
      if (!sameCanonicalJson(x === undefined ? null : x, y === undefined ? null : y)) return false;
    }
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let leftKept = 0;
  for (const key of Object.keys(left)) {
    const value = left[key];
    if (!isKept(value)) continue;
    leftKept += 1;
    if (!Object.prototype.propertyIsEnumerable.call(right, key)) return false;
    if (!isKept(right[key]) || !sameCanonicalJson(value, right[key])) return false;
  }
  let rightKept = 0;
  for (const key of Object.keys(right)) if (isKept(right[key])) rightKept += 1;
  return leftKept === rightKept;
}

/** SHA-256 of bytes, as 64 lowercase hex digits (WebCrypto: Node 20, browsers and workers). */
export async function sha256HexOfBytes(bytes: Uint8Array): Promise<string> {
  // WebCrypto takes a view of a plain ArrayBuffer; a view of a shared one is copied first.
  const view =
    bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
  const digest = await crypto.subtle.digest('SHA-256', view);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text: string): Promise<string> {
  return sha256HexOfBytes(new TextEncoder().encode(text));
}

/** The checksum a backup stores for its `data`: SHA-256 of the data's canonical JSON. */
export function checksumOf(data: unknown): Promise<string> {
  return sha256Hex(canonicalJson(data));
}
