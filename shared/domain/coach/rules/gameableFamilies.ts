import { CODE_FAMILIES } from './gameableCode';
import { COUNTED_FAMILIES } from './gameableCounted';
import { OUTPUT_FAMILIES } from './gameableOutput';
import { OUTREACH_FAMILIES } from './gameableOutreach';
import { PAPERWORK_FAMILIES } from './gameablePaperwork';
import { PROCESS_FAMILIES } from './gameableProcess';
import { RECORDED_FAMILIES } from './gameableRecorded';
import { REPLY_FAMILIES } from './gameableReplies';
import { SELLING_FAMILIES } from './gameableSelling';
import type { GameableFamily } from './gameableShared';
import { WORK_FAMILIES } from './gameableWork';

export type { GameableFamily } from './gameableShared';

/** The known gameable families, most specific first; PRODUCT.md's table gives the alternatives. */
export const GAMEABLE_FAMILIES: readonly GameableFamily[] = [
  ...CODE_FAMILIES,
  ...PROCESS_FAMILIES,
  ...WORK_FAMILIES,
  ...COUNTED_FAMILIES,
  ...PAPERWORK_FAMILIES,
  ...OUTPUT_FAMILIES,
  ...RECORDED_FAMILIES,
  ...OUTREACH_FAMILIES,
  ...SELLING_FAMILIES,
  ...REPLY_FAMILIES,
];
