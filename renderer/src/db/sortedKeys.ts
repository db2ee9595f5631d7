import type { DBCoreMutateRequest, Middleware, DBCore } from 'dexie';

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const isPlainObject = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * `value` with the keys of its plain objects (nested ones too) in code-unit order: the value
 * itself when they already are, else a copy, shared where nothing changed. Objects of other
 * kinds, and objects with a `__proto__` key (which an assignment cannot copy), stay as they are.
 */
export function withSortedKeys<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      const sorted = withSortedKeys(item);
      if (sorted !== item) (copy ??= value.slice())[i] = sorted;
    }
    return (copy ?? value) as T;
  }
  if (!isPlainObject(value)) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let inOrder = true;
  let changed = false;
  const children = new Array<unknown>(keys.length);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    if (key === '__proto__') return value;
    if (i > 0 && keys[i - 1]! > key) inOrder = false;
    const child = record[key];
    const sorted = withSortedKeys(child);
    if (sorted !== child) changed = true;
    children[i] = sorted;
  }
  if (inOrder && !changed) return value;
  const order = keys.map((_, i) => i).sort((a, b) => byCodeUnits(keys[a]!, keys[b]!));
  const copy: Record<string, unknown> = {};
  for (const i of order) copy[keys[i]!] = children[i];
  return copy as T;
}

function sortValues(request: DBCoreMutateRequest): DBCoreMutateRequest {
  if (request.type !== 'add' && request.type !== 'put') return request;
  return { ...request, values: request.values.map(withSortedKeys) };
}

/**
 * Stores every row with its keys in code-unit order, the order a backup's canonical JSON writes
 * them in (`shared/backup/checksum.ts`). Rows then read back in that order, so a backup of a
 * large workspace is serialised as it is, without copying every row to reorder its keys. Only
 * the order of keys changes, never a value: nothing else can tell.
 */
export const sortedKeysMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sortedKeys',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return { ...table, mutate: (request) => table.mutate(sortValues(request)) };
    },
  }),
};
