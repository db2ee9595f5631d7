import { useEffect } from 'react';
import type { Workshop } from '@shared/domain/workshop';
import { useKeyResults } from '../../../db/hooks';
import { useCards, useClusters, useConfidenceRounds } from '../../../db/workshopHooks';
import { useCloseRoom, useRoomStatus } from './roomQueries';
import { useRoomSync } from './useRoomSync';

/**
 * Keeps the open workshop's room in step whichever screen is showing (the workshop screen or a
 * phase with the workshop bar): publishes the current item, stores what arrives, and closes
 * the room when the workshop ends.
 */
export function RoomSync({ workshop, now }: { workshop: Workshop; now: number }) {
  const { invite } = useRoomStatus(workshop.id);
  const cards = useCards(workshop.id);
  const clusters = useClusters(workshop.id);
  const rounds = useConfidenceRounds(workshop.id);
  const keyResults = useKeyResults(workshop.cycleId);
  const isReady = !!cards && !!clusters && !!rounds && !!keyResults;
  useRoomSync(invite !== null && workshop.status === 'running' && isReady, {
    workshop,
    cards: cards ?? [],
    clusters: clusters ?? [],
    rounds: rounds ?? [],
    keyResults: keyResults ?? [],
    now,
  });

  // A room never outlives its workshop.
  const mustClose = workshop.status === 'ended' && invite !== null;
  const { mutate: closeRoom } = useCloseRoom();
  useEffect(() => {
    if (mustClose) closeRoom();
  }, [mustClose, closeRoom]);
  return null;
}
