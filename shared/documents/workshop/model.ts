import type { Cycle, KeyResult, Objective, Team } from '../../domain/entities';
import { fileNamePart } from '../fileName';
import { formatDate } from '../../domain/format';
import {
  AGENDA_KINDS,
  WORKSHOP_KIND_LABELS,
  confidenceStats,
  elapsedMs,
  tallyDots,
  voteCandidates,
  withDuplicates,
  type Ballot,
  type Card,
  type Cluster,
  type ConfidenceRound,
  type ConfidenceVote,
  type Participant,
  type Workshop,
} from '../../domain/workshop';

/** Everything one workshop's hand-out is built from. */
export type WorkshopSummaryData = {
  team: Team;
  cycle: Cycle;
  workshop: Workshop;
  participants: Participant[];
  cards: Card[];
  clusters: Cluster[];
  ballots: Ballot[];
  rounds: ConfidenceRound[];
  votes: ConfidenceVote[];
  objectives: Objective[];
  keyResults: KeyResult[];
  /** When the hand-out is made: epoch ms for timers still running, ISO for the page. */
  now: number;
};

/** The one-page hand-out as plain data; each writer escapes the raw texts for its format. */
export type WorkshopSummary = {
  title: string;
  teamName: string;
  quarter: string;
  kindLabel: string;
  dateText: string;
  /** `2 h 1 min (planned 2 h)`. */
  durationText: string;
  attendees: string[];
  generatedOn: string;
  agenda: { title: string; kindLabel: string; planned: string; actual: string; status: string }[];
  decisions: string[];
  /** Objectives (and key results) the workshop chose, with the cards they came from. */
  chosen: {
    title: string;
    kindLabel: string;
    origin: string[];
    keyResults: { title: string; owner: string }[];
  }[];
  dotVotes: {
    title: string;
    isRevealed: boolean;
    ballots: number;
    dotsEach: number;
    rows: { rank: number; title: string; dots: number; voters: number }[];
  }[];
  confidence: {
    keyResultTitle: string;
    votes: { name: string; value: number }[];
    median: number | null;
    spread: number | null;
    isWide: boolean;
    agreed: number | null;
  }[];
  openQuestions: string[];
  owners: { what: string; owner: string }[];
};

