import fc from 'fast-check';
import type { BackupData } from '../../../../shared/backup/fileFormat';
import {
  agendaItemKindSchema,
  effortActivitySchema,
  effortPhaseSchema,
  presentationThemeSchema,
  submissionSourceSchema,
  workshopKindSchema,
  workshopStatusSchema,
} from '../../../../shared/domain/workshop/schemas';

/* Valid workshop-kit rows (backup format 2) hung off generated quarters and key results. */

const timestamp = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
// Workshop rows carry a revision like every other editable row (see arbitraries.ts).
const audit = { createdAt: timestamp, updatedAt: timestamp, revision: fc.nat({ max: 10_000 }) };
const title = (max = 120) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 24 })
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= max);

const itemArb = fc.record({
  kind: fc.constantFrom(...agendaItemKindSchema.options),
  title: title(),
  notes: fc.constant(''),
  minutes: fc.integer({ min: 1, max: 120 }),
  status: fc.constantFrom('pending', 'active', 'done', 'skipped' as const),
  timer: fc.record({
    addedMs: fc.nat(600_000),
    elapsedMs: fc.nat(7_200_000),
    runningSince: fc.option(fc.nat(), { nil: null }),
  }),
  dotsPerParticipant: fc.integer({ min: 1, max: 20 }),
  revealedAt: fc.option(timestamp, { nil: null }),
  // An item's own version; items saved before items had one have neither field.
  version: fc.option(fc.record({ revision: fc.nat({ max: 10_000 }), updatedAt: timestamp }), {
    nil: undefined,
  }),
});

const workshopArb = fc.record({
  kind: fc.constantFrom(...workshopKindSchema.options),
  title: title(),
  status: fc.constantFrom(...workshopStatusSchema.options),
  items: fc.array(itemArb, { minLength: 1, maxLength: 4 }),
  theme: fc.constantFrom(...presentationThemeSchema.options),
  isChimeOn: fc.boolean(),
  decisions: fc.array(title(), { maxLength: 2 }),
  openQuestions: fc.array(title(), { maxLength: 2 }),
  startedAt: fc.option(timestamp, { nil: null }),
  endedAt: fc.option(timestamp, { nil: null }),
  ...audit,
});

type WorkshopTables = Pick<
  BackupData,
  | 'workshops'
  | 'workshopParticipants'
  | 'workshopClusters'
  | 'workshopCards'
  | 'workshopBallots'
  | 'confidenceRounds'
  | 'confidenceVotes'
  | 'effortEntries'
>;

/**
 * Workshop tables for `data`'s quarters (empty when it has none), every link sound; with a row
 * in each table when `min` is 1 or more.
 */
