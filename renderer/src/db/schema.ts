import type { EntityTable } from 'dexie';
import type Dexie from 'dexie';
import type {
  CheckIn,
  Cycle,
  CycleRetro,
  Dependency,
  KeyResult,
  KeyResultRetro,
  Level,
  Objective,
  Team,
  Template,
  WizardDraft,
} from '@shared/domain';
import type {
  Ballot,
  Card,
  Cluster,
  ConfidenceRound,
  ConfidenceVote,
  EffortEntry,
  Participant,
  Workshop,
} from '@shared/domain/workshop';

/** The typed tables of the Quarterdeck database. */
export type QuarterdeckDb = Dexie & {
  teams: EntityTable<Team, 'id'>;
  /** Version 3: owners above the team level, and teams' groups. */
  levels: EntityTable<Level, 'id'>;
  cycles: EntityTable<Cycle, 'id'>;
  objectives: EntityTable<Objective, 'id'>;
  keyResults: EntityTable<KeyResult, 'id'>;
  checkIns: EntityTable<CheckIn, 'id'>;
  keyResultRetros: EntityTable<KeyResultRetro, 'id'>;
  cycleRetros: EntityTable<CycleRetro, 'id'>;
  dependencies: EntityTable<Dependency, 'id'>;
  templates: EntityTable<Template, 'id'>;
  wizardDrafts: EntityTable<WizardDraft, 'id'>;
  // Version 2: the workshop kit.
  workshops: EntityTable<Workshop, 'id'>;
  workshopParticipants: EntityTable<Participant, 'id'>;
  workshopCards: EntityTable<Card, 'id'>;
  workshopClusters: EntityTable<Cluster, 'id'>;
  workshopBallots: EntityTable<Ballot, 'id'>;
  confidenceRounds: EntityTable<ConfidenceRound, 'id'>;
  confidenceVotes: EntityTable<ConfidenceVote, 'id'>;
  effortEntries: EntityTable<EffortEntry, 'id'>;
};

export const DEFAULT_DB_NAME = 'quarterdeck';
