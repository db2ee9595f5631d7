import type { KeyResultPatch } from '../types';

/** A known activity metric, how it gets gamed, and the ungameable measure to use instead. */
export interface GameableFamily {
  id: string;
  label: string;
  patterns: readonly RegExp[];
  /** Wording that means the KR is about something else ("escaped bugs", "review time"). */
  unless?: RegExp;
  /** Only an activity count when it is meant to go up (a count going down is a defect count). */
  upOnly?: boolean;
  gamedBy: string;
  alternative: string;
  patch: KeyResultPatch;
}

/** A count in front of a noun: "12 ", "number of ", "more ". */
export const N = '(?:\\d[\\d,.]*\\s*(?:k\\s+)?|number of |count of |# ?of |more |fewer |less )';
export const ESCAPED_BUGS: KeyResultPatch = {
  title: 'Reduce escaped (production) bugs per month',
  metric: 'escaped bugs',
  unit: 'count/month',
  direction: 'decrease',
};
export const LEAD_TIME: KeyResultPatch = {
  title: 'Cut lead time from first commit to production',
  metric: 'lead time',
  unit: 'days',
  direction: 'decrease',
};
export const CHANGE_FAILURE: KeyResultPatch = {
  title: 'Reduce change failure rate in the reviewed areas',
  metric: 'change failure rate',
  unit: '%',
  direction: 'decrease',
};
