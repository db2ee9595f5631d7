import { formatCount } from './format';

/** Records that went with a deleted parent, counted: the key results of an objective. */
export type DeletedPart = { count: number; singular: string; plural?: string };

/** "a, b and c": a list in words. */
function inWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * What a deletion removed, in words: the parent and what went with it ("Objective “Reliability”
 * and its 2 key results"), so a toast never hides that children went too. Parts counted 0 are
 * left out; none left is the parent alone.
 */
export function deletedWhat(label: string, went: readonly DeletedPart[] = []): string {
  const parts = went
    .filter((p) => p.count > 0)
    .map((p) => formatCount(p.count, p.singular, p.plural));
  return parts.length === 0 ? label : `${label} and its ${inWords(parts)}`;
}