/** `45 min`, `2 h`, `2 h 1 min`. */
export function formatMinutes(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

const STATUS_LABELS = {
  pending: 'Not held',
  active: 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};

function chosenIdeas(data: WorkshopSummaryData): WorkshopSummary['chosen'] {
  const { cards, clusters, objectives, keyResults } = data;
  const ideas = [
    ...clusters.map((c) => ({
      promotedTo: c.promotedTo,
      origin: cards
        .filter((card) => card.clusterId === c.id && card.mergedIntoId === null)
        .flatMap((card) => withDuplicates(card, cards)),
    })),
    ...cards.map((c) => ({ promotedTo: c.promotedTo, origin: withDuplicates(c, cards) })),
  ];
  return ideas.flatMap(({ promotedTo, origin }) => {
    if (!promotedTo) return [];
    const texts = origin.map((c) => c.text);
    if (promotedTo.kind === 'objective') {
      const objective = objectives.find((o) => o.id === promotedTo.id);
      if (!objective) return [];
      const krs = keyResults
        .filter((kr) => kr.objectiveId === objective.id)
        .sort((a, b) => a.order - b.order)
        .map((kr) => ({ title: kr.title, owner: kr.owner }));
      return [{ title: objective.title, kindLabel: 'Objective', origin: texts, keyResults: krs }];
    }
    const kr = keyResults.find((k) => k.id === promotedTo.id);
    return kr ? [{ title: kr.title, kindLabel: 'Key result', origin: texts, keyResults: [] }] : [];
  });
}

function dotVotes(data: WorkshopSummaryData): WorkshopSummary['dotVotes'] {
  const candidates = voteCandidates(data.cards, data.clusters);
  return data.workshop.agenda
    .filter((item) => item.kind === 'dot-vote')
    .map((item) => {
      const ballots = data.ballots.filter((b) => b.itemId === item.id);
      const isRevealed = item.revealedAt !== null;
      const rows = isRevealed ? tallyDots(ballots, candidates).filter((r) => r.dots > 0) : [];
      return {
        title: item.title,
        isRevealed,
        ballots: ballots.length,
        dotsEach: item.dotsPerParticipant,
        rows: rows.map(({ rank, title, dots, voters }) => ({ rank, title, dots, voters })),
      };
    })
    .filter((vote) => vote.ballots > 0);
}

function confidence(data: WorkshopSummaryData): WorkshopSummary['confidence'] {
  const names = new Map(data.participants.map((p) => [p.id, p.name]));
  return data.rounds.flatMap((round) => {
    const kr = data.keyResults.find((k) => k.id === round.keyResultId);
    if (!kr || round.revealedAt === null) return [];
    const order = new Map(data.participants.map((p) => [p.id, p.order]));
    const votes = data.votes
      .filter((v) => v.roundId === round.id)
      .sort((a, b) => (order.get(a.participantId) ?? 0) - (order.get(b.participantId) ?? 0))
      .map((v) => ({ name: names.get(v.participantId) ?? 'Former participant', value: v.value }));
    const stats = confidenceStats(votes.map((v) => v.value));
    return [
      {
        keyResultTitle: kr.title,
        votes,
        median: stats?.median ?? null,
        spread: stats?.spread ?? null,
        isWide: stats?.isWide ?? false,
        agreed: round.agreedValue,
      },
    ];
  });
}

/**
 * Builds the workshop's one-page hand-out: when and who, the agenda as held, decisions, the
 * chosen objectives and key results with the cards they came from, the revealed votes, open
 * questions and who owns what.
 */
export function buildWorkshopSummary(data: WorkshopSummaryData): WorkshopSummary {
  const { workshop, now } = data;
  const planned = workshop.agenda.reduce((sum, i) => sum + i.minutes, 0);
  const actual = workshop.agenda.reduce((sum, i) => sum + elapsedMs(i.timer, now), 0) / 60_000;
  const chosen = chosenIdeas(data);
  const krOwners = chosen.flatMap((c) =>
    c.keyResults
      .filter((kr) => kr.owner.trim() !== '')
      .map((kr) => ({ what: kr.title, owner: kr.owner })),
  );
  return {
    title: workshop.title,
    teamName: data.team.name,
    quarter: data.cycle.label,
    kindLabel: WORKSHOP_KIND_LABELS[workshop.kind],
    dateText: formatDate(workshop.startedAt ?? workshop.createdAt),
    durationText: `${formatMinutes(Math.ceil(actual))} (planned ${formatMinutes(planned)})`,
    attendees: data.participants.map((p) => p.name),
    generatedOn: formatDate(new Date(now).toISOString()),
    agenda: workshop.agenda.map((item) => ({
      title: item.title,
      kindLabel: AGENDA_KINDS[item.kind].label,
      planned: formatMinutes(item.minutes + item.timer.addedMs / 60_000),
      actual: formatMinutes(Math.ceil(elapsedMs(item.timer, now) / 60_000)),
      status: STATUS_LABELS[item.status],
    })),
    decisions: workshop.decisions,
    chosen,
    dotVotes: dotVotes(data),
    confidence: confidence(data),
    openQuestions: workshop.openQuestions,
    owners: [...workshop.actions.map((a) => ({ what: a.text, owner: a.owner })), ...krOwners],
  };
}

/** A file name for the hand-out: `Payments-Platform-2027-Q1-workshop-summary.md`. */
export function workshopSummaryFileName(summary: WorkshopSummary, ext: string): string {
  const team = fileNamePart(summary.teamName) || 'Team';
  const quarter = fileNamePart(summary.quarter) || 'quarter';
  return `${team}-${quarter}-workshop-summary.${ext.replace(/[^A-Za-z0-9]/g, '') || 'txt'}`;
}
