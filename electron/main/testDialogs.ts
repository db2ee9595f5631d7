import { isAbsolute } from 'node:path';
import * as z from 'zod';

/*
 * The test dialogs folder's format, apart from the dialogs module so that end-to-end tests can
 * write answers and read calls without loading Electron.
 */

/** The environment variable naming the test answers folder (absolute path). */
export const TEST_DIALOGS_ENV = 'QUARTERDECK_TEST_DIALOGS';

/** In the folder: what the next save and open dialogs answer; `null` or absent cancels. */
export const ANSWERS_FILE = 'answers.json';

/** In the folder: one JSON line per dialog or shell call, in order. */
export const CALLS_FILE = 'calls.jsonl';

const answerSchema = z
  .string()
  .refine(isAbsolute, 'must be an absolute path')
  .nullable()
  .optional();

/** `answers.json`: the path the next save dialog returns, and the file the next open returns. */
export const testAnswersSchema = z.object({ save: answerSchema, open: answerSchema });
export type TestAnswers = z.infer<typeof testAnswersSchema>;

/** What the test folder's `calls.jsonl` records, one object per line. */
export type RecordedCall =
  | { kind: 'save'; defaultPath: string | null; answer: string | null }
  | { kind: 'open'; answer: string | null }
  | { kind: 'reveal'; path: string }
  | { kind: 'open-path'; path: string };
