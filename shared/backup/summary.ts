import type { BackupData, BackupTable } from './fileFormat';

/** How many rows each table holds. */
export function countRows(data: BackupData): Record<BackupTable, number> {
  return {
    teams: data.teams.length,
    levels: data.levels.length,
    cycles: data.cycles.length,
    objectives: data.objectives.length,
    keyResults: data.keyResults.length,
    checkIns: data.checkIns.length,
    keyResultRetros: data.keyResultRetros.length,
    cycleRetros: data.cycleRetros.length,
    dependencies: data.dependencies.length,
    templates: data.templates.length,
    wizardDrafts: data.wizardDrafts.length,
    workshops: data.workshops.length,
    workshopParticipants: data.workshopParticipants.length,
    workshopClusters: data.workshopClusters.length,
    workshopCards: data.workshopCards.length,
    workshopBallots: data.workshopBallots.length,
    confidenceRounds: data.confidenceRounds.length,
    confidenceVotes: data.confidenceVotes.length,
    effortEntries: data.effortEntries.length,
  };
}

/** One team in a backup, with the labels of its quarters, oldest first. */
export interface BackupTeamSummary {
  id: string;
  name: string;
  quarters: string[];
}

/** What a backup holds, for a restore preview or the CLI. */
export interface BackupSummary {
  /** The format version the file was written in (older ones are upgraded on reading). */
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  teams: BackupTeamSummary[];
  counts: Record<BackupTable, number>;
}

/** Teams by name with their quarters, and how many rows each table holds. */
export function summarizeBackup(
  data: BackupData,
  header: { formatVersion: number; appVersion: string; createdAt: string },
): BackupSummary {
  const teams = [...data.teams]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((team) => ({
      id: team.id,
      name: team.name,
      quarters: data.cycles
        .filter((c) => c.teamId === team.id)
        .map((c) => c.label)
        .sort(),
    }));
  return { ...header, teams, counts: countRows(data) };
}
