import type { BackupTable } from '../backup/fileFormat';

/**
 * Tables that stay on each laptop and never go into a workspace folder: templates are a person's
 * own starting points, wizard drafts are unsaved typing. Every other table belongs to one quarter
 * and travels in its file.
 */
export const LOCAL_TABLES = ['templates', 'wizardDrafts'] as const satisfies readonly BackupTable[];
