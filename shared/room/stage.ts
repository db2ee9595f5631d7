import type { KeyResult } from '../domain/entities';
import { voteCandidates } from '../domain/workshop/dotVote';
import { currentItem } from '../domain/workshop/agenda';
import type {
  AgendaItemKind,
  Card,
  Cluster,
  ConfidenceRound,
  Workshop,
} from '../domain/workshop/schemas';
import { isRunning, remainingMs, timerOf } from '../domain/workshop/timer';
import { EMPTY_STAGE, type Stage, type StageMode } from './protocol';

/** What a participant's device does during each kind of agenda item. */
export const STAGE_MODES: Readonly<Record<AgendaItemKind, StageMode>> = {
  context: 'watch',
  'silent-writing': 'write',
  cluster: 'watch',
  'dot-vote': 'dots',
  'key-results': 'watch',
  dependencies: 'watch',
  'confidence-vote': 'confidence',
  'check-in': 'watch',
  scoring: 'watch',
  retro: 'write',
  'wrap-up': 'watch',
  discussion: 'watch',
};

export type StageSource = {
  workshop: Workshop;
  cards: readonly Card[];
  clusters: readonly Cluster[];
  rounds: readonly ConfidenceRound[];
  keyResults: readonly KeyResult[];
  now: number;
};

/**
 * What the room shows participants now, from the workshop as stored: the current item, its
 * timer, and only the choices its tool needs. A revealed vote takes no more votes, so its
 * choices are left out; no vote value is ever part of a stage.
 */
export function stageFor({
  workshop,
  cards,
  clusters,
  rounds,
  keyResults,
  now,
}: StageSource): Stage {
  const item = workshop.status === 'running' ? currentItem(workshop) : undefined;
  if (!item) return { ...EMPTY_STAGE, workshopTitle: workshop.title };
  const timer = timerOf(item);
  const isOpenDotVote = item.kind === 'dot-vote' && item.revealedAt === null;
  const open = rounds.filter((r) => r.workshopId === workshop.id && r.revealedAt === null);
  const mode = STAGE_MODES[item.kind];
  return {
    workshopTitle: workshop.title,
    item: {
      id: item.id,
      title: item.title,
      mode: mode === 'dots' && !isOpenDotVote ? 'watch' : mode,
      timer: { remainingMs: Math.round(remainingMs(timer, now)), isRunning: isRunning(timer) },
    },
    dots: isOpenDotVote
      ? {
          perParticipant: item.dotsPerParticipant,
          candidates: voteCandidates(cards, clusters).map((c) => ({ id: c.id, title: c.title })),
        }
      : null,
    confidence:
      mode === 'confidence'
        ? open.flatMap((round) => {
            const kr = keyResults.find((k) => k.id === round.keyResultId);
            return kr ? [{ id: round.id, label: kr.title }] : [];
          })
        : null,
  };
}

/**
 * The stage without its ticking countdown: two stages with the same key need no new
 * publication, because the room counts a running timer down itself.
 */
export function stageKey(stage: Stage): string {
  const item = stage.item;
  return JSON.stringify({
    ...stage,
    item: item && {
      ...item,
      timer: item.timer && {
        isRunning: item.timer.isRunning,
        paused: item.timer.isRunning ? 0 : item.timer.remainingMs,
      },
    },
  });
}
