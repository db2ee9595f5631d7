/**
 * JSON with every object's keys sorted, so equal data always gives the same text and
 * therefore the same checksum, whatever order the keys were written in.
 *
 * Built for speed on a whole workspace (tens of megabytes): objects are copied with their keys
 * in order and the copy goes through the engine's own `JSON.stringify`, which writes keys in
 * insertion order. Where a copy cannot carry the order (see {@link sortedCopy}) the text is built
 * by hand instead, with the same result.
 */
export function canonicalJson(value: unknown): string {
  try {
    return JSON.stringify(sortedCopy(value)) ?? 'null';
  } catch (error) {
    if (error === UNORDERABLE) return canonicalJsonByHand(value);
    throw error;
  }
}

/** Thrown by {@link sortedCopy} for an object whose keys a plain object cannot keep in order. */
const UNORDERABLE = Symbol('unorderable');

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i += 1) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}

/**
 * A deep copy of `value` whose objects list their keys in code-unit order, leaving out what JSON
 * leaves out (undefined and function values). Engines list integer-like keys ("10", "9") first
 * and in numeric order whatever the insertion order, and `__proto__` cannot be assigned as a
 * key: an object with a key that starts at or below '9' (digits, space and most punctuation), or with `__proto__`, throws
 * {@link UNORDERABLE}. Rows the app writes have neither.
 */
function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i += 1) copy[i] = sortedCopy(value[i]);
    return copy;
  }
  const keys = Object.keys(value);
  if (!isSorted(keys)) keys.sort(byCodeUnits);
  // Sorted, so the first key (after an empty one) tells whether any key starts at or below '9'.
  const first = keys[0] === '' ? keys[1] : keys[0];
  if (first !== undefined && first.charCodeAt(0) <= 0x39) throw UNORDERABLE;
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === '__proto__') throw UNORDERABLE;
    const child: unknown = (value as Record<string, unknown>)[key];
    if (child === undefined || typeof child === 'function') continue;
    copy[key] = sortedCopy(child);
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
