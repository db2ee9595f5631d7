import * as z from 'zod';
import { MAX_PLAN_FILE_BYTES, utf8ByteLength } from '../files/textFile';
import { teamQuarterNameProblem } from '../folder/fileNames';

/*
 * The workspace folder's channels (see `contract.ts`): the renderer never names a path. Main (or
 * the browser's directory access) keeps the chosen folder; the renderer reads the folder's
 * team-quarter files and writes or removes them by plain file name.
 */

/** Most files a folder is read or written with in one go: 250 teams × 8 quarters. */
const MAX_FOLDER_FILES = 2_000;

/** A team-quarter file's name: plain, in the folder itself, with the `.okrs.json` extension. */
export const folderFileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .superRefine((name, context) => {
    const problem = teamQuarterNameProblem(name);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

const folderFileSchema = z.object({
  name: folderFileNameSchema,
  text: z
    .string()
    .refine((text) => utf8ByteLength(text) <= MAX_PLAN_FILE_BYTES, 'The file is too large'),
});

/**
 * Where the folder stands: none chosen; connected; chosen but the browser needs the person's
 * permission again (after a restart); or gone (deleted, an unplugged drive).
 */
export const folderStatusSchema = z.object({
  state: z.enum(['none', 'connected', 'needs-permission', 'missing']),
  /** The folder's own name, for sentences. */
  name: z.string().max(255).nullable(),
  /** Where it is, for a person to find it (desktop only: a browser does not say). */
  location: z.string().max(4096).nullable(),
});
export type FolderStatus = z.infer<typeof folderStatusSchema>;

export const folderChannels = {
  /** Asks the person for a folder (the native dialog) and connects it; unchanged if cancelled. */
  'folder:choose': { request: z.void(), response: folderStatusSchema },
  /** The connected folder, if any. */
  'folder:status': { request: z.void(), response: folderStatusSchema },
  /** Asks again for access to the folder chosen before (a browser, after a restart). */
  'folder:reconnect': { request: z.void(), response: folderStatusSchema },
  /** Forgets the folder; the files and the app's data stay as they are. */
  'folder:disconnect': { request: z.void(), response: folderStatusSchema },
  /** Every team-quarter file's text, and the files that could not be read as text, by name. */
  'folder:read': {
    request: z.void(),
    response: z.object({
      entries: z.array(folderFileSchema).max(MAX_FOLDER_FILES),
      problems: z
        .array(z.object({ name: z.string().max(255), problem: z.string().max(1000) }))
        .max(MAX_FOLDER_FILES),
    }),
  },
  /** Writes files (each atomically) and removes others, all by plain name. */
  'folder:write': {
    request: z.object({
      writes: z.array(folderFileSchema).max(MAX_FOLDER_FILES),
      removes: z.array(folderFileNameSchema).max(MAX_FOLDER_FILES),
    }),
    response: z.object({ written: z.number().int(), removed: z.number().int() }),
  },
} as const;
