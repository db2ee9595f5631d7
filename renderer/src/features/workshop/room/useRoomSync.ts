import { useEffect, useRef } from 'react';
import type { KeyResult } from '@shared/domain';
import type { Card, Cluster, ConfidenceRound, Workshop } from '@shared/domain/workshop';
import { stageFor, stageKey } from '@shared/room/stage';
import { applyRoomEvents } from '../../../db/repositories/roomSubmissions';
import { desktopApi } from '../../../lib/desktopApi';
import { useToastStore } from '../../../state/toastStore';

/** How often the laptop collects what participants sent. */
const COLLECT_MS = 700;
/** A running timer is published again now and then, so late clocks catch up. */
const REPUBLISH_MS = 15_000;

export type RoomSources = {
  workshop: Workshop;
  cards: Card[];
  clusters: Cluster[];
  rounds: ConfidenceRound[];
  keyResults: KeyResult[];
  now: number;
};

/**
 * While this workshop's room is open: publishes what participants should see whenever it
 * changes, and stores what they send in the workshop's tables (so the board and the vote
 * counts show it at once).
 */
export function useRoomSync(isOpen: boolean, sources: RoomSources): void {
  const show = useToastStore((s) => s.show);
  const stage = stageFor(sources);
  const current = sources.workshop.agenda.find((i) => i.id === sources.workshop.currentItemId);
  const key = `${stageKey(stage)}|${JSON.stringify(current?.timer ?? null)}`;
  const published = useRef<{ key: string; at: number } | null>(null);
  const workshopId = sources.workshop.id;

  useEffect(() => {
    if (!isOpen) {
      published.current = null;
      return;
    }
    const last = published.current;
    const isStale = !last || last.key !== key || Date.now() - last.at > REPUBLISH_MS;
    if (!isStale) return;
    published.current = { key, at: Date.now() };
    void desktopApi()
      .roomPublish({ stage })
      .then((result) => {
        if (!result.ok) published.current = null;
      });
  });

  useEffect(() => {
    if (!isOpen) return;
    let isBusy = false;
    const collect = async () => {
      if (isBusy) return;
      isBusy = true;
      try {
        const result = await desktopApi().roomTakeEvents();
        if (!result.ok || result.data.length === 0) return;
        const skipped = await applyRoomEvents(workshopId, result.data);
        if (skipped.length > 0) {
          show({
            tone: 'info',
            message: `${skipped.length} submission(s) from the room did not fit: ${skipped[0]?.reason ?? ''}`,
          });
        }
      } finally {
        isBusy = false;
      }
    };
    const timer = window.setInterval(() => void collect(), COLLECT_MS);
    return () => window.clearInterval(timer);
  }, [isOpen, workshopId, show]);
}
