import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { retryableLazy } from '../../lib/retryableLazy';
import type { Cycle } from '@shared/domain';
import { hasRunningTimer } from '@shared/domain/workshop';
import { useWorkshop, useWorkshops } from '../../db/workshopHooks';
import { useNow } from './useNow';
import { useTimerKeeper } from './useTimerKeeper';
import { useTimerSignal } from './useTimerSignal';
import { useWorkshopRun } from './useWorkshopRun';
import { useWorkshopUi } from '../../state/workshopUiStore';
import { RoomSync } from './room/RoomSync';

// The workshop's own screens load when one is opened (the shell preloads them when idle): a
// start shows a phase screen, so its script need not carry them.
const WorkshopScreen = retryableLazy(
  () => import('./WorkshopScreen'),
  (module) => module.WorkshopScreen,
);
const WorkshopsHome = retryableLazy(
  () => import('./WorkshopsHome'),
  (module) => module.WorkshopsHome,
);
// Only a running workshop has a bar: it loads with it. The room's sync stays in the shell's
// script: it takes the devices' events from the host, and must be there as soon as a room is.
const WorkshopBar = retryableLazy(
  () => import('./WorkshopBar'),
  (module) => module.WorkshopBar,
);
const opening = <p className="loading">Opening the workshop…</p>;

/**
 * Where the workshop kit meets the rest of the app: the workshop screen in place of the phase
 * screen when it is open, otherwise the phase screen with the running workshop's bar above it.
 * The open workshop's timers are kept (and chime) whichever is on screen.
 */
export function WorkshopArea({ cycle, children }: { cycle: Cycle; children: ReactNode }) {
  const openId = useWorkshopUi((s) => s.openWorkshopIds[cycle.id] ?? null);
  const isScreenOpen = useWorkshopUi((s) => s.isScreenOpen);
  const openWorkshop = useWorkshopUi((s) => s.openWorkshop);
  const showScreen = useWorkshopUi((s) => s.showScreen);
  const forgetWorkshop = useWorkshopUi((s) => s.forgetWorkshop);
  const [isListing, setListing] = useState(false);
  const workshop = useWorkshop(openId);
  const workshops = useWorkshops(isScreenOpen ? cycle.id : null);
  const open = workshop ?? null;
  useTimerKeeper(open);
  const now = useNow(open ? hasRunningTimer(open) : false);
  const announcement = useTimerSignal(open, now);
  const run = useWorkshopRun(openId ?? '');

  // A remembered workshop that was deleted since (or restored away) is forgotten.
  useEffect(() => {
    if (openId && workshop === null) forgetWorkshop(cycle.id);
  }, [openId, workshop, forgetWorkshop, cycle.id]);

  const live = (
    <>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {open && <RoomSync workshop={open} now={now} />}
    </>
  );
  if (isScreenOpen) {
    if (workshop === undefined || workshops === undefined) return opening;
    if (!open || isListing) {
      return (
        <Suspense fallback={opening}>
          <WorkshopsHome
            cycle={cycle}
            workshops={workshops}
            onOpen={(id) => {
              setListing(false);
              openWorkshop(cycle.id, id);
            }}
          />
        </Suspense>
      );
    }
    return (
      <>
        {live}
        <Suspense fallback={opening}>
          <WorkshopScreen
            cycle={cycle}
            workshop={open}
            now={now}
            onAllWorkshops={() => setListing(true)}
          />
        </Suspense>
      </>
    );
  }
  return (
    <>
      {live}
      {open && open.status === 'running' && (
        <Suspense fallback={null}>
          <WorkshopBar workshop={open} now={now} run={run} onBack={showScreen} />
        </Suspense>
      )}
      {children}
    </>
  );
}
