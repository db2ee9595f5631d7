import { listCheckIns } from '../db/repositories/checkIns';
import { listCycles } from '../db/repositories/cycles';
import { listKeyResults } from '../db/repositories/keyResults';
import { listObjectives } from '../db/repositories/objectives';
import { listTeams } from '../db/repositories/teams';
import { holdStartupRead, releaseStartupReads, startupKey } from '../db/startupSnapshots';
import { readMeeting } from '../features/checkins/meeting/meetingDraft';
import { useUiStore } from '../state/uiStore';

/*
 * The start's reads, begun while the rest of the app's code is still being evaluated (the entry
 * imports `startEarly.ts` first, which calls {@link startRememberedReads}). Without them the
 * screens ask one after the other (the teams and the quarters, then, once the shell knows its
 * quarter, that quarter's rows), each after the code and the render before it. The remembered
 * view (team, quarter, phase) says what the first screen will show; everything it needs is asked
 * for at once, side by side (the first read opens the database). A remembered team or quarter
 * deleted since costs nothing wrong: its reads answer empty, the shell falls back to another as
 * it always did, and that one loads the usual way.
 */

/** How long the start's reads stay held: long past any start, short enough to cost nothing. */
const HOLD_MS = 10_000;

/** Starts the reads the remembered view's first screen needs, held for a while. */
export function startRememberedReads(): void {
  const { teamId, cycleId, phase, organisation } = useUiStore.getState();
  holdStartupRead(startupKey.teams(), listTeams);
  if (teamId) holdStartupRead(startupKey.cycles(teamId), () => listCycles(teamId));
  // The organisation view shows no quarter of a team's: nothing more to read for it.
  if (cycleId && !organisation) {
    holdStartupRead(startupKey.objectives(cycleId), () => listObjectives(cycleId));
    holdStartupRead(startupKey.keyResults(cycleId), () => listKeyResults(cycleId));
    holdStartupRead(startupKey.checkIns(cycleId), () => listCheckIns(cycleId));
    if (phase === 'checkins')
      holdStartupRead(startupKey.meeting(cycleId), () => readMeeting(cycleId));
  }
  setTimeout(releaseStartupReads, HOLD_MS);
}