export function workshopTablesArb(data: Pick<BackupData, 'cycles' | 'keyResults'>, min = 0) {
  const { cycles, keyResults } = data;
  if (cycles.length === 0) {
    return fc.constant<WorkshopTables>({
      workshops: [],
      workshopParticipants: [],
      workshopClusters: [],
      workshopCards: [],
      workshopBallots: [],
      confidenceRounds: [],
      confidenceVotes: [],
      effortEntries: [],
    });
  }
  return fc
    .record({
      workshops: fc.array(fc.tuple(fc.nat(), workshopArb), { minLength: min, maxLength: 2 }),
      people: fc.array(fc.tuple(title(60), fc.constantFrom(...submissionSourceSchema.options)), {
        minLength: min,
        maxLength: 3,
      }),
      cards: fc.array(fc.tuple(title(200), fc.boolean(), fc.boolean()), {
        minLength: min,
        maxLength: 4,
      }),
      value: fc.integer({ min: 0, max: 100 }),
      effort: fc.array(
        fc.record({
          phase: fc.constantFrom(...effortPhaseSchema.options),
          activity: fc.constantFrom(...effortActivitySchema.options),
          label: title(),
          minutes: fc.integer({ min: 1, max: 600 }),
          attendees: fc.integer({ min: 1, max: 20 }),
          ...audit,
        }),
        { minLength: min, maxLength: 3 },
      ),
      at: timestamp,
      revision: fc.nat({ max: 10_000 }),
    })
    .map((g): WorkshopTables => {
      const at = g.at;
      const revision = g.revision;
      const workshops = g.workshops.map(([pick, w], i) => {
        const cycle = cycles[pick % cycles.length]!;
        const { items, ...rest } = w;
        const agenda = items.map(({ version, ...item }, j) => ({
          id: `item-${i}-${j}`,
          ...item,
          // What a legacy item reads back as: revision 0, no time of its own.
          ...(version ?? { revision: 0 }),
        }));
        return {
          id: `workshop-${i}`,
          cycleId: cycle.id,
          teamId: cycle.teamId,
          agenda,
          currentItemId: agenda[0]?.id ?? null,
          actions: [{ id: `action-${i}`, text: 'Share the hand-out', owner: '' }],
          ...rest,
        };
      });
      const first = workshops[0];
      const effortEntries = g.effort.map((e, i) => ({
        id: `effort-${i}`,
        cycleId: cycles[i % cycles.length]!.id,
        date: at.slice(0, 10),
        workshopId: first?.id ?? null,
        ...e,
      }));
      if (!first) {
        return {
          workshops,
          workshopParticipants: [],
          workshopClusters: [],
          workshopCards: [],
          workshopBallots: [],
          confidenceRounds: [],
          confidenceVotes: [],
          effortEntries,
        };
      }
      const workshopParticipants = g.people.map(([name, source], i) => ({
        id: `participant-${i}`,
        workshopId: first.id,
        name,
        order: i,
        source,
        createdAt: at,
        updatedAt: at,
        revision,
      }));
      const cluster = { id: 'cluster-0', workshopId: first.id, title: 'Speed', order: 0 };
      const workshopClusters = [
        { ...cluster, promotedTo: null, createdAt: at, updatedAt: at, revision },
      ];
      const workshopCards = g.cards.map(([text, isClustered, isDuplicate], i) => ({
        id: `card-${i}`,
        workshopId: first.id,
        text,
        participantId:
          workshopParticipants[i % Math.max(1, workshopParticipants.length)]?.id ?? null,
        source: 'laptop' as const,
        clusterId: isClustered ? cluster.id : null,
        mergedIntoId: isDuplicate && i > 0 ? 'card-0' : null,
        order: i,
        promotedTo: null,
        createdAt: at,
        updatedAt: at,
        revision,
      }));
      const item = first.agenda[0];
      const workshopBallots = item
        ? workshopParticipants.map((p, i) => ({
            id: `ballot-${i}`,
            workshopId: first.id,
            itemId: item.id,
            participantId: p.id,
            dots: [{ targetId: cluster.id, count: 1 }],
            source: p.source,
            createdAt: at,
            updatedAt: at,
            revision,
          }))
        : [];
      const kr = keyResults[0];
      const confidenceRounds = kr
        ? [
            {
              id: 'round-0',
              workshopId: first.id,
              keyResultId: kr.id,
              revealedAt: at,
              agreedValue: g.value,
              agreedAt: at,
              createdAt: at,
              updatedAt: at,
              revision,
            },
          ]
        : [];
      const confidenceVotes = confidenceRounds.flatMap((round) =>
        workshopParticipants.map((p, i) => ({
          id: `vote-${i}`,
          roundId: round.id,
          workshopId: first.id,
          participantId: p.id,
          value: (g.value + i * 17) % 101,
          source: p.source,
          createdAt: at,
          updatedAt: at,
          revision,
        })),
      );
      return {
        workshops,
        workshopParticipants,
        workshopClusters,
        workshopCards,
        workshopBallots,
        confidenceRounds,
        confidenceVotes,
        effortEntries,
      };
    });
}
