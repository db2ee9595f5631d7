import type { LevelKind } from '../enums';

/*
 * Apart from `levels.ts`, whose labels come from `enums.ts` and so with zod: the database's
 * upgrade to version 3 (`legacy.ts`) ranks levels too, and every page or worker that opens the
 * database loads that upgrade, the backup worker among them (issue 18).
 */

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
