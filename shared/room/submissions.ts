import { ballotProblem } from '../domain/workshop/dotVote';
import {
  type createRateLimit,
  ROOM_LIMITS,
  type OwnSubmissions,
  type ParticipantMessage,
  type Refusal,
  type RoomEvent,
  type Stage,
} from './protocol';

/*
 * One participant in a room and what they sent: each message is checked against the stage the
 * facilitator shows (a card only while the room writes, dots only on the candidates shown), and
 * what is accepted is queued for the facilitator's screen and remembered as theirs, so their page
 * can show (and only them) their own cards, dots and confidence.
 */

export type Member = {
  id: string;
  name: string;
  token: string;
  limit: ReturnType<typeof createRateLimit>;
  cards: Map<string, { text: string; itemId: string }>;
  /** Dots per dot-vote item, and confidence per round. */
  dots: Map<string, { targetId: string; count: number }[]>;
  confidence: Map<string, number>;
};

/** A refusal with its HTTP status and a sentence for the participant's page. */
export const refuse = (status: Refusal['status'], error: string): Refusal => ({
  ok: false,
  status,
  error,
});

/** What a message is checked against, and where an accepted one goes. */
type Context = {
  stage: Stage;
  /** Queues an event for the facilitator's screen; a refusal when the queue is full. */
  queue: (event: RoomEvent) => Refusal | null;
  newId: () => string;
};

/** Applies one valid message from `member`, or says why the current stage refuses it. */
export function applyMessage(
  member: Member,
  message: ParticipantMessage,
  { stage, queue, newId }: Context,
): Refusal | null {
  const item = stage.item;
  switch (message.type) {
    case 'card:add': {
      if (item?.mode !== 'write') return refuse(409, 'The room is not writing cards right now.');
      if (member.cards.size >= ROOM_LIMITS.maxCardsPerParticipant) {
        return refuse(409, `You have ${ROOM_LIMITS.maxCardsPerParticipant} cards already.`);
      }
      const cardId = newId();
      const problem = queue({
        type: 'card-added',
        participantId: member.id,
        cardId,
        text: message.text,
      });
      if (!problem) member.cards.set(cardId, { text: message.text, itemId: item.id });
      return problem;
    }
    case 'card:edit':
    case 'card:withdraw': {
      const card = member.cards.get(message.cardId);
      if (!card) return refuse(404, 'That card is not yours or no longer exists.');
      if (item?.mode !== 'write' || item.id !== card.itemId) {
        return refuse(409, 'That item has ended: the card stays as it is.');
      }
      if (message.type === 'card:withdraw') {
        const problem = queue({
          type: 'card-withdrawn',
          participantId: member.id,
          cardId: message.cardId,
        });
        if (!problem) member.cards.delete(message.cardId);
        return problem;
      }
      const problem = queue({
        type: 'card-edited',
        participantId: member.id,
        cardId: message.cardId,
        text: message.text,
      });
      if (!problem) card.text = message.text;
      return problem;
    }
    case 'dots:place': {
      if (item?.mode !== 'dots' || item.id !== message.itemId || !stage.dots) {
        return refuse(409, 'That dot vote is not open.');
      }
      const ids = stage.dots.candidates.map((c) => c.id);
      const targets = new Set(message.dots.map((d) => d.targetId));
      if (targets.size !== message.dots.length) return refuse(400, 'One line per choice.');
      const wrong = ballotProblem(message.dots, stage.dots.perParticipant, ids);
      if (wrong) return refuse(400, wrong);
      const problem = queue({
        type: 'dots-placed',
        participantId: member.id,
        itemId: message.itemId,
        dots: message.dots,
      });
      if (!problem) member.dots.set(message.itemId, message.dots);
      return problem;
    }
    case 'confidence:cast': {
      if (item?.mode !== 'confidence' || !stage.confidence?.some((r) => r.id === message.roundId)) {
        return refuse(409, 'That confidence vote is not open.');
      }
      const problem = queue({
        type: 'confidence-cast',
        participantId: member.id,
        roundId: message.roundId,
        value: message.value,
      });
      if (!problem) member.confidence.set(message.roundId, message.value);
      return problem;
    }
  }
}

export function countSubmitted(members: Iterable<Member>, stage: Stage): number {
  const item = stage.item;
  if (!item) return 0;
  let count = 0;
  for (const member of members) {
    const has =
      item.mode === 'write'
        ? [...member.cards.values()].some((c) => c.itemId === item.id)
        : item.mode === 'dots'
          ? member.dots.has(item.id)
          : item.mode === 'confidence'
            ? (stage.confidence ?? []).some((r) => member.confidence.has(r.id))
            : false;
    if (has) count += 1;
  }
  return count;
}

export function ownSubmissions(member: Member, stage: Stage): OwnSubmissions {
  const itemId = stage.item?.id;
  return {
    cards: [...member.cards]
      .filter(([, card]) => card.itemId === itemId)
      .map(([id, card]) => ({ id, text: card.text })),
    dots: itemId ? (member.dots.get(itemId) ?? []) : [],
    confidence: Object.fromEntries(member.confidence),
  };
}
