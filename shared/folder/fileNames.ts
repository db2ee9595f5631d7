/*
 * What a workspace folder's files are called, apart from what they hold: light enough for the
 * app's first screen, which lists the folder without reading any file.
 */

/** Every file of a workspace folder ends so; other files in the folder are left alone. */
export const TEAM_QUARTER_EXTENSION = '.okrs.json';

/** Is this one of the folder's team-quarter files (by name)? */
export const isTeamQuarterFileName = (name: string): boolean =>
  name.toLowerCase().endsWith(TEAM_QUARTER_EXTENSION) && !name.startsWith('.');

/**
 * Why a name cannot be one of the folder's files (null when it can): a plain name in the folder
 * itself, never a path, ending `.okrs.json`. Every file written or removed is checked with it.
 */
export function teamQuarterNameProblem(name: string): string | null {
  const hasControl = [...name].some((c) => c.charCodeAt(0) < 0x20);
  if (hasControl || /[/\\]/.test(name) || name === '.' || name === '..') {
    return 'A file name in the folder, not a path';
  }
  if (!isTeamQuarterFileName(name)) {
    return `A team-quarter file name ending ${TEAM_QUARTER_EXTENSION}`;
  }
  return null;
}
