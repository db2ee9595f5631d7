import type { LevelKind } from '../enums';

// Free of zod on purpose: the database's upgrade to version 3 (legacy.ts) needs only this rule,
// and the database starts opening before the start evaluates any schema (db/openEarly.ts).

/** How high each level sits: a lower number is higher up. An objective aligns only upwards. */
export const LEVEL_RANK: Readonly<Record<LevelKind, number>> = {
  organisation: 0,
  group: 1,
  team: 2,
};

/** Whether an objective of `child`'s level may align to one of `parent`'s: strictly higher only. */
export function isAbove(parent: LevelKind, child: LevelKind): boolean {
  return LEVEL_RANK[parent] < LEVEL_RANK[child];
}
