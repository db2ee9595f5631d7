/**
 * Remembers the last results of a pure function of one string. The coach reads the same
 * title several times per check (numbers, wording, parties, the model), and runs on every
 * keystroke, so the text work is done once per distinct string.
 */
export function memoizeText<T>(fn: (text: string) => T, size = 512): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined) {
      // Move to the back: the Map's insertion order is the eviction order.
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    const value = fn(text);
    cache.set(text, value);
    if (cache.size > size) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    return value;
  };
}
